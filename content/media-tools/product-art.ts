// Product illustrations: a stylised application window in the maker's colours with the product
// name in its header. One of three dashboard layouts is picked per image from its seed.
import { markFor } from './marks.ts'
import { fitText } from './measure.ts'
import { hash, paletteFor, seededRandom } from './palette.ts'
import type { Palette } from './palette.ts'
import { circle, linearGradient, rect, svgDocument, text, textLines } from './svg.ts'
import { activityFeed, networkMap, timeline } from './widgets-ops.ts'
import { areaChart, bar, barChart, donut, kpiCard, progressList, table } from './widgets.ts'
import type { Box, Rand } from './widgets.ts'

export const PRODUCT_SIZE = { width: 1600, height: 1000 }

const WIN: Box = { x: 110, y: 90, w: 1380, h: 830 }
const SIDEBAR_W = 270
const CONTENT = { x: WIN.x + SIDEBAR_W + 30, y: 250, w: WIN.w - SIDEBAR_W - 60 }

export type ProductArtInput = {
  name: string
  seed: string
  /** Position among the maker's pictures; consecutive variants get different layouts. */
  variant: number
  host: string
  memberName: string
  memberSlug: string
}

function kpiValues(r: Rand): string[] {
  const formats = [
    () => (1000 + Math.floor(r() * 9000)).toLocaleString('en-GB'),
    () => `${(80 + r() * 19.9).toFixed(1)}%`,
    () => `€${(10 + r() * 90).toFixed(1)}k`,
    () => `${Math.floor(40 + r() * 400)} ms`,
    () => `${Math.floor(10 + r() * 90)}`,
  ]
  return [0, 1, 2, 3].map((i) => formats[(i + Math.floor(r() * 5)) % formats.length]())
}

function dashboardLayout(p: Palette, r: Rand): string {
  const { x, y, w } = CONTENT
  const kw = (w - 60) / 4
  const values = kpiValues(r)
  const kpis = values
    .map((v, i) => kpiCard({ x: x + i * (kw + 20), y, w: kw, h: 130 }, p, r, v))
    .join('')
  return (
    kpis +
    areaChart({ x, y: y + 150, w: w * 0.64, h: 300 }, p, r, 'area') +
    donut({ x: x + w * 0.64 + 20, y: y + 150, w: w * 0.36 - 20, h: 300 }, p, r) +
    table({ x, y: y + 470, w, h: 170 }, p, r, 3)
  )
}

function analyticsLayout(p: Palette, r: Rand): string {
  const { x, y, w } = CONTENT
  const left = w * 0.64
  const values = kpiValues(r)
  const minis = [0, 1, 2]
    .map((i) =>
      kpiCard({ x: x + left + 20, y: y + i * 132, w: w - left - 20, h: 116 }, p, r, values[i]),
    )
    .join('')
  return (
    barChart({ x, y, w: left, h: 380 }, p, r) +
    minis +
    progressList({ x, y: y + 400, w: w / 2 - 10, h: 240 }, p, r, 4) +
    areaChart({ x: x + w / 2 + 10, y: y + 400, w: w / 2 - 10, h: 240 }, p, r, 'area')
  )
}

function operationsLayout(p: Palette, r: Rand): string {
  const { x, y, w } = CONTENT
  const left = w * 0.64
  return (
    networkMap({ x, y, w: left, h: 410 }, p, r) +
    activityFeed({ x: x + left + 20, y, w: w - left - 20, h: 410 }, p, r, 6) +
    timeline({ x, y: y + 430, w, h: 210 }, p, r, 4)
  )
}

const LAYOUTS = [dashboardLayout, analyticsLayout, operationsLayout]

function windowChrome(input: ProductArtInput): string {
  const { x, y, w } = WIN
  const dots = ['#ff5f57', '#febc2e', '#28c840']
    .map((c, i) => circle(x + 30 + i * 24, y + 26, 7, c))
    .join('')
  const address =
    rect(x + w / 2 - 260, y + 12, 520, 28, '#ffffff', 'rx="14"') +
    text(x + w / 2, y + 31, input.host, { size: 14, fill: '#6b7686', anchor: 'middle' })
  return rect(x, y, w, 52, '#eceff3') + dots + address + rect(x, y + 52, w, 1, '#d9dee5')
}

