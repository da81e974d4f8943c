import { Ajv, type AnySchema } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import type { ListedCollection } from '../helpers/siteFacts'
import { tagsNamed } from '../helpers/siteHtml'

const site = loadSite()
const datasets: { name: string; collection: ListedCollection }[] = [
  { name: 'members', collection: 'members' },
  { name: 'products', collection: 'products' },
  { name: 'events', collection: 'events' },
  { name: 'partners', collection: 'partners' },
  { name: 'publications', collection: 'publications' },
  { name: 'cooperation', collection: 'cooperation' },
]

/**
 * The documents a data file must list: every published one; of the cooperation posts, those
 * still open on the day of the build (what the cooperation page lists).
 */
function expectedSlugs(collection: ListedCollection, locale: string): string[] {
  const docs = facts()[collection][locale]
  const builtAt = new Date(site.facts.builtAt)
  const today = Date.UTC(builtAt.getUTCFullYear(), builtAt.getUTCMonth(), builtAt.getUTCDate())
  return docs
    .filter((d) => collection !== 'cooperation' || Date.parse(d.validUntil!) >= today)
    .map((d) => d.slug)
}

/** A validator for the JSON Schema dialect the schema declares, with the usual formats checked. */
function validatorFor(schema: Record<string, unknown>) {
  const dialect = String(schema.$schema ?? '')
  const options = { allErrors: true, strict: false }
  const ajv = dialect.includes('2020-12')
    ? new Ajv2020(options)
    : dialect.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options)
  const isUrl = (s: string) => URL.canParse(s)
  ajv.addFormat(
    'date-time',
    (s: string) =>
      /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
  )
  ajv.addFormat('date', (s: string) => /^\d{4}-\d\d-\d\d$/.test(s) && !Number.isNaN(Date.parse(s)))
  ajv.addFormat('uri', isUrl)
  ajv.addFormat('iri', isUrl)
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'http://x.example/'))
  ajv.addFormat('email', (s: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s))
  return ajv.compile(schema as AnySchema)
}

/** The records of a data file: the file itself when it is an array, else its one array property. */
function recordsOf(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data
  const arrays = Object.values(data as object).filter(Array.isArray)
  expect(arrays, 'a data file holds one list of records').toHaveLength(1)
  return arrays[0]
}

describe('open data', () => {
  for (const { name, collection } of datasets) {
    const schemaFile = `data/schemas/${name}.schema.json`

    it(`${schemaFile} is a JSON Schema that compiles`, () => {
      expect(site.files).toContain(schemaFile)
      const schema = JSON.parse(site.read(schemaFile))
      expect(schema.$schema).toMatch(/json-schema\.org/)
      expect(() => validatorFor(schema)).not.toThrow()
    })

    it.each(localeCodes)(
      `/data/%s/${name}.json validates and lists every published document`,
      (locale) => {
        const file = `data/${locale}/${name}.json`
        expect(site.files).toContain(file)
        const validate = validatorFor(JSON.parse(site.read(schemaFile)))
        const data = JSON.parse(site.read(file))
        const valid = validate(data)
        expect(valid ? [] : validate.errors?.slice(0, 10)).toEqual([])
        const slugs = recordsOf(data).map((r) => r.slug)
        const expected = expectedSlugs(collection, locale)
        expect(expected.length, `seeded ${collection}`).toBeGreaterThan(0)
        expect(slugs.sort()).toEqual(expected.sort())
      },
    )
  }

  // The registry's data sets (step 8) list protocols and computed connections, not documents
  // of one collection: their contents are checked against the pages in tests/site/registry.test.ts.
  for (const name of ['interfaces', 'connections']) {
    const schemaFile = `data/schemas/${name}.schema.json`
    it.each(localeCodes)(`/data/%s/${name}.json validates against its schema`, (locale) => {
      const validate = validatorFor(JSON.parse(site.read(schemaFile)))
      const data = JSON.parse(site.read(`data/${locale}/${name}.json`))
      const valid = validate(data)
      expect(valid ? [] : validate.errors?.slice(0, 10)).toEqual([])
      expect(recordsOf(data).length, `${name} in the seed`).toBeGreaterThan(0)
    })
  }

  it.each(localeCodes)(
    'the developers page (%s) links every data file and its schema',
    (locale) => {
      const file = site.fileFor(urlFor(locale, { kind: 'developers' }))
      expect(file).toBeDefined()
      const hrefs = tagsNamed(site.page(file!), 'a').map((a) =>
        a.attrs.href.replace(/^https?:\/\/[^/]+/, ''),
      )
      for (const name of [...datasets.map((d) => d.name), 'interfaces', 'connections']) {
        expect(hrefs).toContain(`/data/${locale}/${name}.json`)
        expect(hrefs).toContain(`/data/schemas/${name}.schema.json`)
      }
    },
  )
})

describe('open data: what the new data sets say', () => {
  const file = (name: string) =>
    JSON.parse(site.read(`data/en/${name}.json`)) as { items: Record<string, unknown>[] }

  it('a postponed event has no calendar file (its stored date is the old one)', () => {
    const postponed = file('events').items.filter((e) => e.status === 'postponed')
    expect(postponed.length).toBeGreaterThan(0)
    for (const event of postponed) expect(event.calendarUrl).toBeNull()
  })

  it('cooperation posts carry plain text and their member, never markup or a contact person', () => {
    for (const post of file('cooperation').items) {
      expect(String(post.description ?? '')).not.toMatch(/<[a-z]/i)
      expect(post.member).toMatchObject({ slug: expect.any(String), url: expect.any(String) })
      expect(JSON.stringify(post)).not.toMatch(/@/)
    }
  })

  it('partners link to their entry on the partners page', () => {
    for (const partner of file('partners').items)
      expect(partner.url).toMatch(new RegExp(`/en/partners/#${String(partner.slug)}$`))
  })
})

const facts = () => site.facts.docs
