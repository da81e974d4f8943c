/**
 * The width of a line of text in the portal's font (Inter), estimated without a browser: the
 * graph is laid out at build time, where nothing can measure text. Advance widths are Inter's,
 * in em, rounded up to the next 0.02 so that an estimate errs wide (a box a little too large
 * looks fine; a name that runs out of its box does not). Letters not listed (Cyrillic, accented)
 * take the width of their Latin look-alike class: 0.62 em, wider than the average.
 */
const widths: [string, number][] = [
  ["iljI|!.,:;'", 0.28],
  [' ', 0.28],
  ['frt()[]/-', 0.4],
  ['sczJ', 0.52],
  ['aekvxy', 0.56],
  ['bdghnopqu0123456789', 0.6],
  ['EFLPST', 0.62],
  ['ABCKRVXYZ&', 0.7],
  ['DGHNOQU', 0.76],
  ['mw', 0.86],
  ['MW', 0.98],
]
const em = new Map(widths.flatMap(([chars, w]) => [...chars].map((c) => [c, w] as const)))

/** Semibold text is a few per cent wider than regular. */
const weightFactor = (weight: number) => (weight >= 600 ? 1.05 : 1)

/**
 * The estimated width in px of `text` at `size` px.
 *
 * @example textWidth('OrbitSoft ERP Flow', 14, 600) // ≈ 136
 */
export function textWidth(text: string, size: number, weight = 400): number {
  let sum = 0
  for (const c of text) sum += em.get(c) ?? 0.62
  return sum * size * weightFactor(weight)
}

/**
 * `text` broken at spaces into lines no wider than `max` px, at most `lines` of them; the last
 * one ends in an ellipsis when words are left over. A single word wider than `max` keeps a line
 * of its own.
 *
 * @example wrapText('Precision Farming Starter Programme', 180, 14, 600, 2)
 * // ['Precision Farming Starter', 'Programme']
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  weight = 400,
  lines = 2,
): string[] {
  const out: string[] = []
  let line = ''
  const words = text.trim().split(/\s+/)
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word
    if (!line || textWidth(next, size, weight) <= max) {
      line = next
      continue
    }
    if (out.length === lines - 1) {
      out.push(ellipsis([line, ...words.slice(i)].join(' '), max, size, weight))
      return out
    }
    out.push(line)
    line = word
  }
  if (line) out.push(line)
  return out
}

/** `text` cut at a word so that it and an ellipsis fit in `max` px. */
function ellipsis(text: string, max: number, size: number, weight: number): string {
  const words = text.split(' ')
  while (words.length > 1 && textWidth(`${words.join(' ')}…`, size, weight) > max) words.pop()
  return `${words.join(' ')}…`
}
