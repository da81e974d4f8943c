import { describe, expect, it } from 'vitest'

import {
  computeConnections,
  connectionIndex,
  majorVersion,
  type ConnectableProduct,
  type Connection,
} from '@site/lib/connections'

const protocol = (slug: string) => ({ id: slug.length, slug, name: slug, family: 'api' as const })
const product = (
  id: number,
  member: number,
  interfaces: [string, 'provides' | 'consumes', string?][],
): ConnectableProduct => ({
  id,
  slug: `p${id}`,
  member,
  interfaces: interfaces.map(([slug, role, version]) => ({
    protocol: protocol(slug) as never,
    role,
    version: version ?? null,
  })),
})

describe('computed connections', () => {
  it('connect a consumer to a provider of another maker, with the protocol as reason', () => {
    const erp = product(1, 10, [['peppol-bis', 'provides', '3']])
    const billing = product(2, 20, [['peppol-bis', 'consumes', 'BIS 3.0']])
    expect(computeConnections([erp, billing])).toEqual([
      {
        consumer: 'p2',
        provider: 'p1',
        reasons: [{ protocol: 'peppol-bis', consumerVersion: 'BIS 3.0', providerVersion: '3' }],
      },
    ])
  })

  it('do not connect different major versions, own products, or two providers', () => {
    const v2 = product(1, 10, [['rest-openapi', 'provides', '2.0']])
    const v3 = product(2, 20, [['rest-openapi', 'consumes', '3.1']])
    const sibling = product(3, 10, [['rest-openapi', 'consumes', '2']])
    const other = product(4, 30, [['rest-openapi', 'provides']])
    expect(computeConnections([v2, v3, sibling, other])).toEqual([
      {
        consumer: 'p2',
        provider: 'p4',
        reasons: [expect.objectContaining({ protocol: 'rest-openapi' })],
      },
      {
        consumer: 'p3',
        provider: 'p4',
        reasons: [expect.objectContaining({ protocol: 'rest-openapi' })],
      },
    ])
  })

  it('read major versions the ways standards write them', () => {
    expect(['3.1', 'v2', 'BIS 3.0', 'R4', '2015', '', null].map(majorVersion)).toEqual([
      '3',
      '2',
      '3',
      '4',
      '2015',
      null,
      null,
    ])
  })

  it('are found one product at a time as the whole list finds them, and counted without it', () => {
    // 60 products of 7 makers over three protocols in several versions, some with two rows for
    // one protocol: every product's own connections, the tally and the first n must agree with
    // the full list, since pages, the registry and the open data read them from the index.
    const protocols = ['peppol-bis', 'rest-openapi', 'oidc']
    const versions = ['3', '3.1', '2', null]
    const products = Array.from({ length: 60 }, (_, i) =>
      product(
        i + 1,
        i % 7,
        protocols.flatMap((slug, k): [string, 'provides' | 'consumes', string?][] =>
          (i + k) % 3 === 0
            ? [[slug, 'provides', versions[(i * k) % 4] ?? undefined]]
            : (i + k) % 3 === 1
              ? [
                  [slug, 'consumes', versions[i % 4] ?? undefined],
                  [slug, 'consumes', versions[(i + 1) % 4] ?? undefined],
                ]
              : [],
        ),
      ),
    )
    const all = computeConnections(products)
    const index = connectionIndex([...products].reverse())
    expect(all.length).toBeGreaterThan(300)
    expect(index.total).toBe(all.length)
    for (const p of products)
      expect(index.of(p.slug)).toEqual({
        uses: all.filter((c) => c.consumer === p.slug),
        usedBy: all
          .filter((c) => c.provider === p.slug)
          .sort((a, b) => a.consumer.localeCompare(b.consumer)),
      })
    expect(index.first(25)).toEqual(all.slice(0, 25))
    // What a page lists: the first few each way in another order (here, reversed slugs), of
    // every product or only of some (the others not public in the page's locale).
    const reversed = (slug: string) => [...slug].reverse().join('')
    const rankOf = (shown: ConnectableProduct[]) =>
      new Map(
        shown
          .map((p) => p.slug)
          .sort((a, b) => reversed(a).localeCompare(reversed(b)))
          .map((slug, i) => [slug, i]),
      )
    for (const rank of [rankOf(products), rankOf(products.filter((_, i) => i % 5 !== 0))]) {
      const byRank = (other: (c: Connection) => string) => (a: Connection, b: Connection) =>
        rank.get(other(a))! - rank.get(other(b))!
      for (const p of products)
        for (const limit of [0, 3, 1000]) {
          const own = index.of(p.slug)
          const uses = own.uses.filter((c) => rank.has(c.provider))
          const usedBy = own.usedBy.filter((c) => rank.has(c.consumer))
          expect(index.shown(p.slug, rank, limit)).toEqual({
            uses: uses.sort(byRank((c) => c.provider)).slice(0, limit),
            usedBy: usedBy.sort(byRank((c) => c.consumer)).slice(0, limit),
            count: { uses: uses.length, usedBy: usedBy.length },
          })
        }
    }
    const over = new Map<string, number>()
    for (const c of all)
      for (const r of c.reasons) over.set(r.protocol, (over.get(r.protocol) ?? 0) + 1)
    expect(index.overProtocol).toEqual(over)
  })
})
