// A Bauhaus-like tile pattern (quarter circles, half circles, dots, squares, rings) used on the
// publication PDFs' title pages. Tiles are plain shapes (SVG path data) that pdf-lib draws.
import { n } from './svg.ts'

export type Shape = { d: string; fill?: string; stroke?: string; strokeWidth?: number }

const square = (x: number, y: number, s: number) => `M${n(x)} ${n(y)}h${n(s)}v${n(s)}h${n(-s)}Z`
const disc = (cx: number, cy: number, r: number) =>
  `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`

/** Quarter disc of radius s centred on one corner (turn 0..3 picks the corner). */
function quarter(x: number, y: number, s: number, turn: number): string {
  const corners = [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
  ]
  const [cx, cy] = corners[turn]
  const [ax, ay] = corners[(turn + 1) % 4]
  const [bx, by] = corners[(turn + 3) % 4]
  return `M${n(cx)} ${n(cy)}L${n(ax)} ${n(ay)}A${n(s)} ${n(s)} 0 0 1 ${n(bx)} ${n(by)}Z`
}

/** Half disc whose diameter is one edge of the tile (turn picks the edge). */
function half(x: number, y: number, s: number, turn: number): string {
  const corners = [
    [x, y + s],
    [x, y],
    [x + s, y],
    [x + s, y + s],
  ]
  const [ax, ay] = corners[turn]
  const [bx, by] = corners[(turn + 1) % 4]
  return `M${n(ax)} ${n(ay)}A${n(s / 2)} ${n(s / 2)} 0 0 0 ${n(bx)} ${n(by)}Z`
}

type Tile = (x: number, y: number, s: number, fg: string, turn: number) => Shape[]

const TILES: Tile[] = [
  (x, y, s, fg, t) => [{ d: quarter(x, y, s, t), fill: fg }],
  (x, y, s, fg, t) => [{ d: quarter(x, y, s, t), fill: fg }],
  (x, y, s, fg, t) => [{ d: half(x, y, s, t), fill: fg }],
  (x, y, s, fg, t) => [{ d: half(x, y, s, t), fill: fg }],
  (x, y, s, fg) => [{ d: disc(x + s / 2, y + s / 2, s * 0.32), fill: fg }],
  (x, y, s, fg) => [{ d: square(x + s * 0.25, y + s * 0.25, s * 0.5), fill: fg }],
  (x, y, s, fg) => [{ d: disc(x + s / 2, y + s / 2, s * 0.3), stroke: fg, strokeWidth: s * 0.12 }],
  () => [],
]

/** cols × rows tiles of size s from (x, y), coloured from `colors`. */
export function tileShapes(
  x: number,
  y: number,
  cols: number,
  rows: number,
  s: number,
  colors: string[],
  r: () => number,
): Shape[] {
  const shapes: Shape[] = []
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const bg = colors[Math.floor(r() * colors.length)]
      let fg = colors[Math.floor(r() * colors.length)]
      if (fg === bg) fg = colors[(colors.indexOf(bg) + 1) % colors.length]
      const tile = TILES[Math.floor(r() * TILES.length)]
      // Tiles overlap by a hair so no seams show between them when anti-aliased.
      shapes.push({ d: square(x + col * s, y + row * s, s + 0.5), fill: bg })
      shapes.push(...tile(x + col * s, y + row * s, s, fg, Math.floor(r() * 4)))
    }
  }
  return shapes
}
