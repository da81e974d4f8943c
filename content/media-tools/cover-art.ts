// Publication covers (1200 × 1600, portrait): tile pattern on top, kind, title, date and authors
// below, the cluster's wordmark in a dark footer band.
import { wordmark } from './banner-art.ts'
import { fitText } from './measure.ts'
import { paletteFor, seededRandom } from './palette.ts'
import { tilePattern } from './pattern.ts'
import { rect, svgDocument, text, textLines } from './svg.ts'

export const COVER_SIZE = { width: 1200, height: 1600 }

export type CoverInput = {
  slug: string
  title: string
  kindLabel: string
  dateLine: string
  authors: string
  clusterName: string
}

export function coverSvg(input: CoverInput): string {
  const { width, height } = COVER_SIZE
  const p = paletteFor(input.slug)
  const r = seededRandom(`${input.slug}#cover`)
  const title = fitText(input.title, {
    maxWidth: 1040,
    maxLines: 4,
    maxSize: 76,
    minSize: 44,
    weight: 'bold',
  })
  // Short titles leave room for a taller pattern, so the text block never floats in empty space.
  const rows = title.lines.length <= 2 ? 6 : 5
  const band = rows * 150
  const pattern = tilePattern(0, 0, 8, rows, 150, [p.primary, p.accent, p.dark, p.warm, p.light], r)
  const titleBase = band + 150 + title.size
  const afterTitle = titleBase + (title.lines.length - 1) * title.size * 1.15
  const authors = fitText(input.authors, { maxWidth: 1040, maxLines: 2, maxSize: 30, minSize: 24 })
  const body =
    rect(0, 0, width, height, '#f7f5f0') +
    pattern +
    rect(0, band, width, 14, p.dark) +
    text(80, band + 100, input.kindLabel.toUpperCase(), {
      size: 30,
      fill: p.primary,
      weight: 'bold',
      letterSpacing: 4,
    }) +
    textLines(
      80,
      titleBase,
      title.lines,
      { size: title.size, fill: '#161d29', weight: 'bold' },
      1.15,
    ) +
    rect(80, afterTitle + 40, 100, 8, p.accent, 'rx="4"') +
    text(80, afterTitle + 100, input.dateLine, { size: 32, fill: '#161d29', weight: 'bold' }) +
    textLines(80, afterTitle + 145, authors.lines, { size: authors.size, fill: '#4d5665' }, 1.3) +
    rect(0, height - 130, width, 130, p.dark) +
    wordmark(80, height - 45, input.clusterName, 44)
  return svgDocument(width, height, body, input.title)
}
