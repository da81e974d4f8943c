/**
 * What the cluster map page (/<locale>/map/) shows, computed from the members and partners: a
 * panel of the home country (the country most members are in) with the members by city, a
 * panel of Europe with the partners by city and the home country as one marker, and the list
 * beside them, one section per marker, plus whatever has no coordinates.
 */
import type { Category, Member, Partner } from '@cms/payload-types'
import type { Locale } from '@shared/locales'
import { slugify } from '@shared/validators'
import { countryName } from './format'
import { groupMarkers, type MapItem, type Marker, markerRadius } from './mapMarkers'
import { urlFor } from './urls'
import {
  type BaseMap,
  countryMap,
  countryShape,
  drawMap,
  framePoints,
  mainlandOf,
} from './worldMap'
import { geoCentroid } from 'd3-geo'

type Located = { location?: { lat?: number | null; lng?: number | null } | null }
const pointOf = ({ location }: Located): [number, number] | undefined =>
  typeof location?.lat === 'number' && typeof location.lng === 'number'
    ? [location.lng, location.lat]
    : undefined

const placeKeyOf = (country: string, place: string) =>
  `${country.toLowerCase()}-${slugify(place) || 'place'}`

/** An item's id: its list row's id on the map page, which locator maps link to. */
export const mapItemId = (kind: MapItem['kind'], slug: string) => `${kind}-${slug}`

/** The map's items: every member and partner, with or without coordinates. */
export function mapItems(
  locale: Locale,
  members: Pick<Member, 'slug' | 'name' | 'city' | 'country' | 'location' | 'sectors'>[],
  partners: Pick<Partner, 'slug' | 'name' | 'city' | 'country' | 'location'>[],
): MapItem[] {
  const memberItems = members.map((m): MapItem => {
    const place = m.city || m.name
    return {
      id: mapItemId('member', m.slug!),
      kind: 'member',
      name: m.name,
      href: urlFor(locale, { kind: 'member', slug: m.slug! }),
      placeKey: placeKeyOf(m.country, place),
      place,
      country: m.country,
      sectors: (m.sectors ?? []).flatMap((s) => (typeof s === 'object' && s.slug ? [s.slug] : [])),
      point: pointOf(m),
    }
  })
  const partnerItems = partners.map((p): MapItem => {
    const place = p.city || p.name
    return {
      id: mapItemId('partner', p.slug!),
      kind: 'partner',
      name: p.name,
      href: urlFor(locale, { kind: 'partners', anchor: p.slug! }),
      placeKey: placeKeyOf(p.country, place),
      place,
      country: p.country,
      sectors: [],
      point: pointOf(p),
    }
  })
  return [...memberItems, ...partnerItems]
}

/** The sectors members are in, for the filter, in the locale's order of their names. */
export function sectorOptions(
  locale: Locale,
  members: Pick<Member, 'sectors'>[],
): { value: string; label: string }[] {
  const seen = new Map<string, string>()
  for (const m of members)
    for (const s of m.sectors ?? [])
      if (typeof s === 'object' && s.slug) seen.set(s.slug, (s as Category).name)
  const collator = new Intl.Collator(locale)
  return [...seen]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => collator.compare(a.label, b.label))
}

/** One marker as drawn: where its link goes, what it says, and its label on the map. */
export type DrawnMarker = Marker & {
  href: string
  /** The map's label beside it, and the first part of its accessible name. */
  label: string
  /** Set on a marker of one item: its name (the accessible name says which, not how many). */
  name?: string
  /** Where the label starts: right of the marker, or left of it near the right edge. */
  labelX: number
  labelAnchor: 'start' | 'end'
}

/** The labels' size on the drawings (SVG user units); the phone's CSS enlarges them. */
export const labelSize = 14

/** Right of the marker, unless the label would run off the map's right edge. */
function labelPlacement(m: Marker, label: string, width: number) {
  // Inter's average advance is about 0.55 em for names like these.
  const room = width - (m.x + m.r + 4)
  return room >= label.length * labelSize * 0.55
    ? { labelX: Math.round(m.x + m.r + 4), labelAnchor: 'start' as const }
    : { labelX: Math.round(m.x - m.r - 4), labelAnchor: 'end' as const }
}

/** A panel of the map: its base map and markers. */
export type MapPanel = {
  /** The figure's id, a link target. */
  id: string
  map: Omit<BaseMap, 'project' | 'invert'>
  markers: DrawnMarker[]
}

/** A section of the list beside the map: the items of one marker, under its places' names. */
export type ListSection = { id: string; title: string; items: MapItem[] }

export type MapView = {
  home?: MapPanel & { country: string }
  europe?: MapPanel
  sections: ListSection[]
  /** Items that are not on the map (no coordinates, or none the map can place). */
  unlocated: MapItem[]
}

