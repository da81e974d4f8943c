// Building blocks of the stylised "app screenshots": cards, charts, tables and lists drawn as SVG.
// Every widget takes its box and a seeded random source, so the pictures vary but never change.
import type { Palette } from './palette.ts'
import { circle, n, rect } from './svg.ts'

export type Box = { x: number; y: number; w: number; h: number }
export type Rand = () => number

const INK = '#1c2533'
const MUTED = '#8792a2'
const LINE = '#e3e8ef'
const PLACEHOLDER = '#d5dbe4'

export function card(b: Box): string {
  return rect(b.x, b.y, b.w, b.h, '#ffffff', `rx="14" stroke="${LINE}" stroke-width="2"`)
}

/** A grey rounded bar standing in for a text label. */
export function bar(x: number, y: number, w: number, color = PLACEHOLDER, h = 10): string {
  return rect(x, y, w, h, color, `rx="${h / 2}"`)
}

function series(r: Rand, count: number): number[] {
  const values: number[] = []
  // A random walk with a slight upward trend, pulled back towards the middle so it never flattens
  // against the top or bottom of the chart.
  let v = 0.3 + r() * 0.2
  for (let i = 0; i < count; i++) {
    const target = 0.35 + (i / count) * 0.3
    v = Math.min(0.92, Math.max(0.08, v + (r() - 0.5) * 0.2 + (target - v) * 0.3))
    values.push(v)
  }
  return values
}

function points(values: number[], b: Box): Array<[number, number]> {
  return values.map((v, i) => [b.x + (i / (values.length - 1)) * b.w, b.y + b.h - v * b.h])
}

/** A figure card: label, the figure as a dark block, a trend chip and a sparkline (no digits:
 * numbers are formatted differently per locale, and the picture serves every locale). */
export function kpiCard(b: Box, p: Palette, r: Rand): string {
  const up = r() > 0.25
  const spark = points(series(r, 10), { x: b.x + b.w - 100, y: b.y + b.h - 58, w: 76, h: 34 })
  return (
    card(b) +
    bar(b.x + 22, b.y + 24, 70 + r() * 50) +
    rect(b.x + 22, b.y + 48, 80 + r() * 50, 30, INK, 'rx="7" fill-opacity="0.85"') +
    rect(b.x + 22, b.y + b.h - 34, 66, 22, up ? '#dcf5e7' : '#fde4e4', 'rx="11"') +
    `<path d="M${n(b.x + 46)} ${n(b.y + b.h - (up ? 18 : 28))}l9 ${up ? -8 : 8}l9 ${up ? 8 : -8}Z" fill="${up ? '#1c7c4b' : '#b42323'}"/>` +
    `<polyline points="${spark.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${p.accent}" stroke-width="3" stroke-linejoin="round"/>`
  )
}

/** Area chart with grid lines; gradient id must be defined by the caller's <defs>. */
export function areaChart(b: Box, p: Palette, r: Rand, gradientId: string): string {
  const plot = { x: b.x + 30, y: b.y + 70, w: b.w - 60, h: b.h - 100 }
  const grid = [0, 1, 2, 3]
    .map((i) => rect(plot.x, plot.y + (i * plot.h) / 3, plot.w, 1.5, LINE))
    .join('')
  const pick = (values: number[]) =>
    points(values, plot)
      .map(([x, y]) => `${n(x)},${n(y)}`)
      .join(' ')
  const main = pick(series(r, 16))
  const second = pick(series(r, 16).map((v) => v * 0.6))
  return (
    card(b) +
    bar(b.x + 30, b.y + 30, 160, '#c3cbd6', 12) +
    bar(b.x + b.w - 150, b.y + 30, 120) +
    grid +
    `<polygon points="${n(plot.x)},${n(plot.y + plot.h)} ${main} ${n(plot.x + plot.w)},${n(plot.y + plot.h)}" fill="url(#${gradientId})"/>` +
    `<polyline points="${main}" fill="none" stroke="${p.primary}" stroke-width="4" stroke-linejoin="round"/>` +
    `<polyline points="${second}" fill="none" stroke="${p.warm}" stroke-width="3" stroke-dasharray="10 8"/>`
  )
}

