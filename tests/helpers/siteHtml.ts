import fs from 'node:fs'
import path from 'node:path'

import { decodeHTML } from 'entities'
import { DomUtils, ElementType, parseDocument } from 'htmlparser2'

/**
 * HTML of the generated site, read with htmlparser2 (the parser under cheerio): every element with
 * its attributes (names lowercased, references decoded), and the raw bodies of <script>s.
 */
export type Tag = { name: string; attrs: Record<string, string> }
export type Parsed = {
  html: string
  tags: Tag[]
  scripts: { attrs: Record<string, string>; body: string }[]
}

/** Decodes HTML character references in any text, as a browser reads them. */
export const decodeEntities = (text: string): string => decodeHTML(text)

/** Every element of a page in document order. */
export function parseHtml(html: string): Parsed {
  const elements = DomUtils.findAll(() => true, parseDocument(html))
  return {
    html,
    tags: elements.map((e) => ({ name: e.name, attrs: e.attribs })),
    scripts: elements
      .filter((e) => e.name === 'script')
      .map((e) => ({ attrs: e.attribs, body: DomUtils.textContent(e) })),
  }
}

const unseen = new Set(['script', 'style', 'template'])

/** The visible text of an HTML fragment: text nodes outside scripts, styles and templates. */
export function textOf(html: string): string {
  const document = parseDocument(html)
  for (const element of DomUtils.findAll((e) => unseen.has(e.name), document))
    DomUtils.removeElement(element)
  // One space between text nodes: block boundaries must not glue words together.
  return (
    DomUtils.filter((node) => node.type === ElementType.Text, document)
      .map((node) => DomUtils.textContent(node))
      .join(' ')
      // Soft hyphens (cms/build/softHyphens.ts) show only where a line breaks.
      .replaceAll('\u00ad', '')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** The inner HTML of the first element with this tag name. */
export function innerOf(html: string, name: string): string | undefined {
  const element = DomUtils.findOne((e) => e.name === name, parseDocument(html))
  return element ? DomUtils.getInnerHTML(element) : undefined
}

export const tagsNamed = (page: Parsed, name: string) => page.tags.filter((t) => t.name === name)

/** Every file under a folder, as paths relative to it with forward slashes. */
export function walk(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...walk(dir, rel))
    else out.push(rel)
  }
  return out
}

/** The site path of a built HTML file: `en/catalogue/x/index.html` -> `/en/catalogue/x/`. */
export const urlPathOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1')