/** The country most of the items are in (the cluster's own), or undefined without items. */
export function homeCountryOf(items: Pick<MapItem, 'country' | 'kind'>[]): string | undefined {
  const counts = new Map<string, number>()
  for (const i of items)
    if (i.kind === 'member') counts.set(i.country, (counts.get(i.country) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

/** The view widths (SVG user units); CSS scales the drawings to the column. */
export const mapWidths = { europe: 720, home: 560 }

/**
 * The whole cluster map of `items` in a locale. Pure apart from reading world-atlas.
 *
 * @example clusterMapView('en', mapItems('en', members, partners)).home?.markers.length // 9 cities
 */
export function clusterMapView(locale: Locale, items: MapItem[]): MapView {
  const home = homeCountryOf(items)
  const collator = new Intl.Collator(locale)
  // A section lists its items by name, members before partners.
  const located = items
    .filter((i) => i.point)
    .sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.name, b.name))
  const atHome = located.filter((i) => i.country === home)
  const abroad = located.filter((i) => i.country !== home)
  const placed = new Set<string>()
  const sections: ListSection[] = []
  const byId = new Map(items.map((i) => [i.id, i]))

  const sectionsOf = (markers: Marker[], withCountry: boolean) =>
    markers.map((m) => {
      const members = m.items.map((id) => byId.get(id)!)
      for (const i of members) placed.add(i.id)
      const names = [
        ...new Set(
          members.map((i) =>
            withCountry ? `${i.place}, ${countryName(locale, i.country)}` : i.place,
          ),
        ),
      ]
      return { id: m.id, title: names.join(' · '), items: members }
    })

  const drawn =
    (width: number) =>
    (m: Marker): DrawnMarker => {
      const only = m.items.length === 1 ? byId.get(m.items[0]!) : undefined
      const label = m.places.join(', ')
      return {
        ...m,
        href: only ? only.href : `#${m.id}`,
        label,
        ...(only && { name: only.name }),
        ...labelPlacement(m, label, width),
      }
    }

  let homePanel: MapView['home']
  const homeMap =
    home && atHome.length > 0 ? countryMap(home, { width: mapWidths.home }) : undefined
  if (home && homeMap) {
    const markers = byCount(groupMarkers(atHome, { project: homeMap.project, radius: 10, gap: 3 }))
    sections.push(...sectionsOf(markers, false))
    homePanel = {
      id: 'map-home',
      country: home,
      map: mapOnly(homeMap),
      markers: markers.map(drawn(homeMap.width)),
    }
  }

  let europePanel: MapPanel | undefined
  if (abroad.length > 0) {
    const mainland = home ? countryShape(home) : undefined
    const homeOutline = mainland ? mainlandOf(mainland) : undefined
    const frame = framePoints([
      ...abroad.map((i) => i.point!),
      ...(homeOutline ? boundsCorners(homeOutline) : []),
    ])
    const partnerCountries = [...new Set(abroad.map((i) => i.country))]
    const europe = drawMap({
      width: mapWidths.europe,
      frame,
      // ETRS89-LAEA's centre (EPSG:3035), the frame of the EU's own maps.
      centre: [10, 52],
      margin: mapWidths.europe / 14,
      aspect: [0.6, 0.85],
      highlight: [...(home ? [home] : []), ...partnerCountries],
    })
    const markers = byCount(groupMarkers(abroad, { project: europe.project, radius: 8, gap: 3 }))
    // Sections of the home country first: the cluster itself, then its partners abroad.
    sections.push(...sectionsOf(markers, true).sort(bySectionTitle(locale)))
    const homeMarker = homePanel && homeOutline && homeAggregate(homePanel, homeOutline, europe)
    europePanel = {
      id: 'map-europe',
      map: mapOnly(europe),
      markers: [...(homeMarker ? [homeMarker(locale)] : []), ...markers.map(drawn(europe.width))],
    }
  }

  return {
    home: homePanel,
    europe: europePanel,
    sections,
    unlocated: items.filter((i) => !placed.has(i.id)),
  }
}

/**
 * The home country on the Europe panel: one marker at its centre for all its items, leading to
 * the home panel where they are shown city by city.
 */
function homeAggregate(
  panel: NonNullable<MapView['home']>,
  outline: GeoJSON.Feature,
  europe: BaseMap,
) {
  const xy = europe.project(geoCentroid(outline))
  if (!xy) return undefined
  const items = panel.markers.flatMap((m) => m.items)
  return (locale: Locale): DrawnMarker => {
    const marker = {
      id: 'map-europe-home',
      x: xy[0],
      y: xy[1],
      r: markerRadius(8, items.length),
      items,
      places: [countryName(locale, panel.country)],
    }
    return {
      ...marker,
      href: `#${panel.id}`,
      label: marker.places[0]!,
      ...labelPlacement(marker, marker.places[0]!, europe.width),
    }
  }
}

const mapOnly = ({ project: _p, invert: _i, ...map }: BaseMap) => map

/** Bigger markers first in the list, and drawn first, so that small ones stay on top. */
const byCount = (markers: Marker[]) =>
  [...markers].sort((a, b) => b.items.length - a.items.length || a.id.localeCompare(b.id))

const bySectionTitle = (locale: Locale) => {
  const collator = new Intl.Collator(locale)
  return (a: ListSection, b: ListSection) => collator.compare(a.title, b.title)
}

/** The corners of a shape's bounding box: enough to keep it inside a fitted frame. */
function boundsCorners(shape: GeoJSON.Feature): [number, number][] {
  const coords = (shape.geometry as GeoJSON.MultiPolygon | GeoJSON.Polygon).coordinates.flat(
    shape.geometry.type === 'Polygon' ? 1 : 2,
  ) as [number, number][]
  const lngs = coords.map((c) => c[0])
  const lats = coords.map((c) => c[1])
  const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)]
  return [
    [w, s],
    [e, n],
    [w, n],
    [e, s],
  ]
}
