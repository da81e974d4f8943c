// Drawing primitives for the text-free illustrations (product screens, event scenes, covers):
// paths, abstract "text" lines, people, laptops and device frames. Nothing here draws <text>:
// the images are shown on Bulgarian and German pages too, so words would be in the wrong language.
import { circle, n, rect } from './svg.ts'
import type { Box, Rand } from './widgets.ts'

export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function polyline(pts: Array<[number, number]>, stroke: string, width: number, extra = '') {
  return (
    `<polyline points="${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" ` +
    `stroke="${stroke}" stroke-width="${n(width)}" stroke-linejoin="round" stroke-linecap="round"${extra ? ' ' + extra : ''}/>`
  )
}

export function polygon(pts: Array<[number, number]>, fill: string, extra = ''): string {
  return `<polygon points="${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = '') {
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, w = 2) {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(w)}" stroke-linecap="round"/>`
}

/** Rounded bars standing in for lines of text, of seeded lengths. */
export function textBars(
  x: number,
  y: number,
  maxW: number,
  count: number,
  r: Rand,
  color = '#d5dbe4',
  h = 10,
  gap = 22,
): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    const w = i === count - 1 ? maxW * (0.35 + r() * 0.3) : maxW * (0.75 + r() * 0.25)
    out += rect(x, y + i * gap, w, h, color, `rx="${h / 2}"`)
  }
  return out
}

/** Sinusoidal random walk in 0..1 (charts, waveforms). */
export function wave(r: Rand, count: number, base = 0.5, amp = 0.3): number[] {
  const phase = r() * Math.PI * 2
  const freq = 1.5 + r() * 2
  return Array.from({ length: count }, (_, i) => {
    const v = base + amp * Math.sin(phase + (i / count) * Math.PI * freq) + (r() - 0.5) * amp * 0.5
    return Math.min(0.95, Math.max(0.05, v))
  })
}

export function plot(values: number[], b: Box): Array<[number, number]> {
  return values.map((v, i) => [b.x + (i / (values.length - 1)) * b.w, b.y + b.h - v * b.h])
}

const SKIN = ['#f1c7a5', '#e0ac84', '#c68863', '#8d5a3b', '#f5d5bd', '#a86b4a']
const HAIR = ['#2b1d16', '#5a3a22', '#8a5a2b', '#c9a36b', '#1d1d1f', '#7b7b80']

/**
 * A person seen from the front (or from behind: `back`), head and shoulders, standing at (x, y)
 * = the bottom centre of the shoulders; `s` is the head radius.
 */
export function person(x: number, y: number, s: number, shirt: string, r: Rand, back = false) {
  const skin = SKIN[Math.floor(r() * SKIN.length)]
  const hair = HAIR[Math.floor(r() * HAIR.length)]
  const headY = y - s * 3.1
  const body = path(
    `M${n(x - s * 1.9)} ${n(y)}C${n(x - s * 1.9)} ${n(y - s * 2)} ${n(x - s * 1.2)} ${n(y - s * 2.05)} ${n(x)} ${n(y - s * 2.05)}` +
      `C${n(x + s * 1.2)} ${n(y - s * 2.05)} ${n(x + s * 1.9)} ${n(y - s * 2)} ${n(x + s * 1.9)} ${n(y)}Z`,
    shirt,
  )
  const neck = rect(x - s * 0.35, headY + s * 0.6, s * 0.7, s * 0.8, skin)
  const longHair = r() > 0.6
  if (back) {
    return (
      body +
      neck +
      circle(x, headY, s, hair) +
      (longHair ? rect(x - s, headY, s * 2, s * 1.3, hair, `rx="${n(s * 0.5)}"`) : '')
    )
  }
  return (
    body +
    neck +
    (longHair ? rect(x - s * 1.05, headY - s * 0.2, s * 2.1, s * 1.6, hair, `rx="${n(s)}"`) : '') +
    circle(x, headY, s, skin) +
    path(
      `M${n(x - s)} ${n(headY)}A${n(s)} ${n(s)} 0 0 1 ${n(x + s)} ${n(headY)}` +
        `Q${n(x)} ${n(headY - s * 0.45)} ${n(x - s)} ${n(headY)}Z`,
      hair,
    )
  )
}

/** A laptop seen from the front-ish: screen above a thin base; returns the screen box too. */
export function laptop(x: number, y: number, w: number, screen: string): string {
  const h = w * 0.62
  return (
    rect(x, y, w, h, '#2a2f38', `rx="${n(w * 0.03)}"`) +
    rect(x + w * 0.04, y + w * 0.04, w * 0.92, h - w * 0.08, screen, `rx="${n(w * 0.01)}"`) +
    path(
      `M${n(x - w * 0.08)} ${n(y + h)}h${n(w * 1.16)}l${n(-w * 0.04)} ${n(w * 0.05)}h${n(-w * 1.08)}Z`,
      '#c7ccd4',
    )
  )
}

