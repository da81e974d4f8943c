import fs from 'node:fs'

import type { CollectionSlug, File } from 'payload'

import { collections } from '@shared/slugs'
import { type ContentFolder, contentFile, fingerprint } from './source'
import { type SeedContext, seedContext } from './context'

export type SeedEntry = {
  /** The slug, or the file name for uploads: how a document is found again. */
  key: string
  /** Fields that are the same in every locale. */
  shared: Record<string, unknown>
  /** Localized fields, per locale. */
  localized: Record<string, Record<string, unknown>>
  draft?: boolean
  /**
   * For uploads: the file in a folder of content/. `mimeType` is for text files (JSON, YAML),
   * whose type Payload cannot sniff from a path: they are handed over with their type stated.
   */
  file?: { folder: ContentFolder; name: string; mimeType?: string }
}

type Outcome = 'created' | 'updated' | 'unchanged'

/**
 * Creates or updates one document so that it matches its seed entry, locale by locale. An entry
 * whose fingerprint matches the last run is left alone: a second run changes nothing.
 */
export async function upsert(ctx: SeedContext, collection: CollectionSlug, entry: SeedEntry) {
  const { payload } = ctx
  const filePath = entry.file ? contentFile(entry.file.folder, entry.file.name) : undefined
  const hash = fingerprint(entry, filePath ? [filePath] : [])
  const stateKey = `${collection}/${entry.key}`
  const keyField = entry.file ? 'filename' : 'slug'

  const [existing] = (
    await payload.find({
      collection,
      where: { [keyField]: { equals: entry.key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
  ).docs
  const state = await findState(ctx, stateKey)
  if (existing && state?.hash === hash) return count(ctx, collection, 'unchanged', existing.id)

  // Uploads have no drafts; every other seeded collection does.
  const status = entry.file ? {} : { _status: entry.draft ? 'draft' : 'published' }
  // The seed owns its file names: a file left in data/ by an earlier database is replaced, not
  // renamed, so the next run finds the document by its file name again.
  const common = {
    overrideAccess: true,
    context: seedContext,
    draft: Boolean(entry.draft),
    overwriteExistingFiles: Boolean(entry.file),
  } as const
  const upload = uploadOf(entry, filePath)
  const [first, ...others] = ctx.locales
  const firstData = { ...entry.shared, ...entry.localized[first], ...status }
  // The seed writes any collection from JSON, so its data is untyped by design.
  const doc = (
    existing
      ? await payload.update({
          collection,
          id: existing.id,
          data: firstData as never,
          locale: first,
          ...upload,
          ...common,
        })
      : await payload.create({
          collection,
          data: firstData as never,
          locale: first,
          ...upload,
          ...common,
        })
  ) as { id: number | string }
  for (const locale of others) {
    const data = { ...entry.localized[locale], ...status }
    await payload.update({ collection, id: doc.id, data: data as never, locale, ...common })
  }
  await saveState(ctx, stateKey, hash, state?.id)
  return count(ctx, collection, existing ? 'updated' : 'created', doc.id)
}

/** How the file reaches Payload: a path it sniffs, or the bytes with their declared type. */
function uploadOf(
  entry: SeedEntry,
  filePath: string | undefined,
): { filePath?: string; file?: File } {
  if (!entry.file || !filePath) return {}
  if (!entry.file.mimeType) return { filePath }
  const data = fs.readFileSync(filePath)
  return { file: { data, mimetype: entry.file.mimeType, name: entry.file.name, size: data.length } }
}

function count(ctx: SeedContext, collection: string, outcome: Outcome, id: number | string) {
  ctx.report[collection] ??= { created: 0, updated: 0, unchanged: 0 }
  ctx.report[collection][outcome] += 1
  return id
}

async function findState(ctx: SeedContext, key: string) {
  const { docs } = await ctx.payload.find({
    collection: collections.seedState,
    where: { key: { equals: key } },
    limit: 1,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0]
}

async function saveState(ctx: SeedContext, key: string, hash: string, id?: number | string) {
  const args = {
    collection: collections.seedState,
    data: { key, hash },
    overrideAccess: true,
  } as const
  if (id !== undefined) await ctx.payload.update({ ...args, id })
  else await ctx.payload.create(args)
}
