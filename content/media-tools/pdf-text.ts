// Inline text layout for pdf-lib: wraps runs (plain text and links) into lines, then draws each
// line, colouring links and adding clickable link annotations over them.
import { PDFString } from 'pdf-lib'
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib'
import type { Inline } from './rich-text.ts'

type Token = { text: string; href?: string; space: boolean; width: number }
export type Line = { tokens: Token[]; width: number }
export type TextStyle = { font: PDFFont; size: number; color: RGB; linkColor: RGB }

function tokenize(runs: Inline[], style: TextStyle): Token[] {
  const tokens: Token[] = []
  let pendingSpace = false
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue
      if (/^\s+$/.test(part)) {
        pendingSpace = true
        continue
      }
      tokens.push({
        text: part,
        href: run.href,
        space: pendingSpace && tokens.length > 0,
        width: style.font.widthOfTextAtSize(part, style.size),
      })
      pendingSpace = false
    }
  }
  return tokens
}

export function layoutRuns(runs: Inline[], maxWidth: number, style: TextStyle): Line[] {
  const space = style.font.widthOfTextAtSize(' ', style.size)
  const lines: Line[] = []
  let current: Line = { tokens: [], width: 0 }
  for (const token of tokenize(runs, style)) {
    const extra = current.tokens.length && token.space ? space : 0
    if (current.tokens.length && current.width + extra + token.width > maxWidth) {
      lines.push(current)
      current = { tokens: [{ ...token, space: false }], width: token.width }
    } else {
      current.tokens.push(token)
      current.width += extra + token.width
    }
  }
  if (current.tokens.length) lines.push(current)
  return lines
}

function addLinkAnnotation(doc: PDFDocument, page: PDFPage, rect: number[], href: string): void {
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(href) },
  })
  page.node.addAnnot(doc.context.register(annotation))
}

/** Draws one laid-out line with its baseline at y; consecutive tokens of one style form one string. */
export function drawLine(
  doc: PDFDocument,
  page: PDFPage,
  line: Line,
  x: number,
  y: number,
  style: TextStyle,
): void {
  const space = style.font.widthOfTextAtSize(' ', style.size)
  let cursor = x
  let i = 0
  while (i < line.tokens.length) {
    const href = line.tokens[i].href
    if (i > 0 && line.tokens[i].space) cursor += space
    let text = line.tokens[i].text
    let j = i + 1
    while (j < line.tokens.length && line.tokens[j].href === href) {
      text += (line.tokens[j].space ? ' ' : '') + line.tokens[j].text
      j++
    }
    const width = style.font.widthOfTextAtSize(text, style.size)
    page.drawText(text, {
      x: cursor,
      y,
      size: style.size,
      font: style.font,
      color: href ? style.linkColor : style.color,
    })
    if (href) {
      page.drawLine({
        start: { x: cursor, y: y - 1.5 },
        end: { x: cursor + width, y: y - 1.5 },
        thickness: 0.5,
        color: style.linkColor,
      })
      addLinkAnnotation(doc, page, [cursor, y - 3, cursor + width, y + style.size * 0.8], href)
    }
    cursor += width
    i = j
  }
}
