// Creates pdf-lib documents with the DejaVu fonts embedded (subset, so Cyrillic and umlauts render
// and files stay small) and fixed metadata, so that the same input gives byte-identical PDFs.
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'
import type { PDFFont, RGB } from 'pdf-lib'
import { fontBytes } from './fonts.ts'
import { rgb01 } from './palette.ts'

export type PdfFonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont }

export type PdfMeta = {
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
  /** ISO date; creation and modification date are set to it (never "now"). */
  date: string
}

export const A4 = { width: 595.28, height: 841.89 }

export function color(hex: string): RGB {
  return rgb(...rgb01(hex))
}

export async function createPdf(meta: PdfMeta): Promise<{ doc: PDFDocument; fonts: PdfFonts }> {
  // updateMetadata: false stops pdf-lib from stamping the current time and its own producer.
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const embed = (weight: 'regular' | 'bold' | 'italic', name: string) =>
    doc.embedFont(fontBytes(weight), { subset: true, customName: name })
  const fonts: PdfFonts = {
    // Subset fonts carry a six-letter tag before the name (PDF 32000, 9.6.4); fixed tags keep
    // the output reproducible.
    regular: await embed('regular', 'HITSAA+DejaVuSans'),
    bold: await embed('bold', 'HITSAB+DejaVuSans-Bold'),
    italic: await embed('italic', 'HITSAC+DejaVuSans-Oblique'),
  }
  const date = new Date(`${meta.date.slice(0, 10)}T09:00:00Z`)
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  doc.setKeywords(meta.keywords)
  doc.setLanguage(meta.language)
  doc.setCreator('HITS Cluster seed data (npm run content:media)')
  doc.setProducer('pdf-lib')
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  return { doc, fonts }
}

export async function savePdf(doc: PDFDocument): Promise<Buffer> {
  return Buffer.from(await doc.save({ useObjectStreams: true }))
}
