import { collections } from '@shared/slugs'
import { type IdMap, resolve, resolveOne, type SeedContext, omit, type SeedRecord } from './context'
import { localizedFields, localizedRows, mergeLocalized } from './localize'
import { readContent } from './source'
import { upsert } from './upsert'

/** Categories, parents first so that children can point at them. */
export async function seedCategories(ctx: SeedContext): Promise<IdMap> {
  const ids: IdMap = new Map()
  const records = readContent<(SeedRecord & { parent: string | null })[]>('categories')
  const ordered = [...records.filter((r) => !r.parent), ...records.filter((r) => r.parent)]
  for (const record of ordered) {
    const id = await upsert(ctx, collections.categories, {
      key: record.slug,
      shared: { slug: record.slug, parent: resolveOne(ids, record.parent, 'category') },
      localized: localizedFields(
        record,
        { text: ['name', 'description'] },
        ctx.locales,
        record.slug,
      ),
      draft: record.draft,
    })
    ids.set(record.slug, id)
  }
  return ids
}

export async function seedMembers(
  ctx: SeedContext,
  { categories, media }: { categories: IdMap; media: IdMap },
): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<SeedRecord[]>('members')) {
    const id = await upsert(ctx, collections.members, {
      key: record.slug,
      shared: {
        ...omit(record, ['tagline', 'description', 'logo', 'sectors', 'references']),
        logo: resolveOne(media, record.logo as string, 'image'),
        sectors: resolve(categories, record.sectors as string[], 'category'),
      },
      localized: mergeLocalized(
        localizedFields(
          record,
          { text: ['tagline'], richText: ['description'] },
          ctx.locales,
          record.slug,
        ),
        localizedRows(record, 'references', ['outcome'], ctx.locales, record.slug),
      ),
      draft: record.draft,
    })
    ids.set(record.slug, id)
  }
  return ids
}

export async function seedPartners(ctx: SeedContext, { media }: { media: IdMap }): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<SeedRecord[]>('partners')) {
    const id = await upsert(ctx, collections.partners, {
      key: record.slug,
      shared: {
        ...omit(record, ['description', 'logo']),
        logo: resolveOne(media, record.logo as string, 'image'),
      },
      localized: localizedFields(record, { text: ['description'] }, ctx.locales, record.slug),
      draft: record.draft,
    })
    ids.set(record.slug, id)
  }
  return ids
}
