/**
 * The home page's map, drawn when the site is built: the cluster's country and its neighbours
 * from Natural Earth (world-atlas, 1:50m), one dot per member city sized by its members. The
 * result is plain SVG path data for an inline <svg>: no map tiles, no request, no script.
 */
import { geoMercator, geoPath } from 'd3-geo'

import { countryShape, world } from './worldMap'

export type MapPoint = { lat: number; lng: number; label: string }
export type MapDot = { x: number; y: number; r: number; label: string; count: number }
export type ClusterMap = {
  width: number
  height: number
  /** The country's outline. */
  country: string
  /** The neighbours' outlines, clipped to the frame: context, not content. */
  neighbours: string
  dots: MapDot[]
}

/**
 * The map of the country `alpha2` (ISO 3166-1) with dots for `points` grouped by label, or
 * undefined when world-atlas has no such country. The width is fixed; the height follows the
 * country's shape.
 */
export function clusterMap(
  alpha2: string,
  points: MapPoint[],
  width = 560,
): ClusterMap | undefined {
  const shape = countryShape(alpha2)
  if (!shape) return undefined
  const margin = width / 14
  const projection = geoMercator().fitWidth(width - 2 * margin, shape)
  const [[, top], [, bottom]] = geoPath(projection).bounds(shape)
  const height = Math.ceil(bottom - top + 2 * margin)
  const [tx, ty] = projection.translate()
  projection.translate([tx + margin, ty - top + margin]).clipExtent([
    [0, 0],
    [width, height],
  ])
  const path = geoPath(projection).digits(1)
  const neighbours = world.features
    .filter((f) => f !== shape)
    .map((f) => path(f) ?? '')
    .join('')
  const byLabel = new Map<string, { lat: number; lng: number; count: number }>()
  for (const p of points) {
    const seen = byLabel.get(p.label)
    if (seen) seen.count += 1
    else byLabel.set(p.label, { lat: p.lat, lng: p.lng, count: 1 })
  }
  const dots = [...byLabel].flatMap(([label, p]) => {
    const xy = projection([p.lng, p.lat])
    if (!xy) return []
    // Area grows with the number of members: radius by the square root.
    const r = Math.round((width / 90) * Math.sqrt(p.count) * 10) / 10
    return [{ x: Math.round(xy[0]), y: Math.round(xy[1]), r, label, count: p.count }]
  })
  // Big dots first, so that small ones stay visible on top.
  dots.sort((a, b) => b.count - a.count)
  return { width, height, country: path(shape) ?? '', neighbours, dots }
}
