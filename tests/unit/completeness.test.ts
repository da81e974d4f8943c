import { describe, expect, it } from 'vitest'

import { anchorPath, fieldAnchor, fieldHref } from '@cms/completeness/links'
import {
  hasText,
  memberWeights,
  productWeights,
  scoreMember,
  scoreProduct,
  type MemberInput,
  type ProductInput,
} from '@cms/completeness/score'
import { localeCodes } from '@shared/locales'

const ls = localeCodes
const every = <T>(value: T) => ({ en: value, bg: value, de: value })
const lexical = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})
const image = (id: number, alt = every('A photo')) => ({ id, alt })

/** A product with everything a buyer looks for. */
const fullProduct = (id = 1): ProductInput => ({
  id,
  name: `Product ${id}`,
  summary: every('Modular ERP'),
  description: every(lexical('Long text')),
  categories: [1],
  industries: ['manufacturing'],
  images: [image(10), image(11)],
  price: { amount: 29, unit: 'user-month' },
  pricingModel: 'subscription',
  deployment: ['cloud'],
  supportedLanguages: ['en'],
  certifications: ['ISO 27001'],
  references: [{ outcome: every('Cut costs') }],
  brochure: 5,
  interfaces: [{ protocol: { id: 1, name: 'PEPPOL BIS' }, documentation: 'https://x.example' }],
  integrations: [7],
})

const fullMember = (): MemberInput => ({
  id: 3,
  name: 'OrbitSoft',
  tagline: every('ERP for factories'),
  description: every(lexical('We build ERP')),
  logo: image(20),
  contact: { name: 'Ana', email: 'ana@orbit.example', phone: '+359 2 1' },
  website: 'https://orbit.example',
  city: 'Sofia',
  location: { lat: 42.7, lng: 23.3 },
  sectors: [1],
  exportMarkets: ['DE'],
  languages: ['en'],
  certifications: ['ISO 9001'],
  references: [{ outcome: every('Went live in 6 months') }],
  founded: 2003,
  employees: '50-249',
})

describe('the weights', () => {
  it('of a profile and of a product each add up to 100', () => {
    const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0)
    expect(sum(memberWeights)).toBe(100)
    expect(sum(productWeights)).toBe(100)
  })
})

describe('a product’s score', () => {
  it('is 100 with nothing missing', () => {
    const s = scoreProduct(fullProduct(), ls)
    expect(s.score).toBe(100)
    expect(s.missing).toEqual([])
  })

  it('is 0 for a bare product, and every criterion is listed as missing', () => {
    const s = scoreProduct({ id: 9, name: 'Bare' }, ls)
    expect(s.score).toBe(0)
    const criteria = new Set(s.missing.map((m) => m.criterion))
    // What describes images, references and interfaces is listed with them, worth both.
    for (const c of Object.keys(productWeights))
      if (!['imageAlt', 'referenceTranslations', 'interfaceDocs'].includes(c))
        expect(criteria, c).toContain(c)
    expect(s.missing.reduce((a, m) => a + m.points, 0)).toBeCloseTo(100)
    expect(s.missing.find((m) => m.field === 'images')?.points).toBe(16)
  })

  it('loses a share per locale, per image and per interface, each gap naming its field', () => {
    const p = fullProduct()
    p.description = { en: lexical('Text'), bg: lexical('  '), de: null }
    p.images = [image(10), image(11, { en: 'x', bg: 'y', de: '' })]
    p.interfaces = [
      { protocol: { id: 1, name: 'PEPPOL BIS' }, documentation: 'https://x.example' },
      { protocol: { id: 2, name: 'OPC UA' }, documentation: null },
    ]
    const s = scoreProduct(p, ls)
    // 15 × 2/3 + 6 × 1/6 + 4 × 1/2 = 13
    expect(s.exact).toBeCloseTo(87)
    expect(s.missing).toEqual([
      expect.objectContaining({ criterion: 'description', field: 'description', locale: 'bg' }),
      expect.objectContaining({ criterion: 'description', field: 'description', locale: 'de' }),
      {
        criterion: 'interfaceDocs',
        collection: 'products',
        id: 1,
        field: 'interfaces.1.documentation',
        n: 2,
        protocol: 'OPC UA',
        points: 2,
      },
      {
        criterion: 'imageAlt',
        collection: 'media',
        id: 11,
        field: 'alt',
        locale: 'de',
        n: 2,
        points: 1,
      },
    ])
  })

  it('counts "on request" as a price, and an API description as an interface’s documentation', () => {
    const p = fullProduct()
    p.price = { onRequest: true }
    p.interfaces = [{ protocol: 1, documentation: '', apiDescription: 4 }]
    expect(scoreProduct(p, ls).score).toBe(100)
  })
})

