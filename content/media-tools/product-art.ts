// Product illustrations: a screen that shows what the product does (a sea chart for a vessel
// tracker, a load curve for an energy platform, a terminal for DevOps; see product-scenes.ts) in
// the maker's colours, framed as an application window. No words are drawn: the same picture is
// shown on the English, Bulgarian and German pages, so labels are abstract bars.
import { markFor } from './marks.ts'
import { paletteFor, seededRandom } from './palette.ts'
import type { Palette } from './palette.ts'
import { SCENES, scenesFor } from './product-scenes.ts'
import type { Frame, SceneName } from './product-scenes.ts'
import { circle, linearGradient, rect, svgDocument } from './svg.ts'
import { activityFeed, networkMap, timeline } from './widgets-ops.ts'
import { areaChart, bar, barChart, donut, kpiCard, progressList, table } from './widgets.ts'
import type { Box, Rand } from './widgets.ts'

export const PRODUCT_SIZE = { width: 1600, height: 1000 }

const WIN: Box = { x: 110, y: 90, w: 1380, h: 830 }
const SIDEBAR_W = 270
const CONTENT = { x: WIN.x + SIDEBAR_W + 30, y: 230, w: WIN.w - SIDEBAR_W - 60 }
/** Where a scene draws, per frame: below the toolbar, beside the sidebar when there is one. */
const SCENE_BOX: Record<Frame, Box> = {
  app: { x: CONTENT.x, y: 220, w: CONTENT.w, h: 675 },
  wide: { x: WIN.x + 40, y: 220, w: WIN.w - 80, h: 675 },
  dark: { x: WIN.x + 40, y: 220, w: WIN.w - 80, h: 675 },
  bare: { x: 160, y: 110, w: 1280, h: 780 },
}

export type ProductArtInput = {
  name: string
  seed: string
  /** Position among the maker's pictures (the scene now comes from slug and categories). */
  variant: number
  host: string
  memberName: string
  memberSlug: string
  /** The product's slug and categories choose the scene (see product-scenes.ts). */
  slug?: string
  categories?: string[]
  /** 1 for the product's first picture; further pictures show its next scenes. */
  view?: number
}

