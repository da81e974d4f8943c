/**
 * What Pagefind reads of a page, prepared from the built HTML (in memory: the served files stay
 * as Astro wrote them):
 * - each word of the indexed text is preceded by its search terms in markers (`⟦облак⟧`), in
 *   the same element, so that a term found in a heading weighs as much as the word there;
 * - key-fact tables are taken out of the text (they were the excerpts: "Land Bulgarien.
 *   Kategorien DevOps…") and their values indexed as markers only, with little weight, so that
 *   a product deployed "in the cloud" is still found but after the pages about the cloud;
 * - the lead under the title weighs more than the body;
 * - soft hyphens are taken out, so that a hyphenated word is indexed whole;
 * - an element marked `data-search-index-only` (SearchMeta's categories) is indexed as markers
 *   only, with the weight it names: a page's subject, never shown in an excerpt.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2'

import { indexTerms, markerBreak, markerClose, markerOpen, wordsOf } from '@shared/searchTerms'

type Document = ReturnType<typeof parseDocument>
type Node = Document['children'][number]
type Element = ReturnType<typeof DomUtils.findAll>[number]
type Text = Node & { data: string }
const isText = (node: Node): node is Text => node.type === ElementType.Text
const isTag = (node: Node): node is Node & Element =>
  node.type === ElementType.Tag ||
  node.type === ElementType.Script ||
  node.type === ElementType.Style

/** Pagefind weights (its default is 1, an h1 7, an h2 6): the lead, and the facts' values. */
const leadWeight = '3'
const factsWeight = '0.3'

/** Marks an element whose text is indexed as markers only (site/components/SearchMeta.astro). */
const indexOnlyAttribute = 'data-search-index-only'

const skipped = new Set(['script', 'style', 'template', 'noscript'])
const hasClass = (element: Element, name: string) =>
  (element.attribs.class ?? '').split(/\s+/).includes(name)

/** A page read for the index: its language and whether Pagefind indexes it at all. */
export type SearchPage = { document: Document; lang: string; body: Element | undefined }

export function readPage(html: string): SearchPage {
  const document = parseDocument(html)
  withoutSoftHyphens(document.children)
  const root = DomUtils.findOne((e) => e.name === 'html', document.children, false)
  const body = DomUtils.findOne(
    (e) => e.attribs['data-pagefind-body'] !== undefined,
    document.children,
  )
  return { document, lang: (root?.attribs.lang ?? '').toLowerCase(), body: body ?? undefined }
}

/**
 * Soft hyphens (U+00AD, however the HTML wrote them: the parser has decoded `&shy;`) taken out
 * of every text and attribute: the pages are hyphenated as they render, and Pagefind would
 * otherwise index "Rechen\u00ADzentrum" as two words, neither of which a visitor types.
 */
function withoutSoftHyphens(nodes: Node[]): void {
  for (const node of nodes) {
    if (isText(node)) node.data = node.data.replaceAll(softHyphen, '')
    else if (isTag(node)) {
      for (const [name, value] of Object.entries(node.attribs))
        if (value.includes(softHyphen)) node.attribs[name] = value.replaceAll(softHyphen, '')
      withoutSoftHyphens(node.children)
    }
  }
}
const softHyphen = '\u00AD'

/** The text nodes Pagefind indexes under an element (outside ignored parts and scripts). */
function indexedText(element: Element): { node: Text }[] {
  const found: { node: Text }[] = []
  const visit = (node: Node) => {
    if (isText(node)) found.push({ node })
    else if (isTag(node)) {
      if (
        skipped.has(node.name) ||
        node.attribs['data-pagefind-ignore'] !== undefined ||
        node.attribs[indexOnlyAttribute] !== undefined
      )
        return
      node.children.forEach(visit)
    }
  }
  visit(element)
  return found
}

/** The words a page gives to the dictionary that German compounds are split against. */
export function pageWords(page: SearchPage): string[] {
  if (!page.body) return []
  return indexedText(page.body).flatMap(({ node }) => wordsOf(node.data))
}

