// Text measurement with the same DejaVu metrics the renderers use, so that text drawn into SVGs
// can be wrapped and sized before it is rendered (SVG itself has no text wrapping).
import fontkit from '@pdf-lib/fontkit'
import { fontBytes } from './fonts.ts'
import type { FontWeight } from './fonts.ts'

type FontkitFont = { unitsPerEm: number; layout: (text: string) => { advanceWidth: number } }

const fonts = new Map<FontWeight, FontkitFont>()

function font(weight: FontWeight): FontkitFont {
  let f = fonts.get(weight)
  if (!f) {
    f = fontkit.create(fontBytes(weight)) as unknown as FontkitFont
    fonts.set(weight, f)
  }
  return f
}

export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const f = font(weight)
  return (f.layout(text).advanceWidth / f.unitsPerEm) * size
}

/** Greedy word wrap; a single word wider than the line is split by characters (long URLs). */
export function wrapWords(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = word
    while (measure(line) > maxWidth && line.length > 1) {
      let cut = line.length - 1
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line) lines.push(line)
  return lines
}

export type FittedText = { lines: string[]; size: number }

/**
 * Largest font size (from maxSize down to minSize) at which `text` wraps into at most maxLines
 * lines of maxWidth; at minSize the last line is shortened with an ellipsis.
 */
export function fitText(
  text: string,
  opts: {
    maxWidth: number
    maxLines: number
    maxSize: number
    minSize: number
    weight?: FontWeight
  },
): FittedText {
  const weight = opts.weight ?? 'regular'
  for (let size = opts.maxSize; size >= opts.minSize; size -= 2) {
    const lines = wrapWords(text, opts.maxWidth, (s) => textWidth(s, size, weight))
    if (lines.length <= opts.maxLines) return { lines, size }
  }
  const size = opts.minSize
  const measure = (s: string) => textWidth(s, size, weight)
  const lines = wrapWords(text, opts.maxWidth, measure).slice(0, opts.maxLines)
  let last = lines[lines.length - 1]
  while (last.length > 1 && measure(`${last}…`) > opts.maxWidth) last = last.slice(0, -1).trimEnd()
  lines[lines.length - 1] = `${last}…`
  return { lines, size }
}
