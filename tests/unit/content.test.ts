import fs from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Categories } from '../../cms/collections/Categories'
import { Cooperation } from '../../cms/collections/Cooperation'
import { Documents } from '../../cms/collections/Documents'
import { Events } from '../../cms/collections/Events'
import { Media } from '../../cms/collections/Media'
import { Members } from '../../cms/collections/Members'
import { Pages } from '../../cms/collections/Pages'
import { Partners } from '../../cms/collections/Partners'
import { Products } from '../../cms/collections/Products'
import { Protocols } from '../../cms/collections/Protocols'
import { Publications } from '../../cms/collections/Publications'
import { priceIsConsistent } from '@cms/fields/price'
import { isCountryCode } from '@shared/countries'
import { localeCodes } from '@shared/locales'
import { industries, priceUnits } from '@shared/options'

const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content')
const read = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(contentDir, `${name}.json`), 'utf8'))

const files: Record<string, CollectionConfig> = {
  categories: Categories,
  members: Members,
  products: Products,
  events: Events,
  publications: Publications,
  partners: Partners,
  protocols: Protocols,
  cooperation: Cooperation,
  pages: Pages,
  media: Media,
  documents: Documents,
}

/** The top-level localized fields of a collection, as the config declares them. */
function localizedFields(fields: Field[]): { name: string; prose: boolean }[] {
  return fields.flatMap((field) => {
    if (field.type === 'row') return localizedFields(field.fields)
    if ('name' in field && 'localized' in field && field.localized) {
      return [{ name: field.name, prose: field.type === 'richText' || field.type === 'textarea' }]
    }
    return []
  })
}

const asText = (value: unknown) => JSON.stringify(value)

describe('seed data set: every localized field in every locale', () => {
  for (const [file, collection] of Object.entries(files)) {
    it(`${file}.json`, () => {
      const records = read(file) as Record<string, unknown>[]
      expect(records.length).toBeGreaterThan(0)
      for (const record of records) {
        const label = `${file}/${String(record.slug ?? record.filename)}`
        for (const { name, prose } of localizedFields(collection.fields)) {
          const value = record[name] as Record<string, unknown> | undefined
          if (value === undefined || name === 'file') continue
          for (const locale of localeCodes) {
            expect(value[locale], `${label}.${name}.${locale}`).toBeTruthy()
          }
          if (prose) {
            const texts = new Set(localeCodes.map((l) => asText(value[l])))
            expect(texts.size, `${label}.${name}: the same text in two locales`).toBe(
              localeCodes.length,
            )
          }
          expect(asText(value), `${label}.${name}: placeholder`).not.toMatch(
            /\[(bg|de|en)\]|\bTODO\b|[Ll]orem ipsum/,
          )
        }
      }
    })
  }

  it('Bulgarian prose is written in Cyrillic', () => {
    for (const record of read('products') as { slug: string; summary: Record<string, string> }[]) {
      expect(record.summary.bg, record.slug).toMatch(/[А-Яа-я]{3}/)
    }
  })
})