function sidebar(input: ProductArtInput, p: Palette, r: Rand): string {
  const x = WIN.x
  const top = WIN.y + 53
  const brand = fitText(input.memberName, {
    maxWidth: SIDEBAR_W - 96,
    maxLines: 2,
    maxSize: 20,
    minSize: 13,
    weight: 'bold',
  })
  let out =
    rect(x, top, SIDEBAR_W, WIN.h - 53, p.dark) +
    `<g transform="translate(${x + 24} ${top + 26}) scale(0.4)">${markFor(input.memberName, input.memberSlug, p)}</g>` +
    textLines(x + 82, top + 40 + (brand.lines.length === 1 ? 8 : 0), brand.lines, {
      size: brand.size,
      fill: '#ffffff',
      weight: 'bold',
    })
  for (let i = 0; i < 7; i++) {
    const y = top + 120 + i * 54
    const active = i === 1
    if (active)
      out +=
        rect(x + 14, y - 14, SIDEBAR_W - 28, 44, '#ffffff', 'rx="10" fill-opacity="0.12"') +
        rect(x + 14, y - 14, 5, 44, p.accent, 'rx="2.5"')
    out +=
      rect(
        x + 34,
        y - 3,
        20,
        20,
        active ? p.accent : '#ffffff',
        `rx="5" fill-opacity="${active ? 1 : 0.35}"`,
      ) +
      rect(
        x + 70,
        y + 2,
        80 + r() * 80,
        10,
        '#ffffff',
        `rx="5" fill-opacity="${active ? 0.9 : 0.35}"`,
      )
  }
  return (
    out +
    circle(x + 46, WIN.y + WIN.h - 50, 18, p.accentSoft) +
    rect(x + 76, WIN.y + WIN.h - 60, 110, 9, '#ffffff', 'rx="4.5" fill-opacity="0.6"') +
    rect(x + 76, WIN.y + WIN.h - 44, 70, 8, '#ffffff', 'rx="4" fill-opacity="0.3"')
  )
}

function header(input: ProductArtInput, p: Palette): string {
  const x = CONTENT.x
  const title = fitText(input.name, {
    maxWidth: CONTENT.w - 420,
    maxLines: 1,
    maxSize: 40,
    minSize: 22,
    weight: 'bold',
  })
  return (
    text(x, WIN.y + 118, title.lines[0], { size: title.size, fill: '#1c2533', weight: 'bold' }) +
    bar(x, WIN.y + 138, 220, '#c3cbd6', 10) +
    rect(
      CONTENT.x + CONTENT.w - 380,
      WIN.y + 84,
      250,
      44,
      '#ffffff',
      'rx="22" stroke="#e3e8ef" stroke-width="2"',
    ) +
    circle(
      CONTENT.x + CONTENT.w - 350,
      WIN.y + 106,
      8,
      'none',
      'stroke="#9aa5b4" stroke-width="3"',
    ) +
    bar(CONTENT.x + CONTENT.w - 326, WIN.y + 101, 120) +
    rect(CONTENT.x + CONTENT.w - 104, WIN.y + 84, 44, 44, p.accent, 'rx="12"') +
    circle(
      CONTENT.x + CONTENT.w - 22,
      WIN.y + 106,
      22,
      p.accentSoft,
      `stroke="${p.primary}" stroke-width="3"`,
    )
  )
}

export function productSvg(input: ProductArtInput): string {
  const p = paletteFor(input.memberSlug)
  const r = seededRandom(input.seed)
  const layout = LAYOUTS[(hash(input.memberSlug) + input.variant) % LAYOUTS.length]
  const defs =
    `<defs>${linearGradient('bg', p.dark, p.primary, 'diagonal')}` +
    `<linearGradient id="area" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.45"/>` +
    `<stop offset="1" stop-color="${p.accent}" stop-opacity="0.03"/></linearGradient>` +
    `<clipPath id="win"><rect x="${WIN.x}" y="${WIN.y}" width="${WIN.w}" height="${WIN.h}" rx="20"/></clipPath>` +
    `<filter id="shadow" x="-10%" y="-10%" width="120%" height="130%"><feGaussianBlur stdDeviation="22"/></filter></defs>`
  const backdrop =
    rect(0, 0, PRODUCT_SIZE.width, PRODUCT_SIZE.height, 'url(#bg)') +
    circle(1470, 110, 280, p.accent, 'fill-opacity="0.16"') +
    circle(90, 960, 230, '#ffffff', 'fill-opacity="0.06"') +
    rect(
      WIN.x + 30,
      WIN.y + 40,
      WIN.w - 60,
      WIN.h,
      '#000000',
      'fill-opacity="0.35" filter="url(#shadow)"',
    )
  const app =
    `<g clip-path="url(#win)">${rect(WIN.x, WIN.y, WIN.w, WIN.h, '#f5f7fa')}${windowChrome(input)}` +
    `${sidebar(input, p, r)}${header(input, p)}${layout(p, r)}</g>`
  return svgDocument(PRODUCT_SIZE.width, PRODUCT_SIZE.height, defs + backdrop + app, input.name)
}
