/**
 * Maps drawn when the site is built from Natural Earth (world-atlas, 1:50m): the cluster map's
 * Europe and home-country panels and the small locator maps of member and partner pages. The
 * result is SVG path data and projected points for an inline <svg>: no tiles, no request.
 *
 * Every map uses a Lambert azimuthal equal-area projection, the projection of the EU's own
 * statistical maps (ETRS89-LAEA, EPSG:3035, centred on 52° N 10° E): areas are true, so a
 * country's size on the map is not Mercator's, and shapes stay close to what a European reader
 * knows from Eurostat's and the EEA's maps. The home-country and locator panels centre it on
 * their own country, where the distortion of a few hundred kilometres is negligible.
 */
import countries from 'i18n-iso-countries'
import {
  geoAzimuthalEqualArea,
  geoCentroid,
  geoDistance,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo'
import { feature } from 'topojson-client'
// Read at build time only; Vite bundles it into the prerender chunk, never into a page.
import topology from 'world-atlas/countries-50m.json'

type Geometry = GeoJSON.Polygon | GeoJSON.MultiPolygon
export type CountryFeature = GeoJSON.Feature<Geometry, { name: string }> & { id?: string }

/** Natural Earth's countries, 1:50m, as GeoJSON (parsed once per build). */
export const world = feature(
  topology as unknown as Parameters<typeof feature>[0],
  (topology as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects
    .countries,
) as unknown as GeoJSON.FeatureCollection<Geometry, { name: string }>

/** The outline of a country by its ISO 3166-1 alpha-2 code, or undefined when unknown. */
export function countryShape(alpha2: string): CountryFeature | undefined {
  const numeric = countries.alpha2ToNumeric(alpha2.toUpperCase())
  return numeric ? (world.features as CountryFeature[]).find((f) => f.id === numeric) : undefined
}

/** A place on the map: longitude and latitude in degrees. */
export type LngLat = [lng: number, lat: number]

/**
 * The part of a country a reader thinks of as the country: its polygons within `km` of the
 * polygon that holds `near` (or of its largest one). Spain without the Canaries, France without
 * Guiana, Norway without Svalbard: a map framed on the whole feature would shrink the mainland
 * to a corner.
 */
export function mainlandOf(shape: CountryFeature, near?: LngLat, km = 1200): CountryFeature {
  if (shape.geometry.type === 'Polygon') return shape
  const polygons = shape.geometry.coordinates.map((coordinates): GeoJSON.Polygon => ({
    type: 'Polygon',
    coordinates,
  }))
  const path = geoPath()
  const anchor = near ?? geoCentroid(maxBy(polygons, (p) => path.area(p)))
  const radians = km / earthRadiusKm
  const kept = polygons.filter((p) => geoDistance(geoCentroid(p), anchor) <= radians)
  return {
    ...shape,
    geometry: {
      type: 'MultiPolygon',
      coordinates: (kept.length > 0 ? kept : polygons).map((p) => p.coordinates),
    },
  }
}

const earthRadiusKm = 6371

function maxBy<T>(items: T[], score: (item: T) => number): T {
  return items.reduce((best, item) => (score(item) > score(best) ? item : best))
}

/** A drawn map: its frame, the land as path data, and how to place a point on it. */
export type BaseMap = {
  width: number
  height: number
  /** Every country in the frame but the highlighted ones, clipped to it. */
  land: string
  /** The highlighted countries' outlines by ISO alpha-2 code (the home country, partners'). */
  highlighted: Record<string, string>
  /** Where a point is drawn, rounded to a tenth; undefined when it is off the map. */
  project: (point: LngLat) => [x: number, y: number] | undefined
  /** The geographic point under a position of the map: the inverse of `project`. */
  invert: (xy: [number, number]) => LngLat | undefined
}

type FrameOptions = {
  width: number
  /** What must be inside the frame, with `margin` pixels around it. */
  frame: GeoPermissibleObjects
  /** Where the projection is centred: the centre of `frame` when absent. */
  centre?: LngLat
  margin: number
  /** Height as a share of the width, at least and at most. */
  aspect?: [min: number, max: number]
  highlight?: string[]
  /** Coordinates' decimals in the path data: 0 for small maps, 1 for the big one. */
  digits?: number
}

/** Projects the world onto a frame fitted to `frame` and draws the countries in it. */
export function drawMap(options: FrameOptions): BaseMap {
  const { width, frame, margin, aspect = [0.45, 1.1], highlight = [], digits = 1 } = options
  const centre = options.centre ?? geoCentroid(frame)
  const projection: GeoProjection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .fitWidth(width - 2 * margin, frame)
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame)
  const natural = bottom - top + 2 * margin
  const height = Math.round(Math.min(Math.max(natural, aspect[0] * width), aspect[1] * width))
  if (natural > aspect[1] * width) projection.fitHeight(height - 2 * margin, frame)
  // Centre what must be shown in the frame, whichever side had room to spare.
  const [[l2, t2], [r2, b2]] = geoPath(projection).bounds(frame)
  const [tx, ty] = projection.translate()
  projection.translate([tx + (width - (r2 + l2)) / 2, ty + (height - (b2 + t2)) / 2]).clipExtent([
    [0, 0],
    [width, height],
  ])
  const path = geoPath(projection).digits(digits)
  const highlightedIds = new Map(
    highlight.flatMap((code) => {
      const numeric = countries.alpha2ToNumeric(code.toUpperCase())
      return numeric ? [[numeric, code.toUpperCase()] as const] : []
    }),
  )
  const highlighted: Record<string, string> = {}
  const land: string[] = []
  for (const f of world.features as CountryFeature[]) {
    const d = path(f)
    if (!d) continue
    const code = f.id ? highlightedIds.get(f.id) : undefined
    if (code) highlighted[code] = d
    else land.push(d)
  }
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    width,
    height,
    land: land.join(''),
    highlighted,
    project: (point) => {
      const xy = projection(point)
      if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) return undefined
      return [round(xy[0]), round(xy[1])]
    },
    invert: (xy) => projection.invert?.(xy) ?? undefined,
  }
}

