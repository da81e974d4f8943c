// Organisation logos (members and partners): a geometric mark on the left, the name on the right.
import { markFor } from './marks.ts'
import { textWidth } from './measure.ts'
import { paletteFor } from './palette.ts'
import { n, svgDocument, textLines } from './svg.ts'

const WIDTH = 400
const HEIGHT = 160
const TEXT_X = 152
const TEXT_WIDTH = WIDTH - TEXT_X - 12

/** Splits words into `count` lines so that the widest line is as narrow as possible. */
function balancedLines(words: string[], count: number): string[] {
  if (count <= 1 || words.length <= 1) return [words.join(' ')]
  let best: string[] = [words.join(' ')]
  let bestWidth = Infinity
  for (let cut = 1; cut < words.length; cut++) {
    const rest = balancedLines(words.slice(cut), count - 1)
    const lines = [words.slice(0, cut).join(' '), ...rest]
    const widest = Math.max(...lines.map((l) => textWidth(l, 10, 'bold')))
    if (widest < bestWidth) [best, bestWidth] = [lines, widest]
  }
  return best
}

/**
 * Picks one to three lines and a size (≤ 40) for the name. Each extra line costs 12 % in the score,
 * so a name only wraps when that makes it clearly larger.
 */
function layoutName(name: string): { lines: string[]; size: number } {
  const words = name.split(/\s+/)
  let chosen = { lines: [name], size: 0 }
  let bestScore = 0
  for (let count = 1; count <= Math.min(3, words.length); count++) {
    const lines = balancedLines(words, count)
    const widest = Math.max(...lines.map((l) => textWidth(l, 10, 'bold')))
    const size = Math.min(40 - (count - 1) * 6, (TEXT_WIDTH / widest) * 10)
    const score = size * (1 - 0.12 * (count - 1))
    if (score > bestScore) [chosen, bestScore] = [{ lines, size }, score]
  }
  return chosen
}

export function logoSvg(name: string, slug: string): string {
  const p = paletteFor(slug)
  const { lines, size } = layoutName(name)
  const lineHeight = 1.12
  const blockHeight = size * (1 + (lines.length - 1) * lineHeight)
  const firstBaseline = HEIGHT / 2 - blockHeight / 2 + size * 0.76
  // First line carries the name's identity in the dark colour, the rest in the brand colour.
  const first = textLines(TEXT_X, firstBaseline, lines.slice(0, 1), {
    size,
    fill: p.dark,
    weight: 'bold',
  })
  const rest =
    lines.length > 1
      ? textLines(
          TEXT_X,
          firstBaseline + size * lineHeight,
          lines.slice(1),
          { size, fill: p.primary, weight: 'bold' },
          lineHeight,
        )
      : ''
  const mark = `<g transform="translate(16 ${n((HEIGHT - 120) / 2)})">${markFor(name, slug, p)}</g>`
  return svgDocument(WIDTH, HEIGHT, mark + first + rest, name)
}