function dashboardLayout(p: Palette, r: Rand): string {
  const { x, y, w } = CONTENT
  const kw = (w - 60) / 4
  const kpis = [0, 1, 2, 3]
    .map((i) => kpiCard({ x: x + i * (kw + 20), y, w: kw, h: 130 }, p, r))
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
  const minis = [0, 1, 2]
    .map((i) => kpiCard({ x: x + left + 20, y: y + i * 132, w: w - left - 20, h: 116 }, p, r))
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

const LAYOUTS: Partial<Record<SceneName, (p: Palette, r: Rand) => string>> = {
  dashboard: dashboardLayout,
  analytics: analyticsLayout,
  operations: operationsLayout,
}

function windowChrome(dark: boolean): string {
  const { x, y, w } = WIN
  const dots = ['#ff5f57', '#febc2e', '#28c840']
    .map((c, i) => circle(x + 30 + i * 24, y + 26, 7, c))
    .join('')
  // The address bar holds a padlock and a bar, not the address: it would be text.
  const address =
    rect(x + w / 2 - 260, y + 12, 520, 28, dark ? '#2b323c' : '#ffffff', 'rx="14"') +
    rect(x + w / 2 - 236, y + 24, 10, 8, '#8792a2', 'rx="2"') +
    bar(x + w / 2 - 212, y + 21, 180, dark ? '#4a5360' : '#dfe4ea', 10)
  return (
    rect(x, y, w, 52, dark ? '#1f252e' : '#eceff3') +
    dots +
    address +
    rect(x, y + 52, w, 1, dark ? '#30363d' : '#d9dee5')
  )
}

function sidebar(input: ProductArtInput, p: Palette, r: Rand): string {
  const x = WIN.x
  const top = WIN.y + 53
  let out =
    rect(x, top, SIDEBAR_W, WIN.h - 53, p.dark) +
    `<g transform="translate(${x + 24} ${top + 26}) scale(0.4)">${markFor(input.memberName, input.memberSlug, p)}</g>` +
    bar(x + 82, top + 36, 120, '#ffffff', 14)
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

/** The page's toolbar: a title bar, a search field, a button and the user's avatar. */
function toolbar(
  left: number,
  right: number,
  p: Palette,
  dark: boolean,
  withBrand: boolean,
  input: ProductArtInput,
): string {
  const y = WIN.y + 80
  const ink = dark ? '#c9d1d9' : '#1c2533'
  const brand = withBrand
    ? `<g transform="translate(${left} ${y - 4}) scale(0.36)">${markFor(input.memberName, input.memberSlug, p)}</g>`
    : ''
  const tx = withBrand ? left + 60 : left
  return (
    brand +
    bar(tx, y + 8, 260, ink, 20) +
    bar(tx + 280, y + 13, 120, dark ? '#4a5360' : '#c3cbd6', 10) +
    rect(
      right - 420,
      y,
      250,
      44,
      dark ? '#232a33' : '#ffffff',
      `rx="22" stroke="${dark ? '#30363d' : '#e3e8ef'}" stroke-width="2"`,
    ) +
    circle(right - 390, y + 22, 8, 'none', 'stroke="#9aa5b4" stroke-width="3"') +
    bar(right - 366, y + 17, 120, dark ? '#4a5360' : '#d5dbe4') +
    rect(right - 144, y, 44, 44, p.accent, 'rx="12"') +
    circle(right - 46, y + 22, 22, p.accentSoft, `stroke="${p.primary}" stroke-width="3"`)
  )
}

/** The scene a product picture shows (the alt text says what it is). */
export function productScene(input: ProductArtInput): SceneName {
  const scenes = scenesFor(input.slug ?? input.seed, input.categories)
  return scenes[((input.view ?? 1) - 1) % scenes.length]
}

export function productSvg(input: ProductArtInput): string {
  const p = paletteFor(input.memberSlug)
  const r = seededRandom(input.seed)
  const name = productScene(input)
  const scene = SCENES[name]
  const frame = scene.frame
  const dark = frame === 'dark'
  const box = SCENE_BOX[frame]
  const layout = LAYOUTS[name]
  const body = layout ? layout(p, r) : scene.draw(box, p, r)
  const defs =
    `<defs>${linearGradient('bg', p.dark, p.primary, 'diagonal')}` +
    `<linearGradient id="area" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.accent}" stop-opacity="0.45"/>` +
    `<stop offset="1" stop-color="${p.accent}" stop-opacity="0.03"/></linearGradient>` +
    `<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.55" stop-color="#000000" stop-opacity="0"/>` +
    `<stop offset="1" stop-color="#000000" stop-opacity="0.55"/></radialGradient>` +
    `<clipPath id="win"><rect x="${WIN.x}" y="${WIN.y}" width="${WIN.w}" height="${WIN.h}" rx="20"/></clipPath>` +
    `<filter id="shadow" x="-10%" y="-10%" width="120%" height="130%"><feGaussianBlur stdDeviation="22"/></filter></defs>`
  const backdrop =
    rect(0, 0, PRODUCT_SIZE.width, PRODUCT_SIZE.height, 'url(#bg)') +
    circle(1470, 110, 280, p.accent, 'fill-opacity="0.16"') +
    circle(90, 960, 230, '#ffffff', 'fill-opacity="0.06"')
  if (frame === 'bare') {
    return svgDocument(PRODUCT_SIZE.width, PRODUCT_SIZE.height, defs + backdrop + body)
  }
  const shadow = rect(
    WIN.x + 30,
    WIN.y + 40,
    WIN.w - 60,
    WIN.h,
    '#000000',
    'fill-opacity="0.35" filter="url(#shadow)"',
  )
  const withSidebar = frame === 'app'
  const left = withSidebar ? CONTENT.x : WIN.x + 40
  const app =
    `<g clip-path="url(#win)">${rect(WIN.x, WIN.y, WIN.w, WIN.h, dark ? '#0d1117' : '#f5f7fa')}${windowChrome(dark)}` +
    (withSidebar ? sidebar(input, p, r) : '') +
    toolbar(left, WIN.x + WIN.w - 40, p, dark, !withSidebar, input) +
    `${body}</g>`
  return svgDocument(PRODUCT_SIZE.width, PRODUCT_SIZE.height, defs + backdrop + shadow + app)
}
