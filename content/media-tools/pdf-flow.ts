// A small top-to-bottom page layout engine on top of pdf-lib: headings, wrapped paragraphs, bullet
// lists and quotes flow over as many A4 pages as needed; footers are added once the page count is
// known.
import type { PDFDocument, PDFPage, RGB } from 'pdf-lib'
import { A4 } from './pdf-doc.ts'
import type { PdfFonts } from './pdf-doc.ts'
import { drawLine, layoutRuns } from './pdf-text.ts'
import type { TextStyle } from './pdf-text.ts'
import type { Block, Inline } from './rich-text.ts'

export type FlowTheme = { ink: RGB; muted: RGB; accent: RGB; rule: RGB }

const MARGIN = { left: 64, right: 64, top: 78, bottom: 72 }
const BODY_SIZE = 10.5
const LEADING = 1.45

export class PdfFlow {
  doc: PDFDocument
  fonts: PdfFonts
  theme: FlowTheme
  /** Called for every new page, e.g. to draw a running header. */
  decorate: (page: PDFPage) => void
  page: PDFPage | null = null
  y = 0
  readonly left = MARGIN.left
  readonly width = A4.width - MARGIN.left - MARGIN.right

  constructor(
    doc: PDFDocument,
    fonts: PdfFonts,
    theme: FlowTheme,
    decorate: (page: PDFPage) => void,
  ) {
    this.doc = doc
    this.fonts = fonts
    this.theme = theme
    this.decorate = decorate
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height])
    this.decorate(this.page)
    this.y = A4.height - MARGIN.top
    return this.page
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensure(height: number): PDFPage {
    if (!this.page || this.y - height < MARGIN.bottom) return this.newPage()
    return this.page
  }

  gap(points: number): void {
    this.y -= points
  }

  style(font: 'regular' | 'bold' | 'italic', size: number, color?: RGB): TextStyle {
    return {
      font: this.fonts[font],
      size,
      color: color ?? this.theme.ink,
      linkColor: this.theme.accent,
    }
  }

  /** Wrapped text; `indent` shifts it right, `marker` (e.g. a bullet) is drawn in the indent. */
  text(runs: Inline[], style: TextStyle, indent = 0, marker?: string): void {
    const lineHeight = style.size * LEADING
    const lines = layoutRuns(runs, this.width - indent, style)
    lines.forEach((line, i) => {
      const page = this.ensure(lineHeight)
      this.y -= lineHeight
      const baseline = this.y + (lineHeight - style.size) / 2 + 1
      if (i === 0 && marker)
        page.drawText(marker, {
          x: this.left + indent - 12,
          y: baseline,
          size: style.size,
          font: style.font,
          color: this.theme.accent,
        })
      drawLine(this.doc, page, line, this.left + indent, baseline, style)
    })
  }

  heading(text: string, level: 'h2' | 'h3'): void {
    const size = level === 'h2' ? 15 : 12
    // Keep a heading together with at least three lines of what follows it.
    this.ensure(size * 2.4 + BODY_SIZE * LEADING * 3)
    this.gap(level === 'h2' ? 14 : 8)
    this.text(
      [{ text }],
      this.style('bold', size, level === 'h2' ? this.theme.ink : this.theme.accent),
    )
    this.gap(4)
  }

  quote(runs: Inline[]): void {
    const page = this.ensure(BODY_SIZE * LEADING * 2 + 8)
    const start = this.y
    this.gap(4)
    this.text(runs, this.style('italic', 11.5, this.theme.muted), 18)
    this.gap(4)
    // A quote that breaks across pages gets no bar rather than a misplaced one.
    if (this.page === page)
      page.drawRectangle({
        x: this.left + 2,
        y: this.y,
        width: 3,
        height: start - this.y,
        color: this.theme.accent,
      })
  }

  blocks(blocks: Block[]): void {
    blocks.forEach((block, i) => {
      switch (block.type) {
        case 'h2':
        case 'h3':
          this.heading(block.runs[0]?.text ?? '', block.type)
          break
        case 'quote':
          this.quote(block.runs)
          this.gap(8)
          break
        case 'li':
          this.text(block.runs, this.style('regular', BODY_SIZE), 16, '•')
          this.gap(blocks[i + 1]?.type === 'li' ? 2 : 8)
          break
        default:
          this.text(block.runs, this.style('regular', BODY_SIZE))
          this.gap(8)
      }
    })
  }

  /** Draws `label(page, total)` and `left` in the footer of every page from `from` on. */
  footers(left: string, label: (page: number, total: number) => string, from = 0): void {
    const pages = this.doc.getPages()
    const style = this.style('regular', 8, this.theme.muted)
    pages.forEach((page, i) => {
      if (i < from) return
      const text = label(i + 1, pages.length)
      const width = style.font.widthOfTextAtSize(text, style.size)
      page.drawLine({
        start: { x: this.left, y: 50 },
        end: { x: A4.width - MARGIN.right, y: 50 },
        thickness: 0.5,
        color: this.theme.rule,
      })
      let caption = left
      while (
        caption.length > 1 &&
        style.font.widthOfTextAtSize(caption, style.size) > this.width - width - 24
      )
        caption = `${caption.slice(0, -2).trimEnd()}…`
      page.drawText(caption, {
        x: this.left,
        y: 36,
        size: style.size,
        font: style.font,
        color: style.color,
      })
      page.drawText(text, {
        x: A4.width - MARGIN.right - width,
        y: 36,
        size: style.size,
        font: style.font,
        color: style.color,
      })
    })
  }
}
