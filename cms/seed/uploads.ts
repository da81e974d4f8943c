import pLimit from 'p-limit'

import { collections } from '@shared/slugs'
import type { IdMap, SeedContext } from './context'
import { localizedFields } from './localize'
import { readContent, type Localized } from './source'
import { upsert } from './upsert'

type MediaRecord = { filename: string; alt: Localized }
type DocumentRecord = { filename: string; title: Localized }

/**
 * Images from content/media with their alt texts; returns file name → id. Several at a time:
 * Payload makes each image's sizes with sharp before it writes the row, so one image's resizing
 * overlaps another's file and database work (the media step is most of a first seed).
 */
export async function seedMedia(ctx: SeedContext, concurrency = 3): Promise<IdMap> {
  const limit = pLimit(concurrency)
  const records = readContent<MediaRecord[]>('media')
  const ids = await Promise.all(
    records.map((record) =>
      limit(() =>
        upsert(ctx, collections.media, {
          key: record.filename,
          shared: {},
          localized: localizedFields(record, { text: ['alt'] }, ctx.locales, record.filename),
          file: { folder: 'media', name: record.filename },
        }),
      ),
    ),
  )
  return new Map(records.map((record, i) => [record.filename, ids[i]!]))
}

/** PDFs from content/documents with their titles; returns file name → id. */
export async function seedDocuments(ctx: SeedContext): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<DocumentRecord[]>('documents')) {
    const id = await upsert(ctx, collections.documents, {
      key: record.filename,
      shared: {},
      localized: localizedFields(record, { text: ['title'] }, ctx.locales, record.filename),
      file: { folder: 'documents', name: record.filename },
    })
    ids.set(record.filename, id)
  }
  return ids
}