export function barChart(b: Box, p: Palette, r: Rand): string {
  const plot = { x: b.x + 30, y: b.y + 70, w: b.w - 60, h: b.h - 100 }
  const count = 12
  const slot = plot.w / count
  let bars = ''
  for (let i = 0; i < count; i++) {
    const h1 = (0.3 + r() * 0.65) * plot.h
    const h2 = h1 * (0.35 + r() * 0.4)
    bars += rect(
      plot.x + i * slot + slot * 0.15,
      plot.y + plot.h - h1,
      slot * 0.32,
      h1,
      p.primary,
      'rx="4"',
    )
    bars += rect(
      plot.x + i * slot + slot * 0.52,
      plot.y + plot.h - h2,
      slot * 0.32,
      h2,
      p.accent,
      'rx="4"',
    )
  }
  return (
    card(b) +
    bar(b.x + 30, b.y + 30, 180, '#c3cbd6', 12) +
    rect(plot.x, plot.y + plot.h, plot.w, 2, LINE) +
    bars
  )
}

export function donut(b: Box, p: Palette, r: Rand): string {
  const cx = b.x + b.w / 2
  const cy = b.y + b.h / 2 + 10
  const radius = Math.min(b.w, b.h) * 0.3
  const circumference = 2 * Math.PI * radius
  const shares = [0.35 + r() * 0.2, 0.15 + r() * 0.1, 0.1 + r() * 0.1]
  const colors = [p.primary, p.accent, p.warm]
  let offset = 0
  let arcs = circle(cx, cy, radius, 'none', `stroke="${LINE}" stroke-width="26"`)
  shares.forEach((s, i) => {
    arcs += circle(
      cx,
      cy,
      radius,
      'none',
      `stroke="${colors[i]}" stroke-width="26" ` +
        `stroke-dasharray="${n(s * circumference)} ${n(circumference)}" stroke-dashoffset="${n(-offset * circumference)}" ` +
        `transform="rotate(-90 ${n(cx)} ${n(cy)})"`,
    )
    offset += s
  })
  return (
    card(b) +
    bar(b.x + 30, b.y + 30, 120, '#c3cbd6', 12) +
    arcs +
    rect(cx - 36, cy - 12, 72, 24, INK, 'rx="6" fill-opacity="0.85"')
  )
}

export function table(b: Box, p: Palette, r: Rand, rows: number): string {
  const rowH = (b.h - 60) / rows
  const statuses = [
    ['#dcf5e7', '#1c7c4b'],
    ['#fff1d6', '#9a6200'],
    [p.accentSoft, p.dark],
  ]
  let out = card(b) + bar(b.x + 30, b.y + 26, 150, '#c3cbd6', 12)
  for (let i = 0; i < rows; i++) {
    const y = b.y + 56 + i * rowH
    const [bg, fg] = statuses[Math.floor(r() * statuses.length)]
    out +=
      rect(b.x + 20, y, b.w - 40, 1.5, LINE) +
      circle(
        b.x + 48,
        y + rowH / 2,
        13,
        i % 2 ? p.accentSoft : p.light,
        `stroke="${p.primary}" stroke-width="2"`,
      ) +
      bar(b.x + 76, y + rowH / 2 - 5, 120 + r() * 120, '#c3cbd6') +
      bar(b.x + b.w * 0.45, y + rowH / 2 - 5, 80 + r() * 90) +
      bar(b.x + b.w * 0.68, y + rowH / 2 - 5, 60 + r() * 50) +
      rect(b.x + b.w - 130, y + rowH / 2 - 12, 96, 24, bg, 'rx="12"') +
      bar(b.x + b.w - 112, y + rowH / 2 - 4, 60, fg, 8)
  }
  return out
}

export function progressList(b: Box, p: Palette, r: Rand, rows: number): string {
  const colors = [p.primary, p.accent, p.warm]
  let out = card(b) + bar(b.x + 30, b.y + 30, 140, '#c3cbd6', 12)
  const rowH = (b.h - 80) / rows
  for (let i = 0; i < rows; i++) {
    const y = b.y + 76 + i * rowH
    const share = 0.25 + r() * 0.7
    out +=
      bar(b.x + 30, y, 90 + r() * 80) +
      bar(b.x + b.w - 70, y, 40, MUTED) +
      bar(b.x + 30, y + 22, b.w - 60, '#edf0f4', 12) +
      bar(b.x + 30, y + 22, (b.w - 60) * share, colors[i % 3], 12)
  }
  return out
}
