/**
 * The markers of the cluster map: one per place (a member's city, a partner's city), and one
 * for several places wherever their markers would overlap on the drawn map, so that every
 * marker stays visible and can be clicked. A marker's area grows with what it holds.
 */

/** Something on the map: a member or a partner, at a place. */
export type MapItem = {
  /** Unique among the map's items, e.g. `member-orbitsoft`; the list row's id. */
  id: string
  kind: 'member' | 'partner'
  name: string
  /** Its profile: a member's page, a partner's entry on the partners page. */
  href: string
  /** Items with the same key are at one place (a city in a country). */
  placeKey: string
  /** The place as the map labels it: the city, or the name when the city is not known. */
  place: string
  /** ISO 3166-1 alpha-2. */
  country: string
  /** Sector (category) slugs; partners have none. */
  sectors: string[]
  point?: [lng: number, lat: number]
}

export type Marker = {
  /** `map-` and the first place's key: the id of its section in the list beside the map. */
  id: string
  x: number
  y: number
  r: number
  /** The items' ids, in the order the list shows them. */
  items: string[]
  /** The places it stands for, in the order of their first item, and their keys. */
  places: string[]
  placeKeys: string[]
}

type Options = {
  /** Where an item's point is drawn; undefined when it is off the map. */
  project: (point: [number, number]) => [number, number] | undefined
  /** The radius of a single item's marker; a marker of n items has `radius * (1 + (√n−1)/3)`. */
  radius: number
  /** The least space between two markers' edges. */
  gap: number
}

/** A marker's radius for a count of items, rounded to a tenth. */
export const markerRadius = (radius: number, count: number) =>
  Math.round(radius * (1 + (Math.sqrt(count) - 1) / 3) * 10) / 10

/**
 * The markers for the items that have a point on the map: first one per place, at the mean of
 * its items' points, then the closest two that overlap merged (at their weighted centre) until
 * none do. Deterministic: the same items in the same order give the same markers.
 *
 * @example groupMarkers(items, { project, radius: 9, gap: 2 }) // [{ id: 'map-bg-sofia', items: […], … }]
 */
export function groupMarkers(items: MapItem[], { project, radius, gap }: Options): Marker[] {
  type Group = { keys: string[]; x: number; y: number; items: MapItem[]; places: string[] }
  const byPlace = new Map<string, Group>()
  for (const item of items) {
    const xy = item.point && project(item.point)
    if (!xy) continue
    const group = byPlace.get(item.placeKey)
    if (!group) {
      byPlace.set(item.placeKey, {
        keys: [item.placeKey],
        x: xy[0],
        y: xy[1],
        items: [item],
        places: [item.place],
      })
      continue
    }
    // The running mean of the place's points.
    const n = group.items.push(item)
    group.x += (xy[0] - group.x) / n
    group.y += (xy[1] - group.y) / n
  }
  const groups = [...byPlace.values()]
  const r = (g: Group) => markerRadius(radius, g.items.length)
  for (;;) {
    let closest: { a: number; b: number; overlap: number } | undefined
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        const [ga, gb] = [groups[a]!, groups[b]!]
        const overlap = r(ga) + r(gb) + gap - Math.hypot(ga.x - gb.x, ga.y - gb.y)
        if (overlap > 0 && (!closest || overlap > closest.overlap)) closest = { a, b, overlap }
      }
    if (!closest) break
    const [ga, gb] = [groups[closest.a]!, groups[closest.b]!]
    const [na, nb] = [ga.items.length, gb.items.length]
    // The bigger group keeps its key (and so its list section comes first).
    const [keep, other] = nb > na ? [gb, ga] : [ga, gb]
    groups[closest.a] = {
      keys: [...keep.keys, ...other.keys],
      x: (ga.x * na + gb.x * nb) / (na + nb),
      y: (ga.y * na + gb.y * nb) / (na + nb),
      items: [...keep.items, ...other.items],
      places: [...keep.places, ...other.places],
    }
    groups.splice(closest.b, 1)
  }
  return groups.map((g) => ({
    id: `map-${g.keys[0]}`,
    x: Math.round(g.x * 10) / 10,
    y: Math.round(g.y * 10) / 10,
    r: r(g),
    items: g.items.map((i) => i.id),
    places: g.places,
    placeKeys: g.keys,
  }))
}
