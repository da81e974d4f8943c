import { describe, expect, it } from 'vitest'

import { computeConnections, connectionIndex } from '@site/lib/connections'
import { interfacesLd, registryLd } from '@site/lib/jsonldRegistry'
import {
  connectionsOf,
  interfaceLines,
  registryIndex,
  registryOf,
  shownConnectionsOf,
} from '@site/lib/registry'
import {
  filterRegistry,
  registryFilterOf,
  registrySearchOf,
  countsOf,
} from '@site/lib/registryFilter'
import { products, protocols } from '../helpers/registryFixtures'

const connections = computeConnections(products)
const apiLink = (
  locale: string,
  product: { slug?: string | null },
  api: { filename?: string | null },
) => `/${locale}/catalogue/${product.slug}/api/${api.filename?.replace(/\.\w+$/, '')}/`
const registry = registryOf('en', protocols, products, connections)
const names = (lines: { product: { name: string } }[]) => lines.map((l) => l.product.name)
const protocol = (slug: string) =>
  registry.families.flatMap((f) => f.protocols).find((p) => p.slug === slug)!

describe('the interoperability registry', () => {
  it('lists who provides and who consumes each protocol, with makers, by family', () => {
    expect(registry.families.map((f) => [f.family, f.label])).toEqual([
      ['business-documents', 'Business documents and e-invoicing'],
      ['identity', 'Identity and sign-in'],
      ['industrial', 'Industrial automation'],
    ])
    const peppol = protocol('peppol-bis')
    expect(names(peppol.providers)).toEqual(['ERP Flow'])
    expect(names(peppol.consumers)).toEqual(['Invoicer', 'Old Books', 'Orbit Pay'])
    expect(peppol.providers[0]).toMatchObject({
      maker: { slug: 'orbitsoft', name: 'OrbitSoft', url: '/en/members/orbitsoft/' },
      product: { url: '/en/catalogue/erp-flow/' },
      version: '3.0',
      documentation: 'https://docs.example/erp-flow/peppol',
    })
    expect(peppol.url).toBe('/en/integrations/#peppol-bis')
    expect(peppol.connections).toBe(1)
  })

  it('keeps a protocol nobody speaks yet, and counts only what is in use', () => {
    expect(protocol('opc-ua')).toMatchObject({ providers: [], consumers: [] })
    expect(registry.counts).toEqual({ protocols: 2, products: 4, members: 2, connections: 2 })
  })

  it('labels families in the reader language', () => {
    const de = registryOf('de', protocols, products, connections)
    expect(de.families[0].label).toBe('Geschäftsdokumente und E-Rechnung')
    expect(de.families[0].protocols[0].url).toBe('/de/integrations/#peppol-bis')
  })

  it('gives the island the members that have interfaces, by name', () => {
    expect(registryIndex('en', registry).members.map((m) => m.slug)).toEqual([
      'ledgerly',
      'orbitsoft',
    ])
  })

  it('links an API description to its reference page when there is one', () => {
    const withApi = {
      ...products[0],
      interfaces: [
        {
          ...products[0].interfaces![0],
          apiDescription: { id: 5, title: 'ERP Flow API', filename: 'erp-flow.yaml' },
        },
      ],
    } as (typeof products)[number]
    expect(interfaceLines('en', withApi, apiLink)[0].apiReference).toEqual({
      title: 'ERP Flow API',
      url: '/en/catalogue/erp-flow/api/erp-flow/',
    })
    expect(interfaceLines('en', withApi)[0].apiReference).toBeNull()
  })

  it('leaves out a row whose protocol is not public (only its id loaded)', () => {
    const hidden = { ...products[0], interfaces: [{ protocol: 99, role: 'provides' as const }] }
    expect(interfaceLines('en', hidden)).toEqual([])
  })
})

