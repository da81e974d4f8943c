// Tiny helpers for writing SVG by hand: escaping, the document wrapper and multi-line text.
import { SVG_FONT_FAMILY } from './fonts.ts'
import type { FontWeight } from './fonts.ts'

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Rounds coordinates so the SVG stays short and its text is stable across platforms. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10)
}

export function svgDocument(width: number, height: number, body: string, title?: string): string {
  const label = title ? `<title>${esc(title)}</title>` : ''
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}"${title ? ' role="img"' : ''}>${label}${body}</svg>\n`
  )
}

export type TextStyle = {
  size: number
  fill: string
  weight?: FontWeight
  anchor?: 'start' | 'middle' | 'end'
  opacity?: number
  letterSpacing?: number
}

function styleAttrs(style: TextStyle): string {
  const parts = [
    `font-family="${SVG_FONT_FAMILY}"`,
    `font-size="${n(style.size)}"`,
    `fill="${style.fill}"`,
  ]
  if (style.weight === 'bold') parts.push('font-weight="bold"')
  if (style.weight === 'italic') parts.push('font-style="italic"')
  if (style.anchor && style.anchor !== 'start') parts.push(`text-anchor="${style.anchor}"`)
  if (style.opacity !== undefined) parts.push(`fill-opacity="${style.opacity}"`)
  if (style.letterSpacing) parts.push(`letter-spacing="${style.letterSpacing}"`)
  return parts.join(' ')
}

/** Several lines; y is the first baseline, following lines are lineHeight × size apart. */
export function textLines(
  x: number,
  y: number,
  lines: string[],
  style: TextStyle,
  lineHeight = 1.2,
): string {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${n(x)}" y="${n(y + i * style.size * lineHeight)}">${esc(line)}</tspan>`,
    )
    .join('')
  return `<text ${styleAttrs(style)}>${spans}</text>`
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function linearGradient(
  id: string,
  from: string,
  to: string,
  angle: 'diagonal' | 'vertical',
): string {
  const end = angle === 'diagonal' ? 'x2="1" y2="1"' : 'x2="0" y2="1"'
  return (
    `<linearGradient id="${id}" x1="0" y1="0" ${end}>` +
    `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`
  )
}
