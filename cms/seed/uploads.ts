import { collections } from '@shared/slugs'
import type { IdMap, SeedContext } from './context'
import { localizedFields } from './localize'
import { readContent, type Localized } from './source'
import { upsert } from './upsert'

type MediaRecord = { filename: string; alt: Localized }
type DocumentRecord = { filename: string; title: Localized }

/** Images from content/media with their alt texts; returns file name → id. */
export async function seedMedia(ctx: SeedContext): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<MediaRecord[]>('media')) {
    const id = await upsert(ctx, collections.media, {
      key: record.filename,
      shared: {},
      localized: localizedFields(record, { text: ['alt'] }, ctx.locales, record.filename),
      file: { folder: 'media', name: record.filename },
    })
    ids.set(record.filename, id)
  }
  return ids
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
