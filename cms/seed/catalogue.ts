import { collections } from '@shared/slugs'
import {
  type IdMap,
  resolve,
  resolveOne,
  type SeedContext,
  seedContext,
  omit,
  type SeedRecord,
} from './context'
import { type InterfaceRecord, interfaceRows } from './interfaces'
import { localizedFields, localizedRows, mergeLocalized } from './localize'
import { readContent } from './source'
import { type SeedEntry, upsert } from './upsert'

type Deps = { members: IdMap; categories: IdMap; media: IdMap; documents: IdMap }
type ProductDeps = Deps & { protocols: IdMap; apiDescriptions: IdMap }

/**
 * Products and services. The "works with" links point at products that may come later in the
 * file, so products missing from the database are first created without them.
 */
export async function seedProducts(ctx: SeedContext, deps: ProductDeps): Promise<IdMap> {
  const records = readContent<SeedRecord[]>('products')
  const ids: IdMap = new Map()
  const createdNow = new Set<string>()
  for (const record of records) {
    const existing = await findBySlug(ctx, record.slug)
    if (existing !== undefined) ids.set(record.slug, existing)
    else {
      ids.set(record.slug, await createBare(ctx, productEntry(ctx, record, deps, new Map())))
      createdNow.add(record.slug)
    }
  }
  for (const record of records) {
    await upsert(ctx, collections.products, productEntry(ctx, record, deps, ids))
  }
  // A product created above and completed here was created by this run, not updated.
  const report = (ctx.report[collections.products] ??= { created: 0, updated: 0, unchanged: 0 })
  report.updated -= createdNow.size
  report.created += createdNow.size
  return ids
}

function productEntry(
  ctx: SeedContext,
  record: SeedRecord,
  deps: ProductDeps,
  products: IdMap,
): SeedEntry {
  const integrations = record.integrations as string[] | undefined
  return {
    key: record.slug,
    shared: {
      ...omit(record, [
        'summary',
        'description',
        'member',
        'categories',
        'images',
        'brochure',
        'integrations',
        'references',
        'interfaces',
      ]),
      member: resolveOne(deps.members, record.member as string, 'member'),
      categories: resolve(deps.categories, record.categories as string[], 'category'),
      images: resolve(deps.media, record.images as string[], 'image'),
      brochure: resolveOne(deps.documents, record.brochure as string, 'document'),
      integrations: products.size ? resolve(products, integrations, 'product') : [],
      interfaces: interfaceRows(record.interfaces as InterfaceRecord[] | undefined, deps),
    },
    localized: mergeLocalized(
      localizedFields(
        record,
        { text: ['summary'], richText: ['description'] },
        ctx.locales,
        record.slug,
      ),
      localizedRows(record, 'references', ['outcome'], ctx.locales, record.slug),
    ),
    draft: record.draft,
  }
}

async function findBySlug(ctx: SeedContext, slug: string) {
  const { docs } = await ctx.payload.find({
    collection: collections.products,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0]?.id
}

async function createBare(ctx: SeedContext, entry: SeedEntry) {
  const doc = await ctx.payload.create({
    collection: collections.products,
    data: { ...entry.shared, ...entry.localized[ctx.locales[0]], _status: 'draft' },
    locale: ctx.locales[0],
    draft: true,
    overrideAccess: true,
    context: seedContext,
  })
  return doc.id
}

export async function seedCooperation(ctx: SeedContext, deps: Deps): Promise<void> {
  for (const record of readContent<SeedRecord[]>('cooperation')) {
    await upsert(ctx, collections.cooperation, {
      key: record.slug,
      shared: {
        ...omit(record, ['title', 'description', 'audience', 'member', 'categories']),
        member: resolveOne(deps.members, record.member as string, 'member'),
        categories: resolve(deps.categories, record.categories as string[], 'category'),
      },
      localized: localizedFields(
        record,
        { text: ['title', 'audience'], richText: ['description'] },
        ctx.locales,
        record.slug,
      ),
      draft: record.draft,
    })
  }
}
