// Event banners (1600 × 900) and the default share image (1200 × 630): a dark field with the text
// on the left and the tile pattern on the right.
import { fitText, textWidth } from './measure.ts'
import { CLUSTER_PALETTE, paletteFor, seededRandom } from './palette.ts'
import { tilePattern } from './pattern.ts'
import { circle, linearGradient, rect, svgDocument, text, textLines } from './svg.ts'

export const EVENT_SIZE = { width: 1600, height: 900 }
export const SHARE_SIZE = { width: 1200, height: 630 }

/** "HITS CLUSTER" wordmark: a small tile square plus letter-spaced text (omitted when empty). */
export function wordmark(x: number, y: number, name: string, size: number): string {
  const c = CLUSTER_PALETTE
  const s = size * 0.55
  return (
    rect(x, y - size, s, s, c.accent) +
    rect(x + s + 4, y - size, s, s, c.warm) +
    rect(x, y - size + s + 4, s, s, '#ffffff') +
    rect(x + s + 4, y - size + s + 4, s, s, c.primary) +
    (name === ''
      ? ''
      : text(x + 2 * s + 22, y - 4, name.toUpperCase(), {
          size: size * 0.62,
          fill: '#ffffff',
          weight: 'bold',
          letterSpacing: 3,
        }))
  )
}

export type EventArtInput = {
  slug: string
  title: string
  kindLabel: string
  /** "Postponed" or "Cancelled"; shown as a second pill. */
  status?: string
  dateLine: string
  placeLine: string
  clusterName: string
}

function pill(x: number, label: string, fill: string): { svg: string; width: number } {
  const upper = label.toUpperCase()
  const width = textWidth(upper, 20, 'bold') + 40 + upper.length * 2
  const svg =
    rect(x, 190, width, 44, fill, 'rx="22"') +
    text(x + 20, 220, upper, { size: 20, fill: '#ffffff', weight: 'bold', letterSpacing: 2 })
  return { svg, width }
}

export function eventSvg(input: EventArtInput): string {
  const { width, height } = EVENT_SIZE
  const p = paletteFor(input.slug)
  const r = seededRandom(`${input.slug}#banner`)
  const tileSize = 150
  const pattern = `<g opacity="0.92">${tilePattern(1000, 0, 4, 6, tileSize, [p.primary, p.accent, p.dark, p.warm, '#ffffff'], r)}</g>`
  const title = fitText(input.title, {
    maxWidth: 820,
    maxLines: 4,
    maxSize: 76,
    minSize: 44,
    weight: 'bold',
  })
  const titleTop = 330 - ((title.lines.length - 2) * title.size * 1.15) / 2
  const kind = pill(90, input.kindLabel, p.accent)
  const status = input.status ? pill(90 + kind.width + 16, input.status, '#c0392b').svg : ''
  // Venue names can be long ("Hotel …, Conference Hall, Sofia and online"): shrink, then wrap.
  const date = fitText(input.dateLine, {
    maxWidth: 840,
    maxLines: 1,
    maxSize: 34,
    minSize: 24,
    weight: 'bold',
  })
  const place = fitText(input.placeLine, { maxWidth: 840, maxLines: 2, maxSize: 28, minSize: 22 })
  const afterTitle = titleTop + title.size + (title.lines.length - 1) * title.size * 1.15 + 44
  const body =
    rect(0, 0, width, height, 'url(#bg)') +
    pattern +
    rect(960, 0, 40, height, p.dark) +
    wordmark(90, 130, input.clusterName, 44) +
    kind.svg +
    status +
    textLines(
      90,
      titleTop + title.size,
      title.lines,
      { size: title.size, fill: '#ffffff', weight: 'bold' },
      1.15,
    ) +
    rect(90, afterTitle, 90, 6, p.warm, 'rx="3"') +
    text(90, afterTitle + 64, date.lines[0], { size: date.size, fill: '#ffffff', weight: 'bold' }) +
    textLines(
      90,
      afterTitle + 112,
      place.lines,
      { size: place.size, fill: '#ffffff', opacity: 0.8 },
      1.3,
    )
  const defs = `<defs>${linearGradient('bg', p.dark, '#0b1220', 'diagonal')}</defs>`
  return svgDocument(width, height, defs + body, input.title)
}

export function shareSvg(clusterName: string, tagline: string): string {
  const { width, height } = SHARE_SIZE
  const c = CLUSTER_PALETTE
  const r = seededRandom('settings-share')
  const pattern = tilePattern(
    780,
    0,
    4,
    6,
    105,
    [c.primary, c.accent, c.warm, '#ffffff', c.dark],
    r,
  )
  const name = fitText(clusterName, {
    maxWidth: 640,
    maxLines: 1,
    maxSize: 84,
    minSize: 48,
    weight: 'bold',
  })
  const tag = fitText(tagline, { maxWidth: 620, maxLines: 4, maxSize: 40, minSize: 28 })
  const body =
    rect(0, 0, width, height, 'url(#bg)') +
    pattern +
    rect(760, 0, 20, height, c.dark) +
    circle(-40, height + 40, 200, c.accent, 'fill-opacity="0.12"') +
    wordmark(80, 130, '', 40) +
    text(80, 200 + name.size * 0.8, name.lines[0], {
      size: name.size,
      fill: '#ffffff',
      weight: 'bold',
    }) +
    rect(82, 336, 90, 6, c.warm, 'rx="3"') +
    textLines(
      80,
      400 + (tag.size - 32),
      tag.lines,
      { size: tag.size, fill: '#ffffff', opacity: 0.9 },
      1.3,
    )
  const defs = `<defs>${linearGradient('bg', c.dark, c.primary, 'diagonal')}</defs>`
  return svgDocument(width, height, defs + body, clusterName)
}
