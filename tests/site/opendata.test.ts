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
]

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
        const expected = facts()[collection][locale].map((d) => d.slug)
        expect(slugs.sort()).toEqual(expected.sort())
      },
    )
  }

  it.each(localeCodes)(
    'the developers page (%s) links every data file and its schema',
    (locale) => {
      const file = site.fileFor(urlFor(locale, { kind: 'developers' }))
      expect(file).toBeDefined()
      const hrefs = tagsNamed(site.page(file!), 'a').map((a) =>
        a.attrs.href.replace(/^https?:\/\/[^/]+/, ''),
      )
      for (const { name } of datasets) {
        expect(hrefs).toContain(`/data/${locale}/${name}.json`)
        expect(hrefs).toContain(`/data/schemas/${name}.schema.json`)
      }
    },
  )
})

const facts = () => site.facts.docs