describe("a product's computed connections", () => {
  const bySlug = new Map(products.map((p) => [p.slug, p]))
  const protocolNames = new Map(protocols.map((p) => [p.slug, p]))

  it('shows both sides: what it can use and what can use it, with the reasons', () => {
    const erp = connectionsOf('en', 'erp-flow', connections, bySlug, protocolNames)
    expect(erp.uses).toEqual([
      {
        other: { slug: 'invoicer', name: 'Invoicer', url: '/en/catalogue/invoicer/' },
        maker: { slug: 'ledgerly', name: 'Ledgerly', url: '/en/members/ledgerly/' },
        reasons: [
          {
            protocol: {
              slug: 'openid-connect',
              name: 'OpenID Connect',
              url: '/en/integrations/#openid-connect',
            },
            consumerVersion: '1.0',
            providerVersion: null,
          },
        ],
      },
    ])
    expect(erp.usedBy.map((c) => [c.other.slug, c.reasons[0].protocol.slug])).toEqual([
      ['invoicer', 'peppol-bis'],
    ])
    // Own products and other major versions do not connect.
    const pay = connectionsOf('en', 'orbit-pay', connections, bySlug, protocolNames)
    expect(pay).toEqual({ uses: [], usedBy: [] })
    expect(connectionsOf('en', 'old-books', connections, bySlug, protocolNames).uses).toEqual([])
  })

  it('lists the first few each way by name on the page, and counts the rest', () => {
    const index = connectionIndex(products)
    const rank = new Map(
      [...products].sort((a, b) => a.name.localeCompare(b.name)).map((p, i) => [p.slug, i]),
    )
    const shown = (slug: string, limit: number) =>
      shownConnectionsOf('en', slug, index, bySlug, protocolNames, rank, limit)
    const full = connectionsOf('en', 'erp-flow', connections, bySlug, protocolNames)
    expect(shown('erp-flow', 12)).toEqual({ ...full, more: { uses: 0, usedBy: 0 } })
    expect(shown('erp-flow', 0)).toEqual({
      uses: [],
      usedBy: [],
      more: { uses: full.uses.length, usedBy: full.usedBy.length },
    })
    // Registry and page agree on the total.
    expect(index.total).toBe(registry.counts.connections)
  })

  it('leaves out a connection to a product that is not public in the locale', () => {
    const onlyErp = new Map([['erp-flow', bySlug.get('erp-flow')!]])
    expect(connectionsOf('en', 'erp-flow', connections, onlyErp, protocolNames)).toEqual({
      uses: [],
      usedBy: [],
    })
  })
})

describe('the registry filter', () => {
  const slugsOf = (state: string) =>
    filterRegistry(registry, registryFilterOf(state)).flatMap((f) =>
      f.protocols.map((p) => [p.slug, ...names([...p.providers, ...p.consumers])].join(':')),
    )

  it('finds a protocol by its name, with everything that speaks it', () => {
    expect(slugsOf('?q=peppol')).toEqual(['peppol-bis:ERP Flow:Invoicer:Old Books:Orbit Pay'])
  })

  it('finds a product or a member by name in every protocol it speaks', () => {
    expect(slugsOf('?q=ledgerly')).toEqual([
      'peppol-bis:Invoicer:Old Books',
      'openid-connect:Invoicer',
    ])
  })

  it('narrows by family, role and member; a protocol left without products goes', () => {
    expect(slugsOf('?family=industrial')).toEqual(['opc-ua'])
    expect(slugsOf('?role=provides')).toEqual(['peppol-bis:ERP Flow', 'openid-connect:Invoicer'])
    expect(slugsOf('?member=orbitsoft&role=consumes')).toEqual([
      'peppol-bis:Orbit Pay',
      'openid-connect:ERP Flow',
    ])
    expect(slugsOf('?q=nothing-like-this')).toEqual([])
  })

  it('keeps its state in the URL, and counts what it shows', () => {
    const state = registryFilterOf('?q=e%20invoicing&role=consumes&role=bogus&member=x')
    expect(state).toEqual({ q: 'e invoicing', family: '', role: 'consumes', member: 'x' })
    expect(registrySearchOf(state)).toBe('?q=e%20invoicing&role=consumes&member=x')
    expect(registrySearchOf(registryFilterOf('?role=bogus'))).toBe('')
    expect(countsOf(filterRegistry(registry, registryFilterOf('?q=ledgerly')))).toEqual({
      protocols: 2,
      products: 2,
    })
  })
})

describe('registry JSON-LD', () => {
  it('names a product interfaces as property values that point to the registry terms', () => {
    const [ld] = interfacesLd(
      [
        {
          role: 'Provides',
          protocol: {
            slug: 'peppol-bis',
            name: 'PEPPOL BIS',
            url: 'https://p.example/en/integrations/#peppol-bis',
          },
          version: '3.0',
          documentation: null,
        },
      ],
      'https://p.example/en/integrations/',
    )
    expect(ld).toEqual({
      '@type': 'PropertyValue',
      name: 'Provides',
      value: 'PEPPOL BIS 3.0',
      valueReference: {
        '@type': 'DefinedTerm',
        '@id': 'https://p.example/en/integrations/#peppol-bis',
        name: 'PEPPOL BIS',
        termCode: 'peppol-bis',
        inDefinedTermSet: 'https://p.example/en/integrations/',
      },
    })
    const set = registryLd(
      'Registry',
      'https://p.example/en/integrations/',
      protocols,
      (s) => `#${s}`,
    )
    expect(set['@type']).toBe('DefinedTermSet')
    expect(set.hasDefinedTerm).toHaveLength(3)
  })
})
