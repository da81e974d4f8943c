import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Locale } from '@shared/locales'
import { type MessageKey, t } from '../i18n/messages'
import { portalStylesheet } from './styles'

const escape = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** Facts a document may have, in the order the preview lists them (labels: admin.label.*). */
const factFields = [
  'kind',
  'type',
  'audience',
  'city',
  'country',
  'website',
  'date',
  'format',
  'deployment',
  'pricingModel',
  'supportedLanguages',
  'languages',
  'industries',
  'technologies',
  'certifications',
  'validUntil',
] as const

/** A select field's options: value → label in each locale (or one label for all). */
export type OptionLabels = Record<string, Record<string, unknown>>

/** Option values shown by their label in the preview's language, countries by their name. */
function labelled(name: string, value: unknown, locale: Locale, options: OptionLabels): unknown {
  if (Array.isArray(value)) return value.map((v) => labelled(name, v, locale, options))
  if (typeof value !== 'string') return value
  if (name === 'country' || name === 'exportMarkets')
    return new Intl.DisplayNames([locale], { type: 'region' }).of(value) ?? value
  const label = options[name]?.[value]
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>)[locale] ?? value
  return value
}

const isRichText = (value: unknown): value is SerializedEditorState =>
  Boolean(value && typeof value === 'object' && 'root' in (value as object))

const plain = (value: unknown): string | null => {
  if (value == null || value === '') return null
  if (Array.isArray(value)) {
    const parts = value.map(plain).filter(Boolean)
    return parts.length ? parts.join(', ') : null
  }
  if (typeof value === 'object') {
    const named = value as { name?: unknown; title?: unknown }
    return plain(named.name ?? named.title)
  }
  return String(value)
}

type Page =
  | { kind: 'signIn' | 'notFound'; locale: Locale; adminRoute: string }
  | {
      kind: 'document'
      locale: Locale
      adminRoute: string
      collection: string
      doc: Record<string, unknown>
      portalUrl: string | null
      options: OptionLabels
    }

/**
 * The preview page: the document's key content (title, lead, facts, rich text) in the portal's
 * markup and stylesheet, under a banner that says which version this is. Everything from the
 * document is escaped; rich text goes through Payload's Lexical HTML converter.
 */
export function renderPreview(page: Page): string {
  const say = (key: MessageKey, values?: Record<string, string | number>) =>
    t(page.locale, key, values)
  let title = say('preview.title')
  let body: string
  if (page.kind !== 'document') {
    const login = `${page.adminRoute}/login`
    body = `<main class="container"><div class="notice"><p>${escape(say(`preview.${page.kind}`))}</p>${
      page.kind === 'signIn'
        ? `<p><a class="button" href="${escape(login)}">${escape(login)}</a></p>`
        : ''
    }</div></main>`
  } else {
    const { doc, collection } = page
    title = String(doc.name ?? doc.title ?? doc.id)
    const awaiting = Boolean(doc.reviewRequested)
    const state = awaiting ? 'awaiting' : doc._status === 'published' ? 'published' : 'draft'
    const lead = doc.tagline ?? doc.summary ?? doc.excerpt
    const facts = factFields
      .map((name) => [name, plain(labelled(name, doc[name], page.locale, page.options))] as const)
      .filter(([, value]) => value)
      .map(
        ([name, value]) =>
          `<tr><th scope="row">${escape(say(`admin.label.${name}` as MessageKey))}</th><td>${escape(value)}</td></tr>`,
      )
      .join('')
    const rich = Object.values(doc)
      .filter(isRichText)
      .map((data) => convertLexicalToHTML({ data, disableContainer: true }))
      .join('')
    const edit = `${page.adminRoute}/collections/${collection}/${escape(doc.id)}`
    body = `<div class="notice notice-warn" role="status" data-preview-state="${state}"><div class="container">
<p>${escape(say('preview.banner', { state: say(`preview.state.${state}`) }))}</p>
<p><a href="${edit}">${escape(say('preview.edit'))}</a> · ${
      page.portalUrl
        ? `<a href="${escape(page.portalUrl)}">${escape(say('preview.published'))}</a>`
        : escape(say('preview.notPublished'))
    }</p></div></div>
<main class="container">
<header class="page-head"><div class="page-head-body"><h1>${escape(title)}</h1>${
      lead ? `<p class="lead">${escape(lead)}</p>` : ''
    }</div></header>
${facts ? `<table class="facts"><tbody>${facts}</tbody></table>` : ''}
${rich ? `<div class="prose">${rich}</div>` : ''}
</main>`
  }
  return `<!doctype html>
<html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escape(say('preview.title'))}: ${escape(title)}</title>
<style>${portalStylesheet()}</style></head>
<body>${body}</body></html>`
}
