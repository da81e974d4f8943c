import { defaultLocale, type Locale } from '@shared/locales'
import { t, type UiKey } from '../i18n/t'
import {
  type Dataset,
  datasets,
  envelopeFields,
  type Field,
  fieldsOf,
  type JsonSchema,
  LICENSE,
  object,
  referenceSchema,
  string,
  uri,
} from './opendataFields'
import { absolute } from './urls'

/** The published JSON Schemas, the files around the records, and the docs of their fields. */

export { type Dataset, datasets, type JsonSchema, LICENSE }

const described = (fields: Record<string, Field>) =>
  Object.fromEntries(
    Object.entries(fields).map(([name, { schema, doc }]) => [
      name,
      { ...schema, description: t(defaultLocale, doc) },
    ]),
  )

const objectOf = (fields: Record<string, Field>): JsonSchema => object(described(fields))

export const schemaUrl = (site: URL | string | undefined, dataset: Dataset) =>
  absolute(site, `/data/schemas/${dataset}.schema.json`)

export const dataUrl = (site: URL | string | undefined, locale: Locale, dataset: Dataset) =>
  absolute(site, `/data/${locale}/${dataset}.json`)

/** The JSON Schema (draft 2020-12) of one open data file. */
export function schemaOf(dataset: Dataset, site: URL | string | undefined): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl(site, dataset),
    title: t(defaultLocale, `developers.${dataset}.title`),
    description: t(defaultLocale, `developers.${dataset}.text`),
    ...objectOf(envelopeFields(dataset)),
    $defs: {
      item: objectOf(fieldsOf[dataset]),
      link: {
        ...object({ slug: string, name: string, url: uri }),
        description: t(defaultLocale, 'developers.def.link'),
      },
      category: {
        ...object({ slug: string, name: string }),
        description: t(defaultLocale, 'developers.def.category'),
      },
      reference: {
        ...referenceSchema,
        description: t(defaultLocale, 'developers.def.reference'),
      },
    },
  }
}

type Envelope<T> = {
  $schema: string
  dataset: Dataset
  locale: Locale
  publisher: { name: string; url: string }
  license: typeof LICENSE
  updatedAt: string | null
  count: number
  /** connections.json only: how many the catalogue has (count may hold only the first). */
  total?: number
  items: T[]
}

/** One open data file: its records with who publishes them, under which licence, as of when. */
export function openDataFile<T extends { slug: string; updatedAt: string }>(
  dataset: Dataset,
  items: T[],
  ctx: { locale: Locale; site: URL | string | undefined; publisher: string; total?: number },
): Envelope<T> {
  // Sorted by slug, so an unchanged catalogue gives a byte-identical file and small diffs.
  const sorted = [...items].sort((a, b) => a.slug.localeCompare(b.slug, 'en'))
  const latest = sorted.reduce<string | null>(
    (max, i) => (max && max > i.updatedAt ? max : i.updatedAt),
    null,
  )
  return {
    $schema: schemaUrl(ctx.site, dataset),
    dataset,
    locale: ctx.locale,
    publisher: { name: ctx.publisher, url: absolute(ctx.site, `/${ctx.locale}/`) },
    license: LICENSE,
    updatedAt: latest,
    count: sorted.length,
    ...(dataset === 'connections' ? { total: ctx.total ?? sorted.length } : {}),
    items: sorted,
  }
}

export type FieldDoc = { name: string; type: string; values?: string[]; doc: UiKey }

/** A readable type for a field, e.g. `string | null`, `link[]`, `string (date-time)`. */
function typeLabel(schema: JsonSchema): string {
  if (schema.$ref) return String(schema.$ref).replace('#/$defs/', '')
  if (schema.anyOf) return (schema.anyOf as JsonSchema[]).map(typeLabel).join(' | ')
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.type === 'array') return `${typeLabel(schema.items as JsonSchema)}[]`
  const types = [schema.type ?? 'string'].flat().map(String)
  const base = types[0] + (schema.format ? ` (${schema.format})` : '')
  return [base, ...types.slice(1)].join(' | ')
}

/** The fields of a dataset's records (or of the file around them) for the developers page. */
export function fieldDocs(dataset: Dataset | 'envelope'): FieldDoc[] {
  const fields = dataset === 'envelope' ? envelopeFields() : fieldsOf[dataset]
  return Object.entries(fields).map(([name, { schema, doc }]) => {
    const item = (schema.type === 'array' ? schema.items : schema) as JsonSchema
    const values = Array.isArray(item.enum)
      ? item.enum.filter((v) => v !== null).map(String)
      : undefined
    return { name, type: typeLabel(schema), values, doc }
  })
}
