import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import type {
  SerializedEditorState,
  SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

import type { Locale } from '@shared/locales'
import { isRoutedCollection, routeOf, urlFor } from './urls'

/** A Lexical rich text field as Payload returns it. */
export type RichText =
  { root: { children: unknown[] } & Record<string, unknown> } | null | undefined

/** An upload node: the related document (populated) or only its id. */
export type UploadNode = {
  relationTo: string
  value: number | string | ({ id: number | string } & Record<string, unknown>)
  fields?: { alt?: string } | null
}

export type RichTextOptions = {
  locale: Locale
  /**
   * HTML for an upload (an image through Astro's image pipeline), made by the caller; the
   * converter's own version would point at the CMS's /api/media URLs, absent from a static site.
   */
  upload?: (node: UploadNode) => string | undefined
  /** The slug of a linked document when the link holds only its id. */
  slugOf?: (collection: string, id: number | string) => string | undefined
}

type LinkDoc = { relationTo: string; value: unknown }

function internalHref(doc: LinkDoc | null | undefined, options: RichTextOptions): string {
  if (!doc) return '#'
  const value = doc.value
  const slug =
    value !== null && typeof value === 'object'
      ? (value as { slug?: string }).slug
      : options.slugOf?.(doc.relationTo, value as number | string)
  if (!slug) return '#'
  // A link to a document of another collection (a category, a file) goes to the catalogue.
  const { relationTo } = doc
  return urlFor(
    options.locale,
    isRoutedCollection(relationTo) ? routeOf(relationTo, { slug }) : { kind: 'catalogue' },
  )
}

function converters(options: RichTextOptions): HTMLConverters {
  return {
    ...defaultHTMLConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => internalHref(linkNode.fields.doc, options),
    }),
    // The page title is the one h1; a heading in the body starts one level below.
    heading: ({ node, nodesToHTML }) => {
      const level = Math.min(6, Math.max(2, Number(String(node.tag).slice(1)) || 2))
      return `<h${level}>${nodesToHTML({ nodes: node.children }).join('')}</h${level}>`
    },
    // Payload's version writes a `value` attribute (only valid in <ol>) and empty styles.
    listitem: ({ node, nodesToHTML, parent }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      if ('listType' in parent && parent.listType === 'check') {
        const mark = node.checked ? '☑' : '☐'
        return `<li class="list-item-check"><span aria-hidden="true">${mark}</span> ${children}</li>`
      }
      return `<li>${children}</li>`
    },
    upload: ({ node }) => options.upload?.(node as unknown as UploadNode) ?? '',
    // Blocks the site does not know: keep their text, drop the wrapper.
    unknown: ({ node, nodesToHTML }) => {
      const children = (node as { children?: SerializedLexicalNode[] }).children
      return children ? nodesToHTML({ nodes: children }).join('') : ''
    },
  }
}

/**
 * Lexical JSON to HTML with Payload's converter. Text is escaped by the converter; internal
 * links go to the linked document's page in `locale`; uploads are rendered by `upload`.
 *
 * @example richTextToHtml(product.description, { locale: 'de' })
 */
export function richTextToHtml(data: RichText, options: RichTextOptions): string {
  if (!data?.root) return ''
  return convertLexicalToHTML({
    data: data as unknown as SerializedEditorState,
    converters: converters(options),
    disableContainer: true,
    disableIndent: ['listitem'],
  })
}

/**
 * Keys Lexical writes on every node with a value that says nothing: the converter above reads a
 * missing `format` or `indent` as this same default, and never reads the rest (Payload 3's
 * html converters: text.js, findConverterForNode.js). `version` is the node type's schema
 * version: 1 for text, paragraphs, headings and lists; Payload's link (3), autolink (2) and
 * upload (3) nodes keep theirs.
 */
const silentDefaults: Record<string, readonly unknown[]> = {
  detail: [0],
  direction: ['ltr', null],
  format: [0, ''],
  indent: [0],
  mode: ['normal'],
  style: [''],
  textFormat: [0],
  textStyle: [''],
  version: [1],
}

/**
 * A rich text without the keys that hold a silent default: the same HTML, about half the JSON
 * (the content store holds every document in every locale; at 10,000 products the product
 * descriptions were 68 of its 153 million characters). Only the node tree is touched: a node's
 * `fields` (a link's document, an upload's) stay as they are.
 *
 * @example compactRichText({ root: { type: 'root', children: [{ type: 'text', text: 'Hi', format: 0, version: 1 }] } })
 * // { root: { type: 'root', children: [{ type: 'text', text: 'Hi' }] } }
 */
export function compactRichText<T extends RichText>(data: T): T {
  const compact = (node: unknown): unknown => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) {
      if (silentDefaults[key]?.includes(value)) continue
      out[key] = key === 'children' && Array.isArray(value) ? value.map(compact) : value
    }
    return out
  }
  if (!data?.root) return data
  return { ...data, root: compact(data.root) } as T
}

/** Whether a value is a Lexical document (what a rich text field holds). */
export const isRichText = (value: unknown): value is NonNullable<RichText> => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return root?.type === 'root' && Array.isArray(root.children)
}

/** Every upload node in a rich text, so the caller can prepare their images first. */
export function uploadsIn(data: RichText): UploadNode[] {
  const found: UploadNode[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; children?: unknown[] }
    if (n.type === 'upload') found.push(node as UploadNode)
    n.children?.forEach(walk)
  }
  data?.root.children.forEach(walk)
  return found
}

/** Whether a rich text field has anything to show. */
export const hasRichText = (data: RichText): boolean =>
  richTextToHtml(data, { locale: 'en' }) !== ''
