import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'

import type {
  Cooperation,
  Event,
  Member,
  Partner,
  Product,
  Publication,
} from '../../cms/payload-types'
import en from '../../site/i18n/ui/en.json'
import {
  datasets,
  fieldDocs,
  openCooperation,
  openDataFile,
  type OpenDataContext,
  openEvent,
  openMembers,
  openPartner,
  openProduct,
  openPublication,
  plainText,
  schemaOf,
} from '../../site/lib/opendata'
import { computeConnections } from '../../site/lib/connections'
import { openConnections, openProtocols } from '../../site/lib/opendataInterfaces'
import { makerLink, registryOf } from '../../site/lib/registry'
import {
  products as registryProducts,
  protocols as registryProtocols,
} from '../helpers/registryFixtures'

const site = 'https://portal.example/'

/** Ajv has no formats built in; these follow RFC 3339 and WHATWG URLs, as the schemas mean. */
function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value))
  ajv.addFormat(
    'date',
    (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  )
  ajv.addFormat(
    'date-time',
    (value: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
  )
  return ajv
}

const category = { id: 3, name: 'Software', slug: 'software', updatedAt: '', createdAt: '' }
const makerRef = { id: 1, name: 'OrbitSoft', slug: 'orbitsoft', country: 'BG' } as Member
const hiddenRef = { id: 9, name: 'Draft Co', slug: 'draft-co', country: 'BG' } as Member

const members = [
  {
    id: 1,
    name: 'OrbitSoft',
    slug: 'orbitsoft',
    tagline: 'ERP for manufacturers',
    sectors: [category, 7],
    technologies: ['TypeScript'],
    founded: 2009,
    employees: '50-249',
    city: 'Sofia',
    country: 'BG',
    address: '1 Tsarigradsko Shose',
    location: { lat: 42.69, lng: 23.32 },
    website: 'https://orbitsoft.example',
    contact: { name: 'Ivan Petrov', email: 'i.petrov@orbitsoft.example', phone: '+359 2 000 000' },
    languages: ['bg', 'en'],
    certifications: ['ISO 9001'],
    references: [{ id: 'r1', sector: 'automotive', country: 'RO', outcome: 'Lieferzeit halbiert' }],
    exportMarkets: ['DE'],
    memberSince: '2014-03-01T00:00:00.000Z',
    featured: true,
    internalNotes: 'Late with the fee',
    updatedAt: '2026-02-01T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
    _status: 'published',
  },
  {
    id: 2,
    name: 'Blank Ltd',
    slug: 'blank',
    country: 'DE',
    // Cleared fields come back from the CMS as empty strings; the files say null.
    city: '',
    website: ' ',
    technologies: ['', 'Go'],
    location: {},
    updatedAt: '2026-03-01T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
] as Member[]

const products = [
  {
    id: 10,
    name: 'ERP Flow',
    slug: 'erp-flow',
    member: makerRef,
    kind: 'product',
    summary: 'ERP for small plants',
    categories: [category],
    industries: ['manufacturing'],
    technologies: ['Kubernetes'],
    deployment: ['cloud', 'saas'],
    pricingModel: 'subscription',
    price: { amount: 49, currency: 'EUR', unit: 'per-user-month', onRequest: false },
    supportedLanguages: ['bg', 'de'],
    certifications: ['ISO/IEC 27001:2022'],
    references: [
      { id: 'r2', sector: 'manufacturing', country: 'DE', outcome: '35 % weniger Fehlbestände' },
    ],
    integrations: [
      { id: 11, name: 'Hidden', slug: 'hidden-product' },
      { id: 12, name: 'Vision', slug: 'vision' },
    ],
    updatedAt: '2026-02-02T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
  {
    id: 12,
    name: 'Vision',
    slug: 'vision',
    member: hiddenRef,
    kind: 'service',
    summary: 'Machine vision',
    price: { amount: null, currency: 'EUR', unit: null, onRequest: true },
    updatedAt: '2026-02-03T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
] as Product[]

const events = [
  {
    id: 20,
    title: 'Webinar',
    slug: 'webinar',
    kind: 'webinar',
    summary: null,
    start: '2026-11-13T12:00:00.000Z',
    end: '2026-11-13T13:30:00.000Z',
    timeZone: 'Europe/Sofia',
    format: 'online',
    onlineUrl: 'https://meet.example/w',
    venue: { name: 'Ignored for online events' },
    organisers: [makerRef, hiddenRef, 5],
    partners: [
      { id: 1, name: 'Elbe Digital', slug: 'elbe-digital', country: 'DE', kind: 'cluster' },
    ],
    registrationDeadline: '2026-11-12T20:59:00.000Z',
    status: 'cancelled',
    updatedAt: '2026-02-04T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
  {
    id: 21,
    title: 'Mission',
    slug: 'mission',
    kind: 'trade-mission',
    start: '2026-09-23T07:00:00.000Z',
    end: '2026-09-25T15:00:00.000Z',
    timeZone: 'Europe/Berlin',
    format: 'in-person',
    onlineUrl: 'https://not-for-in-person.example',
    venue: { name: 'Messe', city: 'Dresden', country: 'DE' },
    status: 'scheduled',
    updatedAt: '2026-02-05T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
] as Event[]

const partners = [
  {
    id: 30,
    name: 'Elbe Digital',
    slug: 'elbe-digital',
    kind: 'cluster',
    country: 'DE',
    city: 'Dresden',
    website: 'https://elbe.example',
    logo: 4,
    description: 'IT cluster of Saxony',
    cooperatingSince: '2019-05-01T00:00:00.000Z',
    updatedAt: '2026-02-06T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
    _status: 'published',
  },
] as Partner[]

const publications = [
  {
    id: 40,
    title: 'Strategie 2030',
    slug: 'strategy-2030',
    kind: 'strategy',
    date: '2025-10-01T00:00:00.000Z',
    authors: ['Maria Ivanova', ''],
    summary: 'Wohin der Cluster geht',
    updatedAt: '2026-02-07T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
] as Publication[]

const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children })
const cooperation = [
  {
    id: 50,
    title: 'Partner für KI gesucht',
    slug: 'ai-partner',
    member: makerRef,
    type: 'request',
    description: {
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          paragraph({ type: 'text', text: 'Wir suchen ' }, { type: 'text', text: '<b>KI</b>' }),
          paragraph({ type: 'text', text: 'Zweiter Absatz' }),
        ],
      },
    },
    audience: '',
    categories: [category],
    validUntil: '2027-01-31T00:00:00.000Z',
    updatedAt: '2026-02-08T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
  },
] as Cooperation[]

const ctx: OpenDataContext = {
  locale: 'de',
  site,
  // Draft Co and hidden-product are not public: links to them must not appear.
  published: {
    members: new Set(['orbitsoft', 'blank']),
    products: new Set(['erp-flow', 'vision']),
  },
}

// The registry's files (step 8), from the registry fixtures, in German like the others.
const registryConnections = computeConnections(registryProducts)
const updatedBySlug = (docs: { slug: string; updatedAt: string }[]) =>
  new Map(docs.map((d) => [d.slug, d.updatedAt]))

const files = {
  members: openDataFile('members', openMembers(members, products, ctx), {
    locale: 'de',
    site,
    publisher: 'HITS',
  }),
  products: openDataFile(
    'products',
    products.map((p) => openProduct(p, ctx)),
    { locale: 'de', site, publisher: 'HITS' },
  ),
  events: openDataFile(
    'events',
    events.map((e) => openEvent(e, ctx)),
    { locale: 'de', site, publisher: 'HITS' },
  ),
  partners: openDataFile(
    'partners',
    partners.map((p) => openPartner(p, ctx)),
    { locale: 'de', site, publisher: 'HITS' },
  ),
  publications: openDataFile(
    'publications',
    publications.map((p) => openPublication(p, ctx)),
    { locale: 'de', site, publisher: 'HITS' },
  ),
  cooperation: openDataFile(
    'cooperation',
    cooperation.map((p) => openCooperation(p, ctx)),
    { locale: 'de', site, publisher: 'HITS' },
  ),
  interfaces: openDataFile(
    'interfaces',
    openProtocols(
      registryOf('de', registryProtocols, registryProducts, registryConnections),
      site,
      { protocols: updatedBySlug(registryProtocols), products: updatedBySlug(registryProducts) },
    ),
    { locale: 'de', site, publisher: 'HITS' },
  ),
  connections: openDataFile(
    'connections',
    openConnections('de', registryConnections, site, {
      products: new Map(
        registryProducts.map((p) => [
          p.slug,
          { name: p.name, maker: makerLink('de', p), updatedAt: p.updatedAt },
        ]),
      ),
      protocols: new Map(registryProtocols.map((p) => [p.slug, p])),
    }),
    { locale: 'de', site, publisher: 'HITS' },
  ),
}

describe('open data', () => {
  it.each(datasets)(
    '%s: the JSON Schema is draft 2020-12 and compiles in strict mode',
    (dataset) => {
      const schema = schemaOf(dataset, site)
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toBe(`https://portal.example/data/schemas/${dataset}.schema.json`)
      expect(() => validator().compile(schema)).not.toThrow()
    },
  )

  it.each(datasets)('%s: the file validates against its schema', (dataset) => {
    const validate = validator().compile(schemaOf(dataset, site))
    const valid = validate(JSON.parse(JSON.stringify(files[dataset])))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it.each(datasets)(
    '%s: the schema rejects a record with an extra or a missing field',
    (dataset) => {
      const validate = validator().compile(schemaOf(dataset, site))
      const file = JSON.parse(JSON.stringify(files[dataset]))
      expect(validate({ ...file, items: [{ ...file.items[0], id: 1 }] })).toBe(false)
      const { slug: _slug, ...withoutSlug } = file.items[0]
      expect(validate({ ...file, items: [withoutSlug] })).toBe(false)
    },
  )

  it('interfaces: each protocol with its providers and consumers, changed when they change', () => {
    const peppol = files.interfaces.items.find((p) => p.slug === 'peppol-bis')!
    expect(peppol).toMatchObject({
      name: 'PEPPOL BIS',
      url: 'https://portal.example/de/integrations/#peppol-bis',
      family: 'business-documents',
      specification: 'https://spec.example/peppol-bis',
    })
    expect(peppol.providers).toEqual([
      {
        product: {
          slug: 'erp-flow',
          name: 'ERP Flow',
          url: 'https://portal.example/de/catalogue/erp-flow/',
        },
        member: {
          slug: 'orbitsoft',
          name: 'OrbitSoft',
          url: 'https://portal.example/de/members/orbitsoft/',
        },
        version: '3.0',
        documentation: 'https://docs.example/erp-flow/peppol',
        apiReference: null,
      },
    ])
    expect(peppol.consumers.map((c) => c.product.slug)).toEqual([
      'invoicer',
      'old-books',
      'orbit-pay',
    ])
    // The newest change among the protocol and the products that speak it.
    expect(peppol.updatedAt).toBe('2026-12-04T10:00:00.000Z')
    const nobody = files.interfaces.items.find((p) => p.slug === 'opc-ua')!
    expect(nobody).toMatchObject({
      providers: [],
      consumers: [],
      updatedAt: '2026-11-03T10:00:00.000Z',
    })
  })

  it('connections: consumer and provider with their members, and every reason', () => {
    expect(files.connections.items.map((c) => c.slug)).toEqual([
      'erp-flow--invoicer',
      'invoicer--erp-flow',
    ])
    expect(files.connections.items[1]).toEqual({
      slug: 'invoicer--erp-flow',
      consumer: {
        slug: 'invoicer',
        name: 'Invoicer',
        url: 'https://portal.example/de/catalogue/invoicer/',
      },
      consumerMember: {
        slug: 'ledgerly',
        name: 'Ledgerly',
        url: 'https://portal.example/de/members/ledgerly/',
      },
      provider: {
        slug: 'erp-flow',
        name: 'ERP Flow',
        url: 'https://portal.example/de/catalogue/erp-flow/',
      },
      providerMember: {
        slug: 'orbitsoft',
        name: 'OrbitSoft',
        url: 'https://portal.example/de/members/orbitsoft/',
      },
      reasons: [
        {
          protocol: {
            slug: 'peppol-bis',
            name: 'PEPPOL BIS',
            url: 'https://portal.example/de/integrations/#peppol-bis',
          },
          consumerVersion: 'BIS 3',
          providerVersion: '3.0',
        },
      ],
      updatedAt: '2026-12-02T10:00:00.000Z',
    })
  })

  it('carries the price indication, certifications and references', () => {
    const [erp, vision] = files.products.items
    expect(erp.price).toEqual({
      amount: 49,
      currency: 'EUR',
      unit: 'per-user-month',
      onRequest: false,
    })
    expect(vision.price).toEqual({ amount: null, currency: null, unit: null, onRequest: true })
    expect(erp.certifications).toEqual(['ISO/IEC 27001:2022'])
    // The row ids are the CMS's own: not part of the published shape.
    expect(erp.references).toEqual([
      { sector: 'manufacturing', country: 'DE', outcome: '35 % weniger Fehlbestände' },
    ])
    const orbit = files.members.items.find((m) => m.slug === 'orbitsoft')!
    expect(orbit.references).toEqual([
      { sector: 'automotive', country: 'RO', outcome: 'Lieferzeit halbiert' },
    ])
    const blank = files.members.items.find((m) => m.slug === 'blank')!
    expect(blank.references).toEqual([])
  })

  it('holds nothing private and no internal ids', () => {
    const text = JSON.stringify(files)
    for (const secret of [
      'internalNotes',
      'Late with the fee',
      'Ivan Petrov',
      'i.petrov@',
      '_status',
      'featured',
    ]) {
      expect(text).not.toContain(secret)
    }
    // The licence has an SPDX id; no record carries a database id.
    expect(text).not.toMatch(/"id":\d/)
  })

  it('links only to public documents', () => {
    const [erp, vision] = files.products.items
    expect(erp!.worksWith.map((l) => l.slug)).toEqual(['vision'])
    expect(erp!.member).toEqual({
      slug: 'orbitsoft',
      name: 'OrbitSoft',
      url: 'https://portal.example/de/members/orbitsoft/',
    })
    expect(vision!.member).toBeNull()
    const webinar = files.events.items.find((e) => e.slug === 'webinar')!
    expect(webinar.organisers.map((o) => o.slug)).toEqual(['orbitsoft'])
    const orbit = files.members.items.find((m) => m.slug === 'orbitsoft')!
    expect(orbit.products.map((p) => p.slug)).toEqual(['erp-flow'])
    expect(orbit.sectors).toEqual([{ slug: 'software', name: 'Software' }])
  })

  it('gives times in the event zone, venue only where one is, and a calendar link', () => {
    const [mission, webinar] = files.events.items
    expect(mission!.start).toBe('2026-09-23T09:00:00+02:00')
    expect(mission!.onlineUrl).toBeNull()
    expect(mission!.venue).toEqual({ name: 'Messe', address: null, city: 'Dresden', country: 'DE' })
    expect(webinar!.start).toBe('2026-11-13T14:00:00+02:00')
    expect(webinar!.venue).toBeNull()
    expect(webinar!.registrationDeadline).toBe('2026-11-12T22:59:00+02:00')
    expect(webinar!.calendarUrl).toBe('https://portal.example/de/events/webinar.ics')
  })

  it('partners, publications and cooperation: dates as days, plain text, links to their entries', () => {
    expect(files.partners.items[0]).toMatchObject({
      url: 'https://portal.example/de/partners/#elbe-digital',
      cooperatingSince: '2019-05-01',
    })
    expect(JSON.stringify(files.partners)).not.toContain('logo')
    expect(files.publications.items[0]).toMatchObject({
      url: 'https://portal.example/de/publications/strategy-2030/',
      date: '2025-10-01',
      authors: ['Maria Ivanova'],
    })
    expect(files.cooperation.items[0]).toEqual({
      slug: 'ai-partner',
      title: 'Partner für KI gesucht',
      url: 'https://portal.example/de/cooperation/#ai-partner',
      type: 'request',
      member: {
        slug: 'orbitsoft',
        name: 'OrbitSoft',
        url: 'https://portal.example/de/members/orbitsoft/',
      },
      // Text stays text: a reuser escapes it like any other string.
      description: 'Wir suchen <b>KI</b>\n\nZweiter Absatz',
      audience: null,
      categories: [{ slug: 'software', name: 'Software' }],
      validUntil: '2027-01-31',
      updatedAt: '2026-02-08T10:00:00.000Z',
    })
    expect(plainText(null)).toBeNull()
  })

  it('a postponed event has no calendar link: its stored date is the old one', () => {
    const postponed = openEvent({ ...events[1]!, status: 'postponed' }, ctx)
    expect(postponed.calendarUrl).toBeNull()
    const validate = validator().compile(schemaOf('events', site))
    const file = JSON.parse(JSON.stringify(files.events))
    expect(validate({ ...file, items: [postponed] })).toBe(true)
  })

  it('describes the file: licence, locale, latest change, records sorted by slug', () => {
    expect(files.events.license).toEqual({
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    })
    expect(files.events.locale).toBe('de')
    expect(files.events.updatedAt).toBe('2026-02-05T10:00:00.000Z')
    expect(files.events.items.map((e) => e.slug)).toEqual(['mission', 'webinar'])
    expect(files.members.items.find((m) => m.slug === 'blank')).toMatchObject({
      location: null,
      sectors: [],
      memberSince: null,
    })
  })

  it('documents every field the schemas publish, in the UI strings', () => {
    for (const dataset of datasets) {
      const schema = schemaOf(dataset, site) as {
        $defs: { item: { properties: Record<string, { description?: string }> } }
      }
      const documented = fieldDocs(dataset).map((f) => f.name)
      expect(documented).toEqual(Object.keys(schema.$defs.item.properties))
      for (const [name, property] of Object.entries(schema.$defs.item.properties)) {
        expect(property.description, `${dataset}.${name}`).toBeTruthy()
      }
      for (const field of [...fieldDocs(dataset), ...fieldDocs('envelope')])
        expect(en).toHaveProperty([field.doc])
    }
  })
})
