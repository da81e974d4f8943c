import { describe, expect, it } from 'vitest'

import {
  type CatalogueEntry,
  catalogueHref,
  type CatalogueState,
  catalogueStateOf,
  facetCounts,
  matches,
  sortEntries,
} from '../../site/lib/catalogue'

const plain: CatalogueState = { query: '', filters: {}, sort: 'name', page: 1 }

const entry = (
  url: string,
  maker: string,
  created: string,
  facets: CatalogueEntry['facets'],
): CatalogueEntry => ({
  card: { url, name: url, kind: 'Product', maker, summary: '', summaryLang: 'en', image: null },
  created,
  facets,
})

// In name order, as the index is written.
const entries = [
  entry('/en/catalogue/a/', 'Zeta', '2026-01-03T00:00:00Z', { country: ['BG'], category: ['erp'] }),
  entry('/en/catalogue/b/', 'Alpha', '2026-01-01T00:00:00Z', { country: ['DE'], category: ['ai'] }),
  entry('/en/catalogue/c/', 'Alpha', '2026-01-02T00:00:00Z', { country: ['BG'], category: ['ai'] }),
]
const urls = (list: CatalogueEntry[]) => list.map((e) => e.card.url.slice(-2, -1))

describe('the catalogue view in the URL', () => {
  it('reads the static page number from the path and the view from the query', () => {
    expect(catalogueStateOf('/bg/catalogue/page/3/', '')).toEqual({ ...plain, page: 3 })
    expect(catalogueStateOf('/en/catalogue/', '?q=cloud&country=BG&sort=maker&page=2')).toEqual({
      query: 'cloud',
      filters: { country: ['BG'] },
      sort: 'maker',
      page: 2,
    })
  })

  it('ignores an unknown order, relevance without words and a page that is not a number', () => {
    expect(catalogueStateOf('/en/catalogue/', '?sort=price&page=x')).toEqual(plain)
    expect(catalogueStateOf('/en/catalogue/', '?sort=relevance')).toEqual(plain)
  })

  it('writes the plain list as its static page, in any locale', () => {
    expect(catalogueHref('de', { ...plain, page: 2 })).toBe('/de/catalogue/page/2/')
    expect(catalogueHref('bg', plain)).toBe('/bg/catalogue/')
  })

  it('writes any other view as a query that reads back the same', () => {
    const state: CatalogueState = {
      query: 'облак',
      filters: { category: ['ai', 'erp'], country: ['BG'] },
      sort: 'newest',
      page: 2,
    }
    const href = catalogueHref('bg', state)
    expect(href).toBe(
      '/bg/catalogue/?q=%D0%BE%D0%B1%D0%BB%D0%B0%D0%BA&category=ai&category=erp&country=BG&sort=newest&page=2',
    )
    const url = new URL(href, 'http://x')
    expect(catalogueStateOf(url.pathname, url.search)).toEqual(state)
  })
})

describe('filtering, counting and sorting the cards', () => {
  it('matches any value within a facet and every facet', () => {
    expect(entries.filter((e) => matches(e, { category: ['ai', 'erp'], country: ['BG'] }))).toEqual(
      [entries[0], entries[2]],
    )
  })

  it("counts each facet's values without that facet's own selection", () => {
    const counts = facetCounts(entries, { country: ['DE'] })
    expect(counts.country).toEqual({ BG: 2, DE: 1 })
    expect(counts.category).toEqual({ ai: 1 })
  })

  it('keeps the name order, and breaks ties of the other orders by it', () => {
    expect(urls(sortEntries(entries, 'name', 'en'))).toEqual(['a', 'b', 'c'])
    expect(urls(sortEntries(entries, 'newest', 'en'))).toEqual(['a', 'c', 'b'])
    expect(urls(sortEntries(entries, 'maker', 'en'))).toEqual(['b', 'c', 'a'])
    const ranks = new Map([['/en/catalogue/c/', 0]])
    expect(urls(sortEntries(entries, 'relevance', 'en', ranks))).toEqual(['c', 'a', 'b'])
  })
})