describe('a member’s score', () => {
  it('is 100 with a complete profile and complete products', () => {
    const s = scoreMember(fullMember(), [fullProduct(1), fullProduct(2)], ls)
    expect(s.score).toBe(100)
    expect(s.profile.score).toBe(100)
    expect(s.missing).toEqual([])
  })

  it('without products lacks the products’ 32 points, one item that opens a new product', () => {
    const s = scoreMember(fullMember(), [], ls)
    expect(s.score).toBe(68)
    expect(s.profile.score).toBe(100)
    expect(s.missing).toEqual([
      { criterion: 'products', collection: 'products', id: 3, field: '', points: 32 },
    ])
    expect(fieldHref('/admin', s.missing[0])).toBe('/admin/collections/products/create')
  })

  it('includes its products: their mean, their gaps weighed for the member, biggest first', () => {
    const bare = { id: 2, name: 'Bare' }
    const s = scoreMember(fullMember(), [fullProduct(1), bare], ls)
    // 68 + 32 × (100 + 0) / 200
    expect(s.score).toBe(84)
    expect(s.products.map((p) => p.score)).toEqual([100, 0])
    const description = s.missing.find((m) => m.criterion === 'description')!
    expect(description).toMatchObject({ collection: 'products', id: 2, field: 'description' })
    // 15 points of the product, 1/3 per locale, 32/100 of it, shared by two products.
    expect(description.points).toBeCloseTo((15 / 3) * 0.32 * 0.5)
    expect(s.missing[0].points).toBeGreaterThanOrEqual(s.missing.at(-1)!.points)
  })

  it('names each missing profile field, with its locale when it is translated', () => {
    const m = fullMember()
    m.contact = { name: 'Ana', email: '', phone: '+359' }
    m.tagline = { en: 'ERP', bg: 'ERP' }
    m.location = { lat: 42.7, lng: null }
    m.logo = image(20, { en: 'Logo', bg: '', de: 'Logo' })
    m.references = [{ outcome: { en: 'x', bg: 'y' } }, { outcome: every('z') }]
    const s = scoreMember(m, [fullProduct()], ls)
    expect(
      s.missing.map((x) => [
        x.criterion,
        x.collection,
        x.field,
        x.locale ?? '',
        +x.points.toFixed(2),
      ]),
    ).toEqual([
      ['contactEmail', 'members', 'contact.email', '', 4],
      ['location', 'members', 'location.lat', '', 3],
      ['tagline', 'members', 'tagline', 'de', 2],
      ['logoAlt', 'media', 'alt', 'bg', 0.67],
      ['referenceTranslations', 'members', 'references.0.outcome', 'de', 0.17],
    ])
    expect(s.score).toBe(Math.round(100 - 4 - 3 - 2 - 2 / 3 - 1 / 6))
  })
})

describe('links to the field', () => {
  it('open the edit view in the field’s locale, at the id Payload gives the field', () => {
    expect(fieldAnchor('contact.email')).toBe('field-contact__email')
    expect(anchorPath('field-references__1__outcome')).toBe('references.1.outcome')
    expect(
      fieldHref('/admin', {
        criterion: 'description',
        collection: 'members',
        id: 3,
        field: 'description',
        locale: 'bg',
        points: 1,
      }),
    ).toBe('/admin/collections/members/3?locale=bg#field-description')
    expect(
      fieldHref('/admin', {
        criterion: 'imageAlt',
        collection: 'media',
        id: 11,
        field: 'alt',
        locale: 'de',
        points: 1,
      }),
    ).toBe('/admin/collections/media/11?locale=de#field-alt')
  })
})

describe('rich text', () => {
  it('counts words, not empty paragraphs', () => {
    expect(hasText(lexical('x'))).toBe(true)
    expect(hasText(lexical(' '))).toBe(false)
    expect(hasText({ root: { children: [{ type: 'paragraph', children: [] }] } })).toBe(false)
    expect(hasText(null)).toBe(false)
  })
})
