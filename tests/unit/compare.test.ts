import { describe, expect, it } from 'vitest'

import { comparePairs, nearestAlternatives, pairKey, pairOf } from '@site/lib/compare'
import {
  cleanSelection,
  maxCompared,
  selectionFrom,
  selectionSearch,
} from '@site/lib/compareSelection'
import { urlFor } from '@site/lib/urls'

type P = Parameters<typeof nearestAlternatives>[0][number]
const product = (slug: string, member: number, categories: number[], industries: string[] = []) =>
  ({ id: slug.length, slug, kind: 'product', member, categories, industries }) as unknown as P & {
    slug: string
  }

describe('comparison', () => {
  it('reads the products of a shared link: valid slugs, each once, at most four', () => {
    expect(selectionFrom('?p=erp-flow,crm-forge,erp-flow')).toEqual(['erp-flow', 'crm-forge'])
    expect(selectionFrom('?p=a,b,c,d,e')).toHaveLength(maxCompared)
    expect(selectionFrom('?p=ok,../etc,<script>,Upper,')).toEqual(['ok'])
    expect(selectionFrom('')).toEqual([])
    expect(cleanSelection([1, null, 'x'])).toEqual(['x'])
    expect(selectionSearch(['a', 'b'])).toBe('?p=a,b')
  })

  it('names each pair once, whichever product links to it', () => {
    expect(pairKey('b', 'a')).toBe('a--b')
    expect(pairOf('a--b')).toEqual(['a', 'b'])
    expect(pairOf('b--a')).toBeUndefined()
    expect(pairOf('a-b')).toBeUndefined()
    expect(urlFor('de', { kind: 'comparePair', a: 'zeta', b: 'alpha' })).toBe(
      '/de/compare/alpha--zeta/',
    )
    expect(urlFor('bg', { kind: 'compare', slugs: ['a', 'b'] })).toBe('/bg/compare/?p=a,b')
    expect(urlFor('en', { kind: 'compare', add: 'a' })).toBe('/en/compare/?add=a')
    expect(urlFor('en', { kind: 'compareData', slug: 'a' })).toBe('/en/compare/a.json')
  })

  it('offers as alternatives other makers’ products of the same categories, closest first', () => {
    const products = [
      product('erp-a', 1, [1], ['manufacturing']),
      product('erp-a2', 1, [1], ['manufacturing']), // same maker: never an alternative
      product('erp-b', 2, [1], ['manufacturing']),
      product('erp-c', 3, [1], ['retail']),
      product('erp-d', 4, [1, 2], ['manufacturing']),
      product('cloud', 5, [9]),
    ]
    const alternatives = nearestAlternatives(products)
    expect(alternatives.get('erp-a')!.map((p) => p.slug)).toEqual(['erp-b', 'erp-d', 'erp-c'])
    expect(alternatives.get('cloud')).toEqual([])
    const pairs = comparePairs(alternatives, new Map(products.map((p) => [p.slug, p])))
    const keys = pairs.map(([a, b]) => pairKey(a.slug, b.slug))
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('erp-a--erp-b')
  })

  it('stays linear: 10,000 products in 25 categories take well under the build’s budget', () => {
    const products = Array.from({ length: 10_000 }, (_, i) =>
      product(`p${i}`, i % 700, [i % 25, (i * 7) % 25], [['energy', 'retail', 'media'][i % 3]]),
    )
    const started = performance.now()
    const alternatives = nearestAlternatives(products)
    const pairs = comparePairs(alternatives, new Map(products.map((p) => [p.slug, p])))
    const seconds = (performance.now() - started) / 1000
    expect(pairs.length).toBeLessThanOrEqual(3 * products.length)
    expect(seconds).toBeLessThan(30)
  })
})
