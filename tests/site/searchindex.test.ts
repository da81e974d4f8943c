import { describe, expect, it } from 'vitest'

import { type Locale, localeCodes } from '@shared/locales'
import { t } from '../../site/i18n/t'
import { routeOf, urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import type { ListedCollection } from '../helpers/siteFacts'

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
  it('has one index per locale, holding at least every detail page', () => {
    expect(site.files).toContain('pagefind/pagefind-entry.json')
    const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>
    }
    expect(Object.keys(entry.languages).sort()).toEqual([...localeCodes].sort())
    for (const locale of localeCodes) {
      const documents = detail.reduce((n, [c]) => n + facts.docs[c][locale].length, 0)
      expect(entry.languages[locale].page_count, locale).toBeGreaterThanOrEqual(documents)
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
