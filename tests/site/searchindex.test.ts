import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { type Locale, localeCodes } from '@shared/locales'
import { t } from '../../site/i18n/t'
import { routeOf, urlFor } from '../../site/lib/urls'
import { testPartPages } from '../helpers/siteBuild'
import { loadSite } from '../helpers/siteDist'
import type { ListedCollection } from '../helpers/siteFacts'
import type { PartsManifest } from '../../cms/build/searchParts'

const site = loadSite()
const { facts } = site
const detail: [
  ListedCollection,
  'type.member' | 'type.product' | 'type.event' | 'type.publication',
][] = [
  ['members', 'type.member'],
  ['products', 'type.product'],
  ['events', 'type.event'],
  ['publications', 'type.publication'],
]

describe('search index (Pagefind)', () => {
  it('has one index per locale, in parts, holding at least every detail page', () => {
    expect(site.files).toContain('pagefind/parts.json')
    const { languages } = JSON.parse(site.read('pagefind/parts.json')) as PartsManifest
    expect(Object.keys(languages).sort()).toEqual([...localeCodes].sort())
    for (const locale of localeCodes) {
      const documents = detail.reduce((n, [c]) => n + facts.docs[c][locale].length, 0)
      const { pages, parts } = languages[locale]!
      expect(pages, locale).toBeGreaterThanOrEqual(documents)
      // Each part is a Pagefind index of this language alone; together they hold its pages.
      const counts = parts.map((part) => {
        const entry = JSON.parse(site.read(`pagefind/${part}/pagefind-entry.json`)) as {
          languages: Record<string, { page_count: number }>
        }
        expect(Object.keys(entry.languages), part).toEqual([locale])
        return entry.languages[locale]!.page_count
      })
      expect(
        counts.reduce((a, b) => a + b, 0),
        locale,
      ).toBe(pages)
      // The tests' parts are small (siteBuild.ts): every search in the tests merges some.
      expect(parts.length, locale).toBe(Math.ceil(pages / testPartPages))
    }
  })

  it('detail pages mark their main content for search and their type as a filter', () => {
    const problems: string[] = []
    for (const locale of localeCodes) {
      for (const [collection, typeKey] of detail) {
        const type = `type:${t(locale as Locale, typeKey)}`
        for (const doc of facts.docs[collection][locale]) {
          const url = urlFor(locale, routeOf(collection, doc))
          const file = site.fileFor(url)
          if (!file) continue
          const tags = site.page(file).tags
          const body = tags.filter((tag) => tag.attrs['data-pagefind-body'] !== undefined)
          if (body.length !== 1 || body[0].name !== 'main')
            problems.push(
              `${url}: data-pagefind-body on ${body.map((b) => b.name).join(', ') || 'nothing'}`,
            )
          if (!tags.some((tag) => tag.attrs['data-pagefind-filter'] === type))
            problems.push(`${url}: no filter "${type}"`)
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
  })

  it('adds the search terms only to what Pagefind reads, never to the served pages', () => {
    const marked = site.htmlFiles.filter((file) => site.read(file).includes('⟦'))
    expect(marked).toEqual([])
    // The categories that rank a page are in its HTML only as a hidden, index-only element.
    const page = site.read(
      site.fileFor(urlFor('bg', routeOf('members', facts.docs.members.bg[0])))!,
    )
    expect(page).toMatch(/<div hidden>[\s\S]*data-search-index-only[\s\S]*<\/div>/)
  })
})

/** The text Pagefind holds of each indexed page (its fragments), by URL. */
function indexedText(): Map<string, string> {
  const texts = new Map<string, string>()
  for (const file of site.files.filter((f) => /^pagefind\/[^/]+\/\d+\/fragment\//.test(f))) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(site.outDir, file))).toString('utf8')
    const fragment = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as {
      url: string
      content: string
    }
    // Without the search terms the index adds before Bulgarian and German words (`⟦облак⟧ `).
    texts.set(fragment.url, fragment.content.replace(/⟦[^⟧]*⟧ ?/g, ''))
  }
  return texts
}

describe('what the search index holds of a page', () => {
  const texts = indexedText()
  const boilerplate = (locale: Locale) => [
    t(locale, 'form.inquiry.link'),
    `${t(locale, 'common.facts')}.`,
    `${t(locale, 'common.description')}.`,
    `${t(locale, 'product.brochure')}.`,
    t(locale, 'member.showOnMap'),
    t(locale, 'calendar.google'),
    t(locale, 'events.subscribe'),
  ]

  it('is each detail page’s own prose, without its labels, buttons and links elsewhere', () => {
    const problems: string[] = []
    for (const locale of localeCodes as readonly Locale[]) {
      for (const [collection] of detail) {
        for (const doc of facts.docs[collection][locale]) {
          const url = urlFor(locale, routeOf(collection, doc))
          const text = texts.get(url)
          if (text === undefined) {
            problems.push(`${url}: not indexed`)
            continue
          }
          if (!text.includes(doc.title)) problems.push(`${url}: no title`)
          const summary = doc.summary?.split(/\s+/).slice(0, 4).join(' ')
          if (summary && !text.includes(summary)) problems.push(`${url}: no summary`)
          for (const words of boilerplate(locale))
            if (text.includes(words)) problems.push(`${url}: "${words}"`)
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
  })

  it('holds the integrations registry’s protocols, not the products listed under each', () => {
    for (const locale of localeCodes as readonly Locale[]) {
      const url = urlFor(locale, { kind: 'integrations' })
      const text = texts.get(url) ?? ''
      expect(text, url).toContain(t(locale, 'registry.title'))
      const listed = facts.docs.products[locale].filter((p) => text.includes(p.title))
      expect(
        listed.map((p) => p.title),
        url,
      ).toEqual([])
    }
  })
})