/**
 * A text with each word's terms before it: "облачен хостинг" → "⟦облак⟧ облачен хостинг".
 * Before, not after: Pagefind ends a block's text with "." unless it already ends in
 * punctuation, which a closing marker would be.
 */
function withTerms(text: string, lang: string, isWord?: (part: string) => boolean): string {
  return text.replace(/\S+/gu, (token, offset: number) => {
    const terms = new Set(wordsOf(token).flatMap((word) => termsOf(lang, word, isWord)))
    // At the start of a text, a space first: Pagefind joins neighbouring table cells and inline
    // elements without one, and "Версия⟦документ⟧" would be read as a word of the excerpt.
    const before = offset === 0 ? ' ' : ''
    return terms.size > 0 ? `${before}${[...terms].map(marker).join(' ')} ${token}` : token
  })
}

/**
 * `indexTerms`, remembered per dictionary: a site says the same words on many pages, and
 * splitting a German compound tries every split point. Each word keeps the dictionary's answers
 * its terms depend on, which prepareRecorded collects for its page.
 */
type Remembered = { terms: string[]; asked: [string, boolean][] }
const remembered = new WeakMap<object, Map<string, Remembered>>()
const noDictionary = {}
/** The answers of the dictionary the page being prepared depends on (prepareRecorded). */
let recording: Map<string, boolean> | undefined
function termsOf(lang: string, word: string, isWord?: (part: string) => boolean): string[] {
  const key = isWord ?? noDictionary
  const cache = remembered.get(key) ?? new Map<string, Remembered>()
  remembered.set(key, cache)
  const id = `${lang} ${word}`
  let entry = cache.get(id)
  if (!entry) {
    const asked: [string, boolean][] = []
    const ask =
      isWord &&
      ((part: string) => {
        const answer = isWord(part)
        asked.push([part, answer])
        return answer
      })
    entry = { terms: indexTerms(lang, word, ask), asked }
    cache.set(id, entry)
  }
  if (recording) for (const [part, answer] of entry.asked) recording.set(part, answer)
  return entry.terms
}

const marker = (term: string) => `${markerOpen}${term}${markerClose}`

/** Index-only words (markers), each with its terms, then a break: they belong to no prose word. */
function indexOnly(text: string, lang: string, isWord?: (part: string) => boolean): string {
  const words = wordsOf(text).flatMap((word) => [
    word.toLocaleLowerCase(lang || undefined),
    ...termsOf(lang, word, isWord),
  ])
  return [...words.map(marker), markerBreak].join(' ')
}

/** The text of elements, one space between text nodes (list items must not run together). */
const textOf = (elements: Node[]): string =>
  DomUtils.filter(isText, elements)
    .map((node) => (node as Text).data)
    .join(' ')

/** A `<div>` of index-only words with a Pagefind weight. */
function indexOnlyBlock(
  text: string,
  weight: string,
  lang: string,
  isWord?: (part: string) => boolean,
): Node {
  const html = `<div data-pagefind-weight="${weight}">${indexOnly(text, lang, isWord)}</div>`
  return parseDocument(html).children[0]
}

/**
 * The page's HTML as Pagefind should index it (see the module comment); `isWord` knows the
 * words of the site in the page's language, for German compounds. Only what Pagefind reads is
 * handed over (slimHtml): a product page's 26 KB of HTML are about 4 KB of it.
 */
