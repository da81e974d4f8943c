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
import { placeLabels } from './mapLabels'
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
import { geoBounds, geoCentroid, geoContains } from 'd3-geo'

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
  /** The places' names: the label beside it and the first part of its accessible name. */
  label: string
  /** Set on a marker of one item: its name (the accessible name says which, not how many). */
  name?: string
  /** Where the label goes; none when it fits nowhere clear of the others. */
  labelAt?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }
}

/**
 * The markers of a panel at one size. A panel has two: one for a drawing shown at about its own
 * size, one for a phone, which shows it at half that or less: bigger markers and names in the
 * drawing's units (and so more places grouped), so that they read and can be tapped there. CSS
 * shows one of them by the panel's width (map.css).
 */
export type MarkerLayer = {
  markers: DrawnMarker[]
  /** Font sizes of the names and the counts, in the drawing's units. */
  labelSize: number
  countSize: number
}

/** A panel of the map: its base map and its markers, for wide and for narrow screens. */
export type MapPanel = {
  /** The figure's id, a link target. */
  id: string
  map: Omit<BaseMap, 'project' | 'invert'>
  wide: MarkerLayer
  narrow: MarkerLayer
}

/** A section of the list beside the map: the items at one place, under its name. */
export type ListSection = { id: string; title: string; items: MapItem[] }

export type MapView = {
  home?: MapPanel & { country: string }
  europe?: MapPanel
  sections: ListSection[]
  /** Items that are not on the map (no coordinates, or none the map can place). */
  unlocated: MapItem[]
}

