import crypto from 'node:crypto'

/**
 * Turns the seed data's plain blocks into Lexical JSON, the format Payload's rich text stores:
 * "## h" and "### h" headings, "- item" bullet lists, "> quote", paragraphs, and [text](url)
 * links inside them. Deterministic, so the same blocks always give the same document.
 *
 * @example blocksToLexical(['## Offer', '- Cloud', 'See [us](https://a.example).'])
 */
export function blocksToLexical(blocks: string[]) {
  const children: LexicalNode[] = []
  for (const block of blocks) {
    const text = block.trim()
    if (text.startsWith('- ')) {
      const last = children.at(-1)
      const list =
        last?.type === 'list'
          ? last
          : element('list', [], { listType: 'bullet', tag: 'ul', start: 1 })
      if (list !== last) children.push(list)
      list.children!.push(
        element('listitem', inline(text.slice(2)), { value: list.children!.length + 1 }),
      )
    } else if (/^#{2,3} /.test(text)) {
      const tag = text.startsWith('### ') ? 'h3' : 'h2'
      children.push(element('heading', inline(text.replace(/^#+ /, '')), { tag }))
    } else if (text.startsWith('> ')) {
      children.push(element('quote', inline(text.slice(2))))
    } else if (text) {
      children.push(element('paragraph', inline(text), { textFormat: 0, textStyle: '' }))
    }
  }
  return { root: { ...element('root', children), type: 'root' } }
}

type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr' as const,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const linkPattern = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g

/** Text with [label](url) links split into text and link nodes. */
function inline(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  let last = 0
  for (const match of text.matchAll(linkPattern)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index)))
    const url = match[2]
    nodes.push({
      ...element('link', [textNode(match[1])]),
      version: 3,
      id: crypto
        .createHash('sha1')
        .update(`${url}|${match.index}|${text}`)
        .digest('hex')
        .slice(0, 24),
      fields: { linkType: 'custom', url, newTab: false },
    })
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}
