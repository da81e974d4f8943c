import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { loadSite } from '../helpers/siteDist'
import { textOf } from '../helpers/siteHtml'

const site = loadSite()
const en = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '..', '..', 'site', 'i18n', 'ui', 'en.json'),
    'utf8',
  ),
) as Record<string, string>

/**
 * A UI key printed instead of its text (t() returns the key when a string is missing), e.g.
 * "event.kind.webinar". Words inside URLs, addresses and file names are not keys.
 */
const prefixes = [...new Set(Object.keys(en).map((k) => k.split('.')[0]))].join('|')
const keyPattern = new RegExp(
  `(?<![\\w./@:-])(?:${prefixes})\\.[a-z][\\w-]*(?:\\.[\\w-]+)*(?![\\w/])`,
  'g',
)
const isFileName = (match: string) => /\.(ics|xml|json|html|pdf|svg|png|webp)$/.test(match)
/** A {placeholder} that t() was not given a value for. */
const placeholderPattern = /\{[a-zA-Z]+\}/g

/**
 * What a visitor reads or hears: page text, and the attributes that are read out or shown.
 * `withoutCode` leaves out <code>: an API reference's path templates (`/items/{itemNo}`) are
 * the API's own words, which t() never fills.
 */
function readable(file: string, { withoutCode = false } = {}): string {
  if (!file.endsWith('.html')) return site.read(file)
  const html = site.read(file)
  const attrs = site
    .page(file)
    .tags.flatMap((t) => ['alt', 'title', 'aria-label', 'placeholder'].map((a) => t.attrs[a] ?? ''))
  const meta = site
    .page(file)
    .tags.filter(
      (t) => t.name === 'meta' && /description|title/.test(t.attrs.name ?? t.attrs.property ?? ''),
    )
    .map((t) => t.attrs.content)
  const text = textOf(withoutCode ? html.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, '') : html)
  return [text, ...attrs, ...meta].join('\n')
}

describe('UI text', () => {
  const files = site.files.filter((f) => /\.(html|ics|xml)$/.test(f) && !f.startsWith('pagefind/'))

  it('shows no UI key in place of its text, in pages and feeds', () => {
    const found = new Set<string>()
    for (const file of files) {
      for (const m of readable(file).matchAll(keyPattern)) {
        if (!isFileName(m[0])) found.add(`${m[0]} in ${file}`)
      }
    }
    expect([...found].slice(0, 30)).toEqual([])
  })

  it('leaves no {placeholder} unfilled', () => {
    const found = new Set<string>()
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const m of readable(file, { withoutCode: true }).matchAll(placeholderPattern))
        found.add(`${m[0]} in ${file}`)
    }
    expect([...found].slice(0, 30)).toEqual([])
  })
})
