import { describe, expect, it } from 'vitest'

import { defaultLocale, type Locale, localeCodes } from '@shared/locales'
import { t } from '../../site/i18n/t'
import { routeOf, urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import type { ListedCollection } from '../helpers/siteFacts'
import { innerOf, tagsNamed, textOf } from '../helpers/siteHtml'

const site = loadSite()
const { facts } = site
const withPages: ListedCollection[] = ['members', 'products', 'events', 'publications', 'pages']

/** What a reader sees as the page's heading. */
const headingOf = (file: string) => textOf(innerOf(site.read(file), 'h1') ?? '')

describe('every published document has its page in every locale', () => {
  it('the CMS has content in every locale to check against', () => {
    expect(facts.locales).toEqual(localeCodes)
    for (const c of withPages)
      for (const l of localeCodes) expect(facts.docs[c][l].length).toBeGreaterThan(0)
  })

  for (const collection of withPages) {
    it(`${collection}: a page per document and locale, headed by its title in that locale`, () => {
      const problems: string[] = []
      for (const locale of localeCodes) {
        for (const doc of facts.docs[collection][locale]) {
          const url = urlFor(locale, routeOf(collection, doc))
          const file = site.fileFor(url)
          if (!file) {
            problems.push(`${url}: missing`)
            continue
          }
          const lang = tagsNamed(site.page(file), 'html')[0]?.attrs.lang
          if (lang !== locale) problems.push(`${url}: <html lang="${lang}">`)
          const h1 = headingOf(file)
          if (!h1.includes(doc.title.trim()))
            problems.push(`${url}: <h1> "${h1}", expected "${doc.title}"`)
        }
      }
      expect(problems).toEqual([])
    })
  }

  it('no detail page exists for a document the public may not see (drafts, deleted)', () => {
    const sections = {
      members: 'members',
      products: 'catalogue',
      events: 'events',
      publications: 'publications',
    }
    const extra: string[] = []
    for (const [collection, section] of Object.entries(sections)) {
      for (const locale of localeCodes) {
        const slugs = new Set(facts.docs[collection as ListedCollection][locale].map((d) => d.slug))
        const pattern = new RegExp(`^${locale}/${section}/([^/]+)/index\\.html$`)
        for (const file of site.htmlFiles) {
          const slug = pattern.exec(file)?.[1]
          if (slug && !slugs.has(slug)) extra.push(file)
        }
      }
    }
    expect(extra).toEqual([])
  })

  it('list pages (with all their pages) link every document, so everything is reachable without JavaScript', () => {
    const lists: [ListedCollection, Parameters<typeof urlFor>[1]][] = [
      ['members', { kind: 'members' }],
      ['products', { kind: 'catalogue' }],
      ['events', { kind: 'events' }],
      ['publications', { kind: 'publications' }],
    ]
    const missing: string[] = []
    for (const locale of localeCodes) {
      for (const [collection, route] of lists) {
        const listUrl = urlFor(locale, route)
        const file = site.fileFor(listUrl)
        if (!file) {
          missing.push(`${listUrl}: missing`)
          continue
        }
        // A paged list (the catalogue) counts with all its pages, reached through rel=next.
        const hrefs = new Set<string | undefined>()
        for (let page: string | undefined = file; page;) {
          const links = tagsNamed(site.page(page), 'a')
          for (const a of links) hrefs.add(a.attrs.href)
          const next = links.find((a) => a.attrs.rel === 'next')?.attrs.href
          page = next ? site.fileFor(next) : undefined
        }
        for (const doc of facts.docs[collection][locale]) {
          const url = urlFor(locale, routeOf(collection, doc))
          if (!hrefs.has(url)) missing.push(`${listUrl} does not link ${url}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('partners and cooperation posts are shown on their pages, in every locale', () => {
    const missing: string[] = []
    for (const locale of localeCodes) {
      for (const [collection, route] of [
        ['partners', { kind: 'partners' }],
        ['cooperation', { kind: 'cooperation' }],
      ] as const) {
        const file = site.fileFor(urlFor(locale, route))
        const text = file ? textOf(site.read(file)) : ''
        for (const doc of facts.docs[collection][locale]) {
          const current = !doc.validUntil || Date.parse(doc.validUntil) >= Date.parse(facts.builtAt)
          if (current && !text.includes(doc.title.trim()))
            missing.push(`${urlFor(locale, route)}: "${doc.title}"`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('every locale has home, search, membership, developers and a localized 404', () => {
    const missing: string[] = []
    for (const locale of localeCodes) {
      for (const kind of ['home', 'search', 'membership', 'developers'] as const) {
        if (!site.fileFor(urlFor(locale, { kind }))) missing.push(urlFor(locale, { kind }))
      }
      const notFound = site.files.find(
        (f) => f === `${locale}/404.html` || f === `${locale}/404/index.html`,
      )
      if (!notFound) missing.push(`/${locale}/404`)
    }
    if (!site.fileFor('/')) missing.push('/ (language chooser)')
    expect(missing).toEqual([])
  })

  it('untranslated text falls back to English with a notice, marked lang="en"', () => {
    const { collection, slug, text } = facts.untranslated
    for (const locale of localeCodes) {
      const url = urlFor(locale, routeOf(collection, { slug }))
      const file = site.fileFor(url)
      expect(file, url).toBeDefined()
      const html = site.read(file!)
      const notice = t(locale as Locale, 'site.fallbackNotice')
      if (locale === defaultLocale) {
        expect(textOf(html)).not.toContain(notice)
        continue
      }
      expect(textOf(html), `${url} shows the notice`).toContain(notice)
      // The English text sits in an element marked lang="en" (screen readers switch voice).
      const blocks = [...html.matchAll(/<(\w+)[^>]*\slang="en"[^>]*>/g)].map((m) => {
        const close = html.indexOf(`</${m[1]}>`, m.index)
        return textOf(html.slice(m.index, close))
      })
      expect(
        blocks.some((b) => b.includes(text)),
        `${url}: "${text}" inside lang="en"`,
      ).toBe(true)
    }
  })

  it('text written the same in every language is not taken for a missing translation', () => {
    const { collection, slug, text } = facts.sameEverywhere
    for (const locale of localeCodes) {
      const url = urlFor(locale, routeOf(collection, { slug }))
      const file = site.fileFor(url)
      expect(file, url).toBeDefined()
      const html = site.read(file!)
      expect(textOf(html), url).toContain(text)
      expect(textOf(html), `${url} shows no notice`).not.toContain(
        t(locale as Locale, 'site.fallbackNotice'),
      )
      if (locale === defaultLocale) continue
      const english = [...html.matchAll(/<(\w+)[^>]*\slang="en"[^>]*>/g)].map((m) =>
        textOf(html.slice(m.index, html.indexOf(`</${m[1]}>`, m.index))),
      )
      expect(
        english.filter((b) => b.includes(text)),
        `${url}: not marked lang="en"`,
      ).toEqual([])
    }
  })

  it('/ offers every language', () => {
    const file = site.fileFor('/')
    expect(file).toBeDefined()
    const hrefs = tagsNamed(site.page(file!), 'a').map((a) => a.attrs.href)
    for (const locale of localeCodes) expect(hrefs).toContain(urlFor(locale, { kind: 'home' }))
  })
})
