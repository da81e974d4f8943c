import { describe, expect, it } from 'vitest'

import { computeConnections, majorVersion, type ConnectableProduct } from '@site/lib/connections'

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
})