export function prepareForIndex(page: SearchPage, isWord?: (part: string) => boolean): string {
  const { body, lang } = page
  if (!body) return DomUtils.getOuterHTML(page.document, { encodeEntities: 'utf8' })
  // Facts tables a page leaves to the index (not inside an ignored part) become their values as
  // light markers: after the table, which is itself left out.
  const tables = DomUtils.findAll((e) => e.name === 'table' && hasClass(e, 'facts'), [body])
    .filter((table) => !isIgnored(table, body))
    .filter((table) => table.attribs['data-pagefind-ignore'] === undefined)
  for (const table of tables) table.attribs['data-pagefind-ignore'] = ''
  for (const lead of DomUtils.findAll((e) => e.name === 'p' && hasClass(e, 'lead'), [body]))
    lead.attribs['data-pagefind-weight'] ??= leadWeight
  for (const { node } of indexedText(body)) node.data = withTerms(node.data, lang, isWord)
  // After the prose got its terms, so that the markers are not read as words again.
  for (const table of tables) {
    const cells = DomUtils.findAll((e) => e.name === 'td', table.children)
    DomUtils.append(table, indexOnlyBlock(textOf(cells), factsWeight, lang, isWord))
  }
  for (const element of DomUtils.findAll(
    (e) => e.attribs[indexOnlyAttribute] !== undefined,
    [body],
  )) {
    const weight = element.attribs['data-pagefind-weight'] ?? '1'
    DomUtils.replaceElement(element, indexOnlyBlock(textOf([element]), weight, lang, isWord))
  }
  return slimHtml(page.document, body, lang)
}

/** Whether an element lies inside a part of `within` that Pagefind ignores. */
function isIgnored(element: Element, within: Element): boolean {
  for (let node = element.parent; node && node !== within; node = node.parent)
    if ((node as Element).attribs?.['data-pagefind-ignore'] !== undefined) return true
  return false
}

/** Attributes that carry data for Pagefind: its own, anchors (id), and images (src, alt). */
const keptAttribute = (name: string) =>
  name.startsWith('data-pagefind-') || name === 'id' || name === 'src' || name === 'alt'
const pagefindData = (element: Element) =>
  Object.keys(element.attribs).some(
    (name) =>
      name.startsWith('data-pagefind-filter') ||
      name.startsWith('data-pagefind-meta') ||
      name.startsWith('data-pagefind-sort') ||
      name.startsWith('data-pagefind-default-meta'),
  )

/**
 * What Pagefind reads of a page, as a small HTML document: the page's language and title, its
 * filters and metadata wherever they are, and the indexed body without the parts Pagefind
 * ignores (their filters and metadata kept), scripts, styles, and attributes it does not read.
 * The same index as from the whole page, at a fraction of the bytes Pagefind parses.
 */
function slimHtml(document: Document, body: Element, lang: string): string {
  const out: string[] = []
  const write = (node: Node, inBody: boolean) => {
    if (isText(node)) {
      if (inBody) out.push(escapeText(node.data))
      return
    }
    if (!isTag(node)) return
    const element = node as Element
    const ignored =
      skipped.has(element.name) ||
      element.attribs['data-pagefind-ignore'] !== undefined ||
      (!inBody && element !== body)
    if (element === body || (inBody && !ignored)) {
      openTag(element)
      element.children.forEach((child) => write(child, true))
      out.push(`</${element.name}>`)
    } else if (pagefindData(element)) {
      // Filters and metadata count wherever they are, even inside an ignored part.
      out.push(DomUtils.getOuterHTML(element, { encodeEntities: 'utf8' }))
    } else element.children.forEach((child) => write(child, false))
  }
  const openTag = (element: Element) => {
    const attributes = Object.entries(element.attribs)
      .filter(([name]) => keptAttribute(name))
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    out.push(`<${element.name}${attributes.join('')}>`)
  }
  const title = DomUtils.findOne((e) => e.name === 'title', document.children)
  const head = title ? `<title>${escapeText(DomUtils.textContent(title))}</title>` : ''
  document.children.forEach((child) => write(child, false))
  return `<html lang="${escapeAttribute(lang)}"><head>${head}</head><body>${out.join('')}</body></html>`
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;')

/**
 * prepareForIndex, with the answers of `isWord` the result depends on: the same page prepares
 * to the same HTML under any dictionary that answers these the same (cms/build/searchCache.ts).
 */
export function prepareRecorded(
  page: SearchPage,
  isWord?: (part: string) => boolean,
): { content: string; asked: [string, boolean][] } {
  recording = new Map()
  try {
    const content = prepareForIndex(page, isWord)
    return { content, asked: [...recording] }
  } finally {
    recording = undefined
  }
}
