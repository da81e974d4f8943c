// Product brochures (English, A4, one or two pages): a header band in the maker's colours, the
// product illustration, summary, description and an "At a glance" fact list.
import type { PDFDocument } from 'pdf-lib'
import type { Member, Product } from './data.ts'
import { paletteFor } from './palette.ts'
import { A4, color, createPdf, savePdf } from './pdf-doc.ts'
import { portalText } from './i18n.ts'
import { PdfFlow } from './pdf-flow.ts'
import { drawLine, layoutRuns } from './pdf-text.ts'
import type { FlowTheme } from './pdf-flow.ts'
import { parseBlocks } from './rich-text.ts'

/** Products carry no date; brochures get a fixed one so that the PDFs are reproducible. */
const BROCHURE_DATE = '2026-01-15'
const HEADER_HEIGHT = 150

export type BrochureInput = {
  product: Product
  member: Member | undefined
  /** Label/value rows for the fact list, already resolved to English names. */
  facts: Array<[string, string]>
  /** JPEG of the product illustration. */
  image: Buffer
  /** Case studies: where (sector, country) and what came of it, in English. */
  references: Array<[string, string]>
}

function header(flow: PdfFlow, input: BrochureInput, makerName: string): void {
  const p = paletteFor(input.product.member)
  const page = flow.newPage()
  page.drawRectangle({
    x: 0,
    y: A4.height - HEADER_HEIGHT,
    width: A4.width,
    height: HEADER_HEIGHT,
    color: color(p.dark),
  })
  page.drawRectangle({
    x: 0,
    y: A4.height - HEADER_HEIGHT - 5,
    width: A4.width,
    height: 5,
    color: color(p.accent),
  })
  const kind = (input.product.kind ?? 'product').toUpperCase()
  page.drawText(`${makerName.toUpperCase()} · ${kind}`, {
    x: flow.left,
    y: A4.height - 52,
    size: 9,
    font: flow.fonts.bold,
    color: color(p.accentSoft),
  })
  flow.y = A4.height - 62
  flow.text([{ text: input.product.name }], flow.style('bold', 26, color('#ffffff')))
  flow.y = A4.height - HEADER_HEIGHT - 26
}

async function illustration(doc: PDFDocument, flow: PdfFlow, image: Buffer): Promise<void> {
  const jpg = await doc.embedJpg(image)
  const width = flow.width
  const height = (jpg.height / jpg.width) * width
  const page = flow.ensure(height)
  flow.y -= height
  page.drawImage(jpg, { x: flow.left, y: flow.y, width, height })
  flow.gap(18)
}

/** Two-column label/value table; rows never split across pages. */
function factList(flow: PdfFlow, facts: Array<[string, string]>): void {
  if (!facts.length) return
  const labelWidth = 100
  const value = flow.style('regular', 9.5)
  const label = flow.style('bold', 9, flow.theme.accent)
  const rowLines = facts.map(([, v]) => layoutRuns([{ text: v }], flow.width - labelWidth, value))
  flow.ensure(40 + rowLines[0].length * 14 + 12)
  flow.gap(10)
  flow.text([{ text: 'At a glance' }], flow.style('bold', 15))
  flow.gap(6)
  facts.forEach(([name], i) => {
    const lines = rowLines[i]
    const page = flow.ensure(lines.length * 14 + 12)
    page.drawLine({
      start: { x: flow.left, y: flow.y },
      end: { x: flow.left + flow.width, y: flow.y },
      thickness: 0.5,
      color: flow.theme.rule,
    })
    flow.gap(6)
    page.drawText(name, {
      x: flow.left,
      y: flow.y - 10,
      size: label.size,
      font: label.font,
      color: label.color,
    })
    lines.forEach((line, j) =>
      drawLine(flow.doc, page, line, flow.left + labelWidth, flow.y - 10 - j * 14, value),
    )
    flow.gap(lines.length * 14 + 6)
  })
}

/** The product's references: where, in bold, and the outcome under it. */
function referenceList(flow: PdfFlow, references: Array<[string, string]>): void {
  if (!references.length) return
  flow.ensure(80)
  flow.gap(14)
  flow.text([{ text: portalText('en', 'product.references') }], flow.style('bold', 15))
  flow.gap(4)
  for (const [where, outcome] of references) {
    flow.ensure(50)
    flow.gap(6)
    flow.text([{ text: where }], flow.style('bold', 9.5, flow.theme.accent))
    flow.text([{ text: outcome }], flow.style('regular', 10))
  }
}

export async function brochurePdf(input: BrochureInput): Promise<Buffer> {
  const { product, member } = input
  const makerName = member?.name ?? product.member
  const p = paletteFor(product.member)
  const { doc, fonts } = await createPdf({
    title: `${product.name}: product brochure`,
    author: makerName,
    subject: product.summary.en,
    keywords: [product.name, makerName, 'HITS Cluster'],
    language: 'en',
    date: BROCHURE_DATE,
  })
  const theme: FlowTheme = {
    ink: color('#1c2533'),
    muted: color('#5b6573'),
    accent: color(p.primary),
    rule: color('#d5dbe4'),
  }
  const flow = new PdfFlow(doc, fonts, theme, () => {})
  header(flow, input, makerName)
  await illustration(doc, flow, input.image)
  flow.text([{ text: product.summary.en }], flow.style('bold', 12.5))
  flow.gap(6)
  flow.blocks(parseBlocks(product.description?.en))
  factList(flow, input.facts)
  referenceList(flow, input.references)
  const contact = [makerName, member?.website?.replace(/^https?:\/\//, ''), member?.contact?.email]
    .filter(Boolean)
    .join(' · ')
  flow.footers(contact, (page, pages) => portalText('en', 'pagination.current', { page, pages }))
  return savePdf(doc)
}
