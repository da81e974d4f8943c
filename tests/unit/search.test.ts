import { describe, expect, it } from 'vitest'

import {
  excerptParts,
  facetValues,
  filtersFromSearch,
  hasFilters,
  queryFromSearch,
  searchFromState,
  toggleValue,
  toPagefindFilters,
  withoutFacet,
  withoutLeadingTitle,
} from '../../site/lib/search'

describe('search state in the URL', () => {
  it('reads repeated parameters as several values of a facet, ignoring unknown and empty ones', () => {
    expect(
      filtersFromSearch(
        '?country=Bulgaria&category=Cloud%20hosting&category=ERP+systems&x=1&type=',
      ),
    ).toEqual({ category: ['Cloud hosting', 'ERP systems'], country: ['Bulgaria'] })
  })

  it('reads only the facets it is asked for, once each', () => {
    expect(filtersFromSearch('?type=Event&country=Bulgaria&country=Bulgaria', ['country'])).toEqual(
      {
        country: ['Bulgaria'],
      },
    )
  })

  it('reads the search words, trimmed', () => {
    expect(queryFromSearch('?q=%20облачни%20услуги%20')).toBe('облачни услуги')
    expect(queryFromSearch('?country=Bulgaria')).toBe('')
  })

  it('writes facets in a fixed order with spaces as %20, and nothing for an empty state', () => {
    expect(searchFromState('', {})).toBe('')
    expect(searchFromState(' ', { country: ['Bulgaria'], category: ['Cloud hosting'] })).toBe(
      '?category=Cloud%20hosting&country=Bulgaria',
    )
    expect(searchFromState('Künstliche Intelligenz', { type: ['Mitglied'] })).toBe(
      '?q=K%C3%BCnstliche%20Intelligenz&type=Mitglied',
    )
  })

  it('round-trips values with reserved characters', () => {
    const state = { category: ['R&D / Labs', 'a=b?c'], industry: ['Banking, finance'] }
    expect(filtersFromSearch(searchFromState('', state))).toEqual(state)
    expect(queryFromSearch(searchFromState('C# & .NET', {}))).toBe('C# & .NET')
  })
})

describe('filter state', () => {
  it('toggles a value on and off, dropping a facet left empty', () => {
    const on = toggleValue({}, 'country', 'Bulgaria')
    expect(on).toEqual({ country: ['Bulgaria'] })
    expect(toggleValue(on, 'country', 'Germany')).toEqual({ country: ['Bulgaria', 'Germany'] })
    expect(toggleValue(on, 'country', 'Bulgaria')).toEqual({})
    expect(hasFilters(on)).toBe(true)
    expect(hasFilters({})).toBe(false)
  })

  it('removes one facet for its disjunctive counts', () => {
    expect(withoutFacet({ country: ['Bulgaria'], category: ['ERP'] }, 'country')).toEqual({
      category: ['ERP'],
    })
  })

  it('maps to Pagefind filters: any value within a facet, pinned facets as given', () => {
    expect(
      toPagefindFilters(
        { country: ['Bulgaria', 'Germany'], type: ['Member'] },
        { type: 'Product' },
      ),
    ).toEqual({ type: 'Product', country: { any: ['Bulgaria', 'Germany'] } })
    expect(toPagefindFilters({})).toEqual({})
  })

  it('offers the values with results and keeps selected ones, sorted by name', () => {
    expect(facetValues({ Germany: 2, Bulgaria: 5, Austria: 0 }, ['Austria'], 'en')).toEqual([
      'Austria',
      'Bulgaria',
      'Germany',
    ])
    expect(facetValues(undefined)).toEqual([])
  })
})

describe('excerpts', () => {
  it('splits marked matches from text and unescapes what Pagefind escaped', () => {
    expect(excerptParts('an <mark>ERP</mark> for &lt;b&gt; teams & <mark>cloud</mark>')).toEqual([
      { text: 'an ', mark: false },
      { text: 'ERP', mark: true },
      { text: ' for <b> teams & ', mark: false },
      { text: 'cloud', mark: true },
    ])
  })

  it('never yields markup other than the marks as elements', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(parts).toEqual([{ text: '<script>alert(1)</script>', mark: false }])
  })
})

describe('excerpt without the title', () => {
  it('drops the heading a page text starts with, but not a marked match', () => {
    const parts = excerptParts('MLOps Accelerator. Осемседмичен <mark>проект</mark>')
    expect(withoutLeadingTitle(parts, 'MLOps Accelerator')).toEqual([
      { text: 'Осемседмичен ', mark: false },
      { text: 'проект', mark: true },
    ])
    const marked = excerptParts('<mark>MLOps</mark> Accelerator. text')
    expect(withoutLeadingTitle(marked, 'MLOps Accelerator')).toEqual(marked)
    expect(withoutLeadingTitle(excerptParts('Other text'), 'MLOps')).toEqual([
      { text: 'Other text', mark: false },
    ])
  })
})
