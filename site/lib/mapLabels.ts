/**
 * Where the map's place names go: beside their marker, on the first side (right, left, above,
 * below) where the name stays inside the drawing and clear of every marker and of the names
 * already placed, bigger markers first. A name with no such side is left out of the drawing:
 * the marker's accessible name and the list beside the map still say it.
 */

export type Placed = { x: number; y: number; anchor: 'start' | 'middle' | 'end' }

type Circle = { x: number; y: number; r: number }
type Box = { x0: number; y0: number; x1: number; y1: number }

/** The width of a name in Inter at `size`: its semi-bold averages about 0.58 em a character. */
export const textWidth = (text: string, size: number) => text.length * size * 0.58

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

function hitsCircle(box: Box, c: Circle) {
  const dx = c.x - Math.max(box.x0, Math.min(c.x, box.x1))
  const dy = c.y - Math.max(box.y0, Math.min(c.y, box.y1))
  return dx * dx + dy * dy < c.r * c.r
}

/**
 * One position per marker, in the markers' order, or undefined where the name does not fit.
 *
 * @example placeLabels([{ x: 10, y: 10, r: 5, label: 'Ruse' }], { width: 100, height: 50, size: 12 })
 * // [{ x: 18, y: 10, anchor: 'start' }]
 */
export function placeLabels(
  markers: (Circle & { label: string })[],
  frame: { width: number; height: number; size: number },
): (Placed | undefined)[] {
  const { width, height, size } = frame
  const pad = size * 0.25
  const taken: Box[] = []
  const order = markers.map((_, i) => i).sort((a, b) => markers[b]!.r - markers[a]!.r || a - b)
  const placed: (Placed | undefined)[] = markers.map(() => undefined)
  for (const i of order) {
    const m = markers[i]!
    const w = textWidth(m.label, size)
    const half = size / 2
    const candidates: [Placed, Box][] = [
      [
        { x: m.x + m.r + pad, y: m.y, anchor: 'start' },
        { x0: m.x + m.r + pad, y0: m.y - half, x1: m.x + m.r + pad + w, y1: m.y + half },
      ],
      [
        { x: m.x - m.r - pad, y: m.y, anchor: 'end' },
        { x0: m.x - m.r - pad - w, y0: m.y - half, x1: m.x - m.r - pad, y1: m.y + half },
      ],
      [
        { x: m.x, y: m.y - m.r - pad - half, anchor: 'middle' },
        { x0: m.x - w / 2, y0: m.y - m.r - pad - size, x1: m.x + w / 2, y1: m.y - m.r - pad },
      ],
      [
        { x: m.x, y: m.y + m.r + pad + half, anchor: 'middle' },
        { x0: m.x - w / 2, y0: m.y + m.r + pad, x1: m.x + w / 2, y1: m.y + m.r + pad + size },
      ],
    ]
    const fits = candidates.find(
      ([, box]) =>
        box.x0 >= 0 &&
        box.y0 >= 0 &&
        box.x1 <= width &&
        box.y1 <= height &&
        !taken.some((t) => overlaps(t, box)) &&
        !markers.some((other) => other !== m && hitsCircle(box, other)),
    )
    if (!fits) continue
    const [position, box] = fits
    taken.push(box)
    placed[i] = { x: Math.round(position.x), y: Math.round(position.y), anchor: position.anchor }
  }
  return placed
}
