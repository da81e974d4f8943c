// Widgets for the "operations" layout: a network map, an activity feed and a timeline.
import type { Palette } from './palette.ts'
import { circle, n, rect } from './svg.ts'
import { bar, card } from './widgets.ts'
import type { Box, Rand } from './widgets.ts'

/** Nodes on a faint grid joined by routes, suggesting sites, vehicles, sensors or services. */
export function networkMap(b: Box, p: Palette, r: Rand): string {
  let out = card(b) + bar(b.x + 30, b.y + 30, 170, '#c3cbd6', 12)
  const area = { x: b.x + 30, y: b.y + 70, w: b.w - 60, h: b.h - 100 }
  out += rect(area.x, area.y, area.w, area.h, p.light, 'rx="10"')
  for (let gx = 1; gx < 10; gx++)
    out += rect(area.x + (gx * area.w) / 10, area.y, 1, area.h, '#ffffff')
  for (let gy = 1; gy < 6; gy++)
    out += rect(area.x, area.y + (gy * area.h) / 6, area.w, 1, '#ffffff')
  // Soft "regions" behind the route make the card read as a map.
  for (let i = 0; i < 3; i++) {
    out +=
      `<ellipse cx="${n(area.x + (0.2 + i * 0.3) * area.w)}" cy="${n(area.y + (0.3 + r() * 0.4) * area.h)}" ` +
      `rx="${n(90 + r() * 80)}" ry="${n(60 + r() * 50)}" fill="${p.accentSoft}" fill-opacity="0.6"/>`
  }
  // One node per column, jittered, so the route spreads over the whole map.
  const nodes = Array.from({ length: 8 }, (_, col) => [
    area.x + ((col + 0.5) * area.w) / 8 + (r() - 0.5) * 30,
    area.y + 40 + r() * (area.h - 80),
  ])
  let routes = ''
  for (let i = 1; i < nodes.length; i++) {
    const [x1, y1] = nodes[i - 1]
    const [x2, y2] = nodes[i]
    routes +=
      `<path d="M${n(x1)} ${n(y1)} C${n((x1 + x2) / 2)} ${n(y1)} ${n((x1 + x2) / 2)} ${n(y2)} ${n(x2)} ${n(y2)}" ` +
      `fill="none" stroke="${i % 3 === 0 ? p.warm : p.primary}" stroke-width="4" stroke-opacity="0.7"/>`
  }
  const dots = nodes
    .map(
      ([x, y], i) =>
        (i % 4 === 0 ? circle(x, y, 22, p.accent, 'fill-opacity="0.2"') : '') +
        circle(
          x,
          y,
          i % 4 === 0 ? 11 : 8,
          i % 4 === 0 ? p.accent : '#ffffff',
          `stroke="${p.dark}" stroke-width="3"`,
        ),
    )
    .join('')
  return out + routes + dots
}

export function activityFeed(b: Box, p: Palette, r: Rand, rows: number): string {
  let out = card(b) + bar(b.x + 30, b.y + 30, 130, '#c3cbd6', 12)
  const rowH = (b.h - 80) / rows
  const colors = [p.primary, p.accent, p.warm]
  for (let i = 0; i < rows; i++) {
    const y = b.y + 74 + i * rowH
    out +=
      circle(b.x + 40, y + 12, 8, colors[i % 3]) +
      (i < rows - 1 ? rect(b.x + 39, y + 24, 2, rowH - 20, '#e3e8ef') : '') +
      bar(b.x + 62, y + 2, 100 + r() * 120, '#c3cbd6') +
      bar(b.x + 62, y + 22, 60 + r() * 90) +
      bar(b.x + b.w - 80, y + 2, 50, '#e3e8ef')
  }
  return out
}

/** Gantt-style rows of coloured spans. */
export function timeline(b: Box, p: Palette, r: Rand, rows: number): string {
  let out = card(b) + bar(b.x + 30, b.y + 26, 150, '#c3cbd6', 12)
  const lane = { x: b.x + 200, w: b.w - 230 }
  for (let c = 0; c <= 6; c++)
    out += rect(lane.x + (c * lane.w) / 6, b.y + 56, 1.5, b.h - 76, '#eef1f5')
  const rowH = (b.h - 76) / rows
  const colors = [p.primary, p.accent, p.warm, p.dark]
  for (let i = 0; i < rows; i++) {
    const y = b.y + 60 + i * rowH + rowH / 2
    const start = r() * 0.5
    const len = 0.2 + r() * (0.95 - start - 0.2)
    out +=
      bar(b.x + 30, y - 5, 90 + r() * 60) +
      rect(lane.x + start * lane.w, y - 11, len * lane.w, 22, colors[i % colors.length], 'rx="11"')
  }
  return out
}
