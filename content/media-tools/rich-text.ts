// Parses the seed files' rich-text blocks ("## …", "### …", "- …", "> …", paragraphs with
// [text](url) links) into typed blocks for the PDF writer.

export type Inline = { text: string; href?: string }
export type BlockType = 'h2' | 'h3' | 'p' | 'li' | 'quote'
export type Block = { type: BlockType; runs: Inline[] }

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g

export function parseInline(source: string): Inline[] {
  const runs: Inline[] = []
  let last = 0
  for (const match of source.matchAll(LINK)) {
    const index = match.index ?? 0
    if (index > last) runs.push({ text: source.slice(last, index) })
    runs.push({ text: match[1], href: match[2] })
    last = index + match[0].length
  }
  if (last < source.length) runs.push({ text: source.slice(last) })
  return runs
}

function blockOf(source: string): Block {
  const prefixes: Array<[string, BlockType]> = [
    ['### ', 'h3'],
    ['## ', 'h2'],
    ['# ', 'h2'],
    ['- ', 'li'],
    ['* ', 'li'],
    ['> ', 'quote'],
  ]
  for (const [prefix, type] of prefixes) {
    if (source.startsWith(prefix)) {
      const content = source.slice(prefix.length).trim()
      // Headings are drawn as plain text; a link inside one keeps only its label.
      return {
        type,
        runs:
          type === 'h2' || type === 'h3'
            ? [{ text: plainText(parseInline(content)) }]
            : parseInline(content),
      }
    }
  }
  return { type: 'p', runs: parseInline(source.trim()) }
}

export function parseBlocks(blocks: string[] | undefined): Block[] {
  return (blocks ?? []).filter((b) => typeof b === 'string' && b.trim() !== '').map(blockOf)
}

export function plainText(runs: Inline[]): string {
  return runs.map((r) => r.text).join('')
}