describe('seed data set: a believable cluster', () => {
  it.each([
    ['members', 15],
    ['products', 45],
    ['categories', 20],
    ['events', 12],
    ['publications', 6],
    ['partners', 8],
    ['cooperation', 4],
  ])('%s has at least %i entries', (file, minimum) => {
    expect((read(file) as unknown[]).length).toBeGreaterThanOrEqual(minimum)
  })

  it('categories form two levels', () => {
    const categories = read('categories') as { slug: string; parent: string | null }[]
    const top = new Set(categories.filter((c) => !c.parent).map((c) => c.slug))
    expect(top.size).toBeGreaterThan(1)
    for (const c of categories.filter((c) => c.parent))
      expect(top.has(c.parent as string), c.slug).toBe(true)
  })

  it('events include past, upcoming, cancelled and online ones', () => {
    const events = read('events') as { start: string; status: string; format: string }[]
    const now = Date.now()
    expect(events.some((e) => Date.parse(e.start) < now)).toBe(true)
    expect(events.some((e) => Date.parse(e.start) > now)).toBe(true)
    expect(events.some((e) => e.status === 'cancelled')).toBe(true)
    expect(events.some((e) => e.format === 'online')).toBe(true)
  })

  it('partners are in different countries', () => {
    const partners = read('partners') as { country: string }[]
    expect(new Set(partners.map((p) => p.country)).size).toBeGreaterThanOrEqual(6)
  })

  it('every publication has a PDF in each locale, and every referenced file exists', () => {
    for (const p of read('publications') as { slug: string; file: Record<string, string> }[]) {
      for (const locale of localeCodes) {
        expect(
          fs.existsSync(path.join(contentDir, 'documents', p.file[locale])),
          `${p.slug} ${locale}`,
        ).toBe(true)
      }
    }
    for (const m of read('media') as { filename: string }[]) {
      expect(fs.existsSync(path.join(contentDir, 'media', m.filename)), m.filename).toBe(true)
    }
  })

  it('nothing points at a real domain: websites and emails use .example', () => {
    // Protocols are real standards: their specification links go to the bodies that publish
    // them (content.interfaces.test.ts checks those); everything else is invented.
    const unlessSpecification = (file: string, text: string) =>
      file === 'protocols.json'
        ? JSON.stringify(
            (JSON.parse(text) as { specification?: string }[]).map(
              ({ specification: _, ...rest }) => rest,
            ),
          )
        : text
    const apiDir = path.join(contentDir, 'api-descriptions')
    const text = [
      ...fs.readdirSync(contentDir).map((f) => path.join(contentDir, f)),
      ...fs.readdirSync(apiDir).map((f) => path.join(apiDir, f)),
    ]
      .filter((f) => f.endsWith('.json'))
      .map((f) => unlessSpecification(path.basename(f), fs.readFileSync(f, 'utf8')))
      .join('\n')
    // `https://{host}/…`: an OpenAPI server template, whose default is checked as a host.
    const hosts = [...text.matchAll(/https?:\/\/([^/"\s)]+)/g)]
      .map((m) => m[1])
      .filter((host) => !/^\{\w+\}$/.test(host))
    expect(hosts.length).toBeGreaterThan(0)
    for (const host of hosts) expect(host, host).toMatch(/\.example$/)
    const emails = [...text.matchAll(/[\w.+-]+@([\w.-]*\w)/g)].map((m) => m[1])
    for (const domain of emails) expect(domain, domain).toMatch(/\.example$/)
  })
})

type Reference = { sector: string; country: string; outcome: Record<string, string> }
type Decidable = {
  slug: string
  brochure?: string
  certifications?: string[]
  references?: Reference[]
  price?: { amount?: number; unit?: string; onRequest?: boolean }
}

describe('seed data set: a buyer can decide', () => {
  const products = read('products') as Decidable[]
  const share = (test: (p: Decidable) => boolean) => products.filter(test).length / products.length

  it('most products give a price, some "on request", all consistent', () => {
    expect(share((p) => typeof p.price?.amount === 'number')).toBeGreaterThan(0.6)
    expect(products.filter((p) => p.price?.onRequest).length).toBeGreaterThanOrEqual(5)
    for (const p of products) {
      expect(priceIsConsistent(p.price), p.slug).toBe(true)
      if (p.price?.unit) expect(priceUnits, p.slug).toContain(p.price.unit)
    }
  })

  it('most products have certifications and references', () => {
    expect(share((p) => (p.certifications ?? []).length > 0)).toBeGreaterThan(0.6)
    expect(share((p) => (p.references ?? []).length > 0)).toBeGreaterThan(0.75)
  })

  it('references name a sector of the vocabulary, a current country code, and an outcome in every language', () => {
    const members = read('members') as Decidable[]
    expect(members.filter((m) => m.references?.length).length).toBeGreaterThanOrEqual(10)
    for (const doc of [...products, ...members])
      for (const [i, r] of (doc.references ?? []).entries()) {
        const at = `${doc.slug}.references[${i}]`
        expect(industries, at).toContain(r.sector)
        expect(isCountryCode(r.country), at).toBe(true)
        const texts = localeCodes.map((l) => r.outcome[l])
        for (const text of texts) expect(text, at).toBeTruthy()
        expect(new Set(texts).size, `${at}: the same text in two locales`).toBe(localeCodes.length)
        expect(r.outcome.bg, at).toMatch(/[А-Яа-я]{3}/)
      }
  })

  it('every product has a brochure, and its PDF exists', () => {
    for (const p of products) {
      expect(p.brochure, p.slug).toBe(`products-${p.slug}.pdf`)
      expect(fs.existsSync(path.join(contentDir, 'documents', p.brochure!)), p.slug).toBe(true)
    }
  })
})