/** A frame around some points: a MultiPoint, which d3 fits by the points' own extent. */
export const framePoints = (points: LngLat[]): GeoJSON.MultiPoint => ({
  type: 'MultiPoint',
  coordinates: points,
})

/**
 * The map of one country (its mainland), e.g. the cluster map's home-country panel, with the
 * country highlighted, or undefined when world-atlas has no such country.
 */
export function countryMap(
  alpha2: string,
  options: { width: number; near?: LngLat; digits?: number },
): BaseMap | undefined {
  const shape = countryShape(alpha2)
  if (!shape) return undefined
  const mainland = mainlandOf(shape, options.near)
  // Drawing projects every country of the world (~150 ms): members in one country share the
  // drawing of the same mainland, so a build draws each once, not once per member page.
  const all = shape.geometry.coordinates as unknown[]
  const parts =
    mainland.geometry.type === 'MultiPolygon'
      ? mainland.geometry.coordinates.map((c) => all.indexOf(c)).join(',')
      : 'all'
  const key = [alpha2, options.width, options.digits, parts].join('|')
  let map = drawn.get(key)
  if (!map) {
    map = drawMap({
      width: options.width,
      frame: mainland,
      centre: geoCentroid(mainland),
      margin: options.width / 16,
      highlight: [alpha2],
      digits: options.digits,
    })
    drawn.set(key, map)
  }
  return map
}

const drawn = new Map<string, BaseMap>()

/**
 * A small map that shows where one place is: its country (mainland) highlighted among its
 * neighbours, framed so that a country of any size reads at a glance, and the place at `point`.
 */
export function locatorMap(alpha2: string, point: LngLat, width = 320): BaseMap | undefined {
  const map = countryMap(alpha2, { width, near: point, digits: 0 })
  // A point outside its country's frame (wrong country or coordinates) gets a map around itself.
  if (map?.project(point)) return map
  return drawMap({
    width,
    frame: framePoints([point, [point[0] - 3, point[1] - 2], [point[0] + 3, point[1] + 2]]),
    margin: width / 16,
    highlight: [alpha2],
    digits: 0,
  })
}
