import { describe, expect, it } from 'vitest'

import { pageOf } from '../../site/lib/listing'
import { urlFor } from '../../site/lib/urls'

describe('catalogue paging', () => {
  const items = Array.from({ length: 50 }, (_, i) => i + 1)

  it('splits a list into pages and says which items a page shows', () => {
    expect(pageOf(items, 1, 24)).toMatchObject({ pages: 3, from: 1, to: 24 })
    expect(pageOf(items, 3, 24)).toEqual({ items: [49, 50], pages: 3, from: 49, to: 50 })
  })

  it('gives an empty list one empty page, not zero pages', () => {
    expect(pageOf([], 1, 24)).toEqual({ items: [], pages: 1, from: 0, to: 0 })
  })

  it('keeps page 1 at the catalogue’s own address and the others under page/<n>/', () => {
    expect(urlFor('bg', { kind: 'catalogue', page: 1 })).toBe('/bg/catalogue/')
    expect(urlFor('bg', { kind: 'catalogue' })).toBe('/bg/catalogue/')
    expect(urlFor('de', { kind: 'catalogue', page: 3 })).toBe('/de/catalogue/page/3/')
  })
})
