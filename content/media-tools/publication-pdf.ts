// Publication PDFs, one per locale: a title page (tile pattern, kind, title, date, authors,
// summary, publisher), then the body on the following pages, page numbers on every page.
import type { PDFPage } from 'pdf-lib'
import type { Locale, Publication, Settings } from './data.ts'
import { PDF_LABELS, formatDay, humanize, portalLabel, portalText } from './i18n.ts'
import { paletteFor, seededRandom } from './palette.ts'
import { tileShapes } from './pattern.ts'
import { A4, color, createPdf, savePdf } from './pdf-doc.ts'
import { PdfFlow } from './pdf-flow.ts'
import type { FlowTheme } from './pdf-flow.ts'
import { drawLine, layoutRuns } from './pdf-text.ts'
import { parseBlocks } from './rich-text.ts'

const BAND_HEIGHT = 4 * (A4.width / 8)

function drawPattern(page: PDFPage, slug: string): void {
  const p = paletteFor(slug)
  const shapes = tileShapes(
    0,
    0,
    8,
    4,
    A4.width / 8,
    [p.primary, p.accent, p.dark, p.warm, p.light],
    seededRandom(`${slug}#cover`),
  )
  for (const s of shapes) {
    const options = s.stroke
      ? { borderColor: color(s.stroke), borderWidth: s.strokeWidth }
      : { color: color(s.fill ?? '#000000') }
    page.drawSvgPath(s.d, { x: 0, y: A4.height, ...options })
  }
  page.drawRectangle({
    x: 0,
    y: A4.height - BAND_HEIGHT - 7,
    width: A4.width,
    height: 7,
    color: color(p.dark),
  })
}

function titlePage(
  flow: PdfFlow,
  pub: Publication,
  locale: Locale,
  kind: string,
  settings: Settings,
): void {
  const labels = PDF_LABELS[locale]
  const page = flow.newPage()
  drawPattern(page, pub.slug)
  flow.y = A4.height - BAND_HEIGHT - 40
  flow.text([{ text: kind.toUpperCase() }], flow.style('bold', 10, flow.theme.accent))
  flow.gap(6)
  flow.text([{ text: pub.title[locale] }], flow.style('bold', 24))
  flow.gap(10)
  flow.text(
    [{ text: `${portalText(locale, 'publication.date')}: ${formatDay(pub.date, locale)}` }],
    flow.style('bold', 10.5),
  )
  if (pub.authors?.length)
    flow.text(
      [{ text: `${portalText(locale, 'publication.authors')}: ${pub.authors.join(', ')}` }],
      flow.style('regular', 10.5, flow.theme.muted),
    )
  flow.gap(18)
  flow.text([{ text: labels.summary }], flow.style('bold', 12, flow.theme.accent))
  flow.gap(2)
  flow.text([{ text: pub.summary[locale] }], flow.style('regular', 12))
  // The publisher sits at the bottom of the title page, growing upwards from just above the
  // footer (drawn directly: flowing it could spill onto a page of its own).
  const clusterName = settings.clusterName ?? 'HITS Cluster'
  const publisher = [clusterName, settings.contact?.address?.[locale], settings.contact?.email]
    .filter(Boolean)
    .join(' · ')
  const style = flow.style('regular', 8.5, flow.theme.muted)
  const lines = layoutRuns([{ text: `${labels.publisher}: ${publisher}` }], flow.width, style)
  lines.forEach((line, i) =>
    drawLine(flow.doc, page, line, flow.left, 80 + (lines.length - 1 - i) * 12, style),
  )
}

export async function publicationPdf(
  pub: Publication,
  locale: Locale,
  settings: Settings,
): Promise<Buffer> {
  const p = paletteFor(pub.slug)
  const kind = portalLabel(locale, 'publication.kind', pub.kind, humanize('publication'))
  const clusterName = settings.clusterName ?? 'HITS Cluster'
  const { doc, fonts } = await createPdf({
    title: pub.title[locale],
    author: (pub.authors ?? [clusterName]).join(', '),
    subject: pub.summary[locale],
    keywords: [clusterName, kind],
    language: locale,
    date: pub.date,
  })
  const theme: FlowTheme = {
    ink: color('#1c2533'),
    muted: color('#5b6573'),
    accent: color(p.primary),
    rule: color('#d5dbe4'),
  }
  let bodyPage = false
  const flow = new PdfFlow(doc, fonts, theme, (page) => {
    // Running header on body pages only; the title page has the pattern instead.
    if (!bodyPage) return
    page.drawText(`${clusterName.toUpperCase()} · ${kind}`, {
      x: 64,
      y: A4.height - 46,
      size: 8,
      font: fonts.bold,
      color: theme.accent,
    })
    page.drawLine({
      start: { x: 64, y: A4.height - 54 },
      end: { x: A4.width - 64, y: A4.height - 54 },
      thickness: 0.5,
      color: theme.rule,
    })
  })
  titlePage(flow, pub, locale, kind, settings)
  bodyPage = true
  flow.newPage()
  flow.blocks(parseBlocks(pub.body?.[locale]))
  flow.footers(`${clusterName} · ${pub.title[locale]}`, (page, pages) =>
    portalText(locale, 'pagination.current', { page, pages }),
  )
  return savePdf(doc)
}