/** The country most of the members are in (the cluster's own), or undefined without any. */
export function homeCountryOf(items: Pick<MapItem, 'country' | 'kind'>[]): string | undefined {
  const counts = new Map<string, number>()
  for (const i of items)
    if (i.kind === 'member') counts.set(i.country, (counts.get(i.country) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

/** The drawings' widths (SVG user units); CSS scales them to the column. */
export const mapWidths = { europe: 720, home: 560 }

/**
 * Marker and text sizes per panel and layer, in the drawing's units. The narrow layer's sizes
 * make a single marker about 15 px across and names about 12 px high on a 390 px phone, where
 * the Europe drawing shows at 0.46 of its size and the home country at 0.59.
 */
const sizes = {
  europe: {
    wide: { radius: 8, gap: 3, labelSize: 14, countSize: 12 },
    narrow: { radius: 16, gap: 4, labelSize: 26, countSize: 22 },
  },
  home: {
    wide: { radius: 10, gap: 3, labelSize: 15, countSize: 14 },
    narrow: { radius: 13, gap: 4, labelSize: 21, countSize: 18 },
  },
}

type Sizes = (typeof sizes)['home']['wide']

/**
 * The whole cluster map of `items` in a locale. Pure apart from reading world-atlas.
 *
 * @example clusterMapView('en', mapItems('en', members, partners)).home?.wide.markers.length // 9
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
  const byId = new Map(items.map((i) => [i.id, i]))
  const byPlace = new Map<string, MapItem[]>()
  for (const i of located) byPlace.set(i.placeKey, [...(byPlace.get(i.placeKey) ?? []), i])

  /** The places of some markers as list sections, in the markers' order. */
  const sectionsOf = (markers: Marker[], withCountry: boolean): ListSection[] =>
    markers.flatMap((m) =>
      m.placeKeys.map((key) => {
        const here = byPlace.get(key)!
        const { place, country } = here[0]!
        const title = withCountry ? `${place}, ${countryName(locale, country)}` : place
        return { id: `map-${key}`, title, items: here }
      }),
    )

  const layer = (
    placed: MapItem[],
    map: BaseMap,
    size: Sizes,
    extra: Omit<DrawnMarker, 'labelAt'>[] = [],
  ): MarkerLayer => {
    const grouped = byCount(groupMarkers(placed, { project: map.project, ...size }))
    const markers = [
      ...extra,
      ...grouped.map((m): Omit<DrawnMarker, 'labelAt'> => {
        const only = m.items.length === 1 ? byId.get(m.items[0]!) : undefined
        return {
          ...m,
          // A group leads to the list section of its first place (its places' are together).
          href: only ? only.href : `#${m.id}`,
          label: m.places.join(', '),
          ...(only && { name: only.name }),
        }
      }),
    ]
    const labels = placeLabels(markers, { ...map, size: size.labelSize })
    return {
      markers: markers.map((m, i) => ({ ...m, ...(labels[i] && { labelAt: labels[i] }) })),
      labelSize: size.labelSize,
      countSize: size.countSize,
    }
  }

  const sections: ListSection[] = []
  let homePanel: MapView['home']
  const homeMap =
    home && atHome.length > 0 ? countryMap(home, { width: mapWidths.home }) : undefined
  if (home && homeMap) {
    const wide = layer(atHome, homeMap, sizes.home.wide)
    sections.push(...sectionsOf(wide.markers, false))
    homePanel = {
      id: 'map-home',
      country: home,
      map: mapOnly(homeMap),
      wide,
      narrow: layer(atHome, homeMap, sizes.home.narrow),
    }
  }

  let europePanel: MapPanel | undefined
  if (abroad.length > 0) {
    const shape = home ? countryShape(home) : undefined
    const homeOutline = shape ? mainlandOf(shape) : undefined
    const europe = drawMap({
      width: mapWidths.europe,
      frame: framePoints([
        ...abroad.map((i) => i.point!),
        ...(homeOutline ? boundsCorners(homeOutline) : []),
      ]),
      // ETRS89-LAEA's centre (EPSG:3035), the frame of the EU's own maps.
      centre: [10, 52],
      margin: mapWidths.europe / 14,
      aspect: [0.6, 0.85],
      highlight: [...(home ? [home] : []), ...new Set(abroad.map((i) => i.country))],
    })
    const aggregate = (size: Sizes) => {
      if (!homePanel || !homeOutline) return []
      const others = groupMarkers(abroad, { project: europe.project, ...size })
      const r = markerRadius(size.radius, homePanel.wide.markers.flatMap((m) => m.items).length)
      const xy = clearSpotIn(homeOutline, europe.project, others, r + size.gap)
      return homeAggregate(locale, homePanel, xy, r)
    }
    const wide = layer(abroad, europe, sizes.europe.wide, aggregate(sizes.europe.wide))
    // The cluster's own places first, then its partners abroad by name.
    sections.push(
      ...sectionsOf(
        wide.markers.filter((m) => m.id !== homeMarkerId),
        true,
      ).sort((a, b) => collator.compare(a.title, b.title)),
    )
    europePanel = {
      id: 'map-europe',
      map: mapOnly(europe),
      wide,
      narrow: layer(abroad, europe, sizes.europe.narrow, aggregate(sizes.europe.narrow)),
    }
  }

  const listed = new Set(sections.flatMap((s) => s.items.map((i) => i.id)))
  return {
    home: homePanel,
    europe: europePanel,
    sections,
    unlocated: items.filter((i) => !listed.has(i.id)),
  }
}

const homeMarkerId = 'map-europe-home'

/**
 * The home country on the Europe panel: one marker at its centre for all its items, leading to
 * the home panel where they are shown city by city.
 */
function homeAggregate(
  locale: Locale,
  panel: NonNullable<MapView['home']>,
  xy: [number, number] | undefined,
  r: number,
): Omit<DrawnMarker, 'labelAt'>[] {
  if (!xy) return []
  const items = panel.wide.markers.flatMap((m) => m.items)
  const name = countryName(locale, panel.country)
  return [
    {
      id: homeMarkerId,
      x: xy[0],
      y: xy[1],
      r,
      items,
      places: [name],
      placeKeys: [],
      href: `#${panel.id}`,
      label: name,
    },
  ]
}

/**
 * Where in a country a marker of radius `clearance` (with its gap) is clear of the other
 * markers: its centre when that is clear, else the point of a 0.2° grid over the country that
 * is farthest from them (Thessaloniki and Skopje sit close to Bulgaria's centre at Europe's scale).
 */
function clearSpotIn(
  shape: GeoJSON.Feature,
  project: BaseMap['project'],
  others: Marker[],
  clearance: number,
): [number, number] | undefined {
  const room = (xy: [number, number]) =>
    Math.min(Infinity, ...others.map((o) => Math.hypot(o.x - xy[0], o.y - xy[1]) - o.r))
  const centre = project(geoCentroid(shape))
  if (!centre || room(centre) >= clearance) return centre
  const [[w, s], [e, n]] = geoBounds(shape)
  const spots: { xy: [number, number]; room: number; off: number }[] = []
  for (let lng = w; lng <= e; lng += 0.2)
    for (let lat = s; lat <= n; lat += 0.2) {
      const xy = geoContains(shape, [lng, lat]) ? project([lng, lat]) : undefined
      if (xy)
        spots.push({ xy, room: room(xy), off: Math.hypot(xy[0] - centre[0], xy[1] - centre[1]) })
    }
  // The clear spot nearest the centre, or the least crowded one when none is clear.
  const clear = spots.filter((p) => p.room >= clearance).sort((a, b) => a.off - b.off)[0]
  return (clear ?? spots.sort((a, b) => b.room - a.room)[0])?.xy ?? centre
}

const mapOnly = ({ project: _p, invert: _i, ...map }: BaseMap) => map

/** Bigger markers first in the list, and drawn first, so that small ones stay on top. */
const byCount = (markers: Marker[]) =>
  [...markers].sort((a, b) => b.items.length - a.items.length || a.id.localeCompare(b.id))

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
