// Event banners (1600 × 900): a drawn scene of the event's kind (event-scenes.ts); and the site's
// default share image (1200 × 630): the members on a map of Bulgaria. Neither carries words: both
// are shown on English, Bulgarian and German pages, which say the title, date and status in HTML.
import {
  EVENT_H,
  EVENT_W,
  assembly,
  conference,
  eventDefs,
  matchmaking,
  tradeMission,
  webinar,
  workshop,
} from './event-scenes.ts'
import { CLUSTER_PALETTE, paletteFor, seededRandom } from './palette.ts'
import { path, polygon } from './scene-kit.ts'
import { circle, n, rect, svgDocument } from './svg.ts'

export const SHARE_SIZE = { width: 1200, height: 630 }

/** The cluster's mark: four tiles in its colours (the wordmark's name is left to the page). */
export function clusterMark(x: number, y: number, size: number): string {
  const c = CLUSTER_PALETTE
  const s = size * 0.55
  return (
    rect(x, y - size, s, s, c.accent) +
    rect(x + s + 4, y - size, s, s, c.warm) +
    rect(x, y - size + s + 4, s, s, '#ffffff') +
    rect(x + s + 4, y - size + s + 4, s, s, c.primary)
  )
}

export type EventArtInput = {
  slug: string
  /** The event's kind (conference, workshop, webinar, …): it picks the scene. */
  kind?: string
  /** The venue's city, for a trade mission's skyline. */
  city?: string
}

export function eventSvg(input: EventArtInput): string {
  const p = paletteFor(input.slug)
  const r = seededRandom(`${input.slug}#banner`)
  const scenes: Record<string, () => string> = {
    conference: () => conference(p, r),
    workshop: () => workshop(p, r, /kubernetes|devops|cloud/.test(input.slug)),
    webinar: () => webinar(p, r),
    'b2b-matchmaking': () => matchmaking(p, r),
    'trade-mission': () => tradeMission(p, r, input.city ?? ''),
    'cluster-meeting': () => assembly(p, r),
  }
  const body = (scenes[input.kind ?? ''] ?? scenes.conference)()
  return svgDocument(EVENT_W, EVENT_H, `<defs>${eventDefs(p)}</defs>${body}`)
}

/**
 * Bulgaria's outline as [lng, lat] pairs, simplified to a few dozen points: enough for a
 * recognisable silhouette at share-image size.
 */
const BULGARIA: Array<[number, number]> = [
  [22.67, 44.21],
  [23.05, 43.85],
  [23.6, 43.8],
  [24.1, 43.7],
  [24.6, 43.73],
  [25.0, 43.68],
  [25.55, 43.64],
  [26.1, 43.97],
  [26.6, 44.06],
  [27.0, 44.13],
  [27.4, 44.02],
  [27.95, 43.98],
  [28.58, 43.74],
  [28.58, 43.42],
  [28.1, 43.35],
  [27.93, 43.17],
  [27.9, 42.85],
  [27.73, 42.68],
  [27.45, 42.48],
  [27.7, 42.35],
  [27.98, 42.0],
  [27.55, 41.95],
  [27.1, 42.08],
  [26.62, 41.97],
  [26.35, 41.72],
  [26.1, 41.35],
  [25.6, 41.3],
  [25.2, 41.23],
  [24.55, 41.43],
  [24.05, 41.52],
  [23.65, 41.4],
  [22.93, 41.34],
  [22.95, 41.75],
  [22.55, 42.1],
  [22.36, 42.31],
  [22.52, 42.5],
  [22.45, 42.85],
  [22.74, 42.9],
  [22.98, 43.2],
  [22.5, 43.45],
  [22.36, 43.8],
]

export function shareSvg(locations: Array<{ lat: number; lng: number }>): string {
  const { width, height } = SHARE_SIZE
  const c = CLUSTER_PALETTE
  const r = seededRandom('settings-share')
  // Equirectangular projection scaled by cos(latitude) so the country keeps its proportions.
  const k = Math.cos((42.7 * Math.PI) / 180)
  const scale = 175
  const project = ([lng, lat]: [number, number]): [number, number] => [
    90 + (lng - 22.36) * scale * k,
    60 + (44.25 - lat) * scale,
  ]
  const outline = BULGARIA.map(project)
  // Overlapping members (several in Sofia) are spread a little so that each dot shows.
  const points = locations.map((l): [number, number] => {
    const [x, y] = project([l.lng, l.lat])
    return [x + (r() - 0.5) * 26, y + (r() - 0.5) * 26]
  })
  // Links from every member to its two nearest neighbours: the cluster as a network.
  const pairs = new Set<string>()
  points.forEach((a, i) => {
    points
      .map((b, j) => ({ j, d: Math.hypot(a[0] - b[0], a[1] - b[1]) }))
      .filter((e) => e.j !== i && e.d > 1)
      .sort((x, y) => x.d - y.d)
      .slice(0, 2)
      .forEach(({ j }) => pairs.add(i < j ? `${i}-${j}` : `${j}-${i}`))
  })
  const links = [...pairs]
    .sort()
    .map((key) => {
      const [a, b] = key.split('-').map((v) => points[Number(v)])
      return `<path d="M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}" stroke="#ffffff" stroke-opacity="0.45" stroke-width="2"/>`
    })
    .join('')
  const dots = points
    .map(([x, y], i) => {
      const color = [c.accent, c.warm, '#ffffff'][i % 3]
      return circle(x, y, 22, color, 'fill-opacity="0.2"') + circle(x, y, 9, color)
    })
    .join('')
  // The Danube along the north border and the Black Sea off the coast (outline points 12–21).
  const coast = outline.slice(12, 22)
  const sea = polygon(
    [
      [coast[0][0] + 40, 0],
      ...coast,
      [coast[coast.length - 1][0] + 120, height],
      [width, height],
      [width, 0],
    ],
    '#3d8fd1',
    'fill-opacity="0.35"',
  )
  let waves = ''
  for (let i = 0; i < 7; i++) {
    const x = coast[0][0] + 70 + r() * (width - coast[0][0] - 200)
    const y = 60 + i * 70 + r() * 20
    waves += path(
      `M${n(x)} ${n(y)}q15 -10 30 0t30 0t30 0`,
      'none',
      'stroke="#ffffff" stroke-opacity="0.35" stroke-width="3"',
    )
  }
  const danube = path(
    `M${outline
      .slice(0, 13)
      .map(([x, y]) => `${n(x)} ${n(y - 4)}`)
      .join('L')}`,
    'none',
    'stroke="#6fb7e8" stroke-width="6" stroke-linejoin="round"',
  )
  const body =
    rect(0, 0, width, height, c.dark) +
    sea +
    waves +
    polygon(
      outline,
      c.primary,
      `fill-opacity="0.9" stroke="#ffffff" stroke-opacity="0.6" stroke-width="3"`,
    ) +
    danube +
    links +
    dots +
    clusterMark(width - 140, height - 50, 80)
  return svgDocument(width, height, body)
}
