import { describe, expect, it } from 'vitest'

import {
  clusterLd,
  eventLd,
  itemListLd,
  memberLd,
  productLd,
  publicationLd,
} from '../../site/lib/jsonld'

const site = 'https://portal.example'

describe('JSON-LD', () => {
  it('describes the cluster and leaves out what it does not know', () => {
    const ld = clusterLd(
      { name: 'HITS', url: `${site}/en/`, email: 'a@b.example', telephone: null },
      [`${site}/en/members/orbitsoft/`],
    )
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${site}/en/#organization`,
      name: 'HITS',
      email: 'a@b.example',
      member: [{ '@id': `${site}/en/members/orbitsoft/#organization` }],
    })
    expect(ld).not.toHaveProperty('telephone')
  })

  it('describes a member with employees as a range and membership of the cluster', () => {
    const ld = memberLd(
      {
        name: 'OrbitSoft',
        tagline: 'ERP',
        founded: 2004,
        employees: '50-249',
        city: 'Sofia',
        country: 'BG',
        address: '1 Main St',
        location: { lat: 42.7, lng: 23.3 },
        website: 'https://orbitsoft.example',
        contact: { email: 'x@orbitsoft.example' },
        languages: ['bg', 'en'],
        exportMarkets: ['DE'],
        technologies: ['Java'],
      },
      { url: `${site}/en/members/orbitsoft/`, clusterUrl: `${site}/en/` },
    )
    expect(ld).toMatchObject({
      '@type': 'Organization',
      foundingDate: '2004',
      numberOfEmployees: { minValue: 50, maxValue: 249 },
      address: { addressCountry: 'BG', addressLocality: 'Sofia' },
      geo: { latitude: 42.7, longitude: 23.3 },
      memberOf: { '@id': `${site}/en/#organization` },
    })
  })

  it('makes a Service of a service and a Product of anything else', () => {
    const ctx = {
      url: `${site}/en/catalogue/x/`,
      images: [],
      maker: { name: 'M', url: `${site}/en/members/m/` },
      categories: ['Cloud'],
    }
    expect(productLd({ name: 'X', kind: 'service', summary: 's' }, ctx)).toMatchObject({
      '@type': 'Service',
      provider: { name: 'M' },
    })
    expect(productLd({ name: 'X', kind: 'solution', summary: 's' }, ctx)).toMatchObject({
      '@type': 'Product',
      brand: { name: 'M' },
      manufacturer: { name: 'M' },
    })
  })

  it('offers a price from which, where the member gives an amount, and none on request', () => {
    const ctx = { url: `${site}/en/catalogue/x/`, images: [], categories: [] }
    const price = { amount: 49, currency: 'EUR', unitText: 'per user per month' }
    expect(
      productLd({ name: 'X', kind: 'product', summary: 's' }, { ...ctx, price }),
    ).toMatchObject({
      offers: {
        '@type': 'Offer',
        price: 49,
        priceCurrency: 'EUR',
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          minPrice: 49,
          priceCurrency: 'EUR',
          unitText: 'per user per month',
        },
      },
    })
    expect(
      productLd({ name: 'X', kind: 'service', summary: 's' }, { ...ctx, price }),
    ).toHaveProperty('offers.price', 49)
    expect(productLd({ name: 'X', kind: 'product', summary: 's' }, ctx)).not.toHaveProperty(
      'offers',
    )
  })

  it('gives an event its status, attendance mode, location and zoned times', () => {
    const base = {
      title: 'Conf',
      summary: 'S',
      start: '2026-06-11T06:00:00.000Z',
      end: '2026-06-11T14:00:00.000Z',
      timeZone: 'Europe/Sofia',
      venue: { name: 'Hall', city: 'Sofia', country: 'BG' },
      onlineUrl: 'https://meet.example/x',
      registrationUrl: 'https://reg.example',
    }
    const ctx = {
      url: `${site}/en/events/conf/`,
      organisers: [{ name: 'M', url: `${site}/en/members/m/` }],
      locale: 'en' as const,
      // Before the event: registration is open.
      now: new Date('2026-05-01T00:00:00Z'),
    }
    const inPerson = eventLd({ ...base, status: 'scheduled', format: 'in-person' }, ctx)
    expect(inPerson).toMatchObject({
      '@type': 'Event',
      startDate: '2026-06-11T09:00:00+03:00',
      endDate: '2026-06-11T17:00:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Hall', address: { addressCountry: 'BG' } },
      offers: { url: 'https://reg.example' },
    })
    const online = eventLd({ ...base, status: 'cancelled', format: 'online' }, ctx)
    expect(online).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example/x' },
    })
    expect(online).not.toHaveProperty('offers')
    const hybrid = eventLd({ ...base, status: 'postponed', format: 'hybrid' }, ctx)
    expect(hybrid.eventStatus).toBe('https://schema.org/EventPostponed')
    // No registration offer for a postponed event, nor for one that has passed.
    expect(hybrid).not.toHaveProperty('offers')
    const past = eventLd(
      { ...base, status: 'scheduled', format: 'in-person' },
      { ...ctx, now: new Date('2026-06-12T00:00:00Z') },
    )
    expect(past).not.toHaveProperty('offers')
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect((hybrid.location as { '@type': string }[]).map((l) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ])
  })

  it('makes Reports of studies and Articles of newsletters, with the PDF', () => {
    const ctx = {
      url: `${site}/de/publications/p/`,
      file: { url: `${site}/files/p-de.pdf`, language: 'de' },
      cluster: { name: 'HITS', url: `${site}/de/` },
      locale: 'de' as const,
    }
    const report = publicationLd(
      { title: 'T', kind: 'market-study', date: '2026-10-20T00:00:00.000Z', authors: ['A B'] },
      ctx,
    )
    expect(report).toMatchObject({
      '@type': 'Report',
      headline: 'T',
      datePublished: '2026-10-20',
      author: [{ '@type': 'Person', name: 'A B' }],
      encoding: { contentUrl: `${site}/files/p-de.pdf`, encodingFormat: 'application/pdf' },
    })
    expect(
      publicationLd({ title: 'N', kind: 'newsletter', date: '2026-10-01T00:00:00.000Z' }, ctx)[
        '@type'
      ],
    ).toBe('Article')
  })

  it('lists the documents of a list page in order', () => {
    expect(itemListLd('Members', ['a', 'b']).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, url: 'a' },
      { '@type': 'ListItem', position: 2, url: 'b' },
    ])
  })
})