/** A laptop seen from above (workshop tables): lid as a dark slab, keyboard in grey. */
export function laptopTop(x: number, y: number, w: number, angle: number, accent: string) {
  const h = w * 0.68
  return (
    `<g transform="rotate(${n(angle)} ${n(x + w / 2)} ${n(y + h / 2)})">` +
    rect(x, y, w, h * 0.5, '#3a404a', `rx="${n(w * 0.03)}"`) +
    rect(
      x + w * 0.05,
      y + h * 0.05,
      w * 0.9,
      h * 0.38,
      accent,
      `rx="${n(w * 0.02)}" fill-opacity="0.85"`,
    ) +
    rect(x, y + h * 0.5, w, h * 0.5, '#d2d6dc', `rx="${n(w * 0.03)}"`) +
    rect(x + w * 0.08, y + h * 0.56, w * 0.84, h * 0.24, '#b7bcc5', `rx="${n(w * 0.02)}"`) +
    rect(x + w * 0.36, y + h * 0.83, w * 0.28, h * 0.12, '#c3c8cf', `rx="${n(w * 0.02)}"`) +
    '</g>'
  )
}

/** A round avatar: coloured disc with a head-and-shoulders glyph. */
export function avatar(cx: number, cy: number, rad: number, bg: string, fg = '#ffffff'): string {
  return (
    circle(cx, cy, rad, bg) +
    circle(cx, cy - rad * 0.22, rad * 0.34, fg, 'fill-opacity="0.9"') +
    path(
      `M${n(cx - rad * 0.6)} ${n(cy + rad * 0.78)}Q${n(cx - rad * 0.6)} ${n(cy + rad * 0.22)} ${n(cx)} ${n(cy + rad * 0.22)}` +
        `Q${n(cx + rad * 0.6)} ${n(cy + rad * 0.22)} ${n(cx + rad * 0.6)} ${n(cy + rad * 0.78)}Z`,
      fg,
      'fill-opacity="0.9"',
    )
  )
}

/** A pin on a map at (x, y) (the tip). */
export function pin(x: number, y: number, s: number, fill: string): string {
  return (
    path(
      `M${n(x)} ${n(y)}C${n(x - s * 0.3)} ${n(y - s * 0.7)} ${n(x - s)} ${n(y - s * 1.1)} ${n(x - s)} ${n(y - s * 1.7)}` +
        `A${n(s)} ${n(s)} 0 1 1 ${n(x + s)} ${n(y - s * 1.7)}C${n(x + s)} ${n(y - s * 1.1)} ${n(x + s * 0.3)} ${n(y - s * 0.7)} ${n(x)} ${n(y)}Z`,
      fill,
      'stroke="#ffffff" stroke-width="3"',
    ) + circle(x, y - s * 1.7, s * 0.4, '#ffffff')
  )
}

/** A check mark inside a disc. */
export function checkDisc(cx: number, cy: number, rad: number, fill: string): string {
  return (
    circle(cx, cy, rad, fill) +
    polyline(
      [
        [cx - rad * 0.45, cy],
        [cx - rad * 0.1, cy + rad * 0.35],
        [cx + rad * 0.5, cy - rad * 0.35],
      ],
      '#ffffff',
      rad * 0.28,
    )
  )
}

/** A shield outline (security, e-government). */
export function shield(cx: number, cy: number, s: number, fill: string, extra = ''): string {
  return path(
    `M${n(cx)} ${n(cy - s)}L${n(cx + s * 0.85)} ${n(cy - s * 0.65)}V${n(cy)}` +
      `C${n(cx + s * 0.85)} ${n(cy + s * 0.6)} ${n(cx + s * 0.4)} ${n(cy + s * 0.9)} ${n(cx)} ${n(cy + s * 1.1)}` +
      `C${n(cx - s * 0.4)} ${n(cy + s * 0.9)} ${n(cx - s * 0.85)} ${n(cy + s * 0.6)} ${n(cx - s * 0.85)} ${n(cy)}` +
      `V${n(cy - s * 0.65)}Z`,
    fill,
    extra,
  )
}

/** A phone outline with its screen box. */
export function phone(b: Box, screen: string): string {
  return (
    rect(b.x, b.y, b.w, b.h, '#1b1f27', `rx="${n(b.w * 0.14)}"`) +
    rect(b.x + 10, b.y + 10, b.w - 20, b.h - 20, screen, `rx="${n(b.w * 0.11)}"`) +
    rect(b.x + b.w / 2 - b.w * 0.14, b.y + 18, b.w * 0.28, 12, '#1b1f27', 'rx="6"')
  )
}

/** Blocky colour choice from the palette. */
export function pick<T>(r: Rand, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]
}
