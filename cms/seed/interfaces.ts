import fs from 'node:fs'

import { collections } from '@shared/slugs'
import { type IdMap, resolveOne, type SeedContext, omit, type SeedRecord } from './context'
import { localizedFields } from './localize'
import { contentFile, readContent } from './source'
import { upsert } from './upsert'

/** The interoperability registry's vocabulary (step 8); returns slug → id. */
export async function seedProtocols(ctx: SeedContext): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<SeedRecord[]>('protocols')) {
    const id = await upsert(ctx, collections.protocols, {
      key: record.slug,
      shared: omit(record, ['description']),
      localized: localizedFields(record, { text: ['description'] }, ctx.locales, record.slug),
      draft: record.draft,
    })
    ids.set(record.slug, id)
  }
  return ids
}

type ApiDescriptionRecord = { filename: string; title: string; owner: string }

/**
 * The OpenAPI and AsyncAPI files in content/api-descriptions/, listed with their titles and the
 * member that publishes them in content/api-descriptions.json; returns file name → id.
 */
export async function seedApiDescriptions(
  ctx: SeedContext,
  { members }: { members: IdMap },
): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<ApiDescriptionRecord[]>('api-descriptions')) {
    const id = await upsert(ctx, collections.apiDescriptions, {
      key: record.filename,
      shared: {
        title: record.title,
        owner: resolveOne(members, record.owner, 'member'),
        ...describe(record.filename),
      },
      localized: {},
      file: { folder: 'api-descriptions', name: record.filename, mimeType: 'application/json' },
    })
    ids.set(record.filename, id)
  }
  return ids
}

/**
 * The parsed document with its format and version. The validation hook of the collection works
 * these out from the uploaded file too; stating them here keeps the seeded documents complete
 * for the portal's build even where that hook is not installed.
 */
function describe(filename: string) {
  const document = JSON.parse(
    fs.readFileSync(contentFile('api-descriptions', filename), 'utf8'),
  ) as Record<string, unknown>
  const format = typeof document.asyncapi === 'string' ? 'asyncapi' : 'openapi'
  return { document, format, specVersion: String(document[format]) }
}

/** A product's interface as content/products.json writes it: slugs and file names. */
export type InterfaceRecord = {
  protocol: string
  role: string
  version?: string
  documentation?: string
  apiDescription?: string
}

/** A product's interfaces with protocol slugs and API description file names resolved to ids. */
export function interfaceRows(
  rows: InterfaceRecord[] | undefined,
  { protocols, apiDescriptions }: { protocols: IdMap; apiDescriptions: IdMap },
) {
  return (rows ?? []).map((row) => ({
    ...row,
    protocol: resolveOne(protocols, row.protocol, 'protocol'),
    apiDescription: resolveOne(apiDescriptions, row.apiDescription, 'API description'),
  }))
}
