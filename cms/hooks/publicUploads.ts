import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { localeCodes } from '@shared/locales'
import { collections, globals, publicCollections } from '@shared/slugs'

/**
 * An image or PDF is public when a published document (or the settings) uses it: its stored,
 * indexed `usedByPublished` flag, which these hooks keep true exactly then. Access rules can
 * only query the upload's own columns, not "is referenced by a published row of another
 * collection" (not expressible as a Payload `where`), and working it out per request would scan
 * every published document for each anonymous image request.
 *
 * A change moves the flag only for the uploads the published row used before or uses after it:
 * uses are marked at once; an upload a document stops using is looked up in the other
 * published documents (one indexed query per collection) before it is unmarked. Drafts never
 * touch the published row, so saving one changes nothing. Flags are written with the database
 * adapter, so marking an image public is not an edit of the image (no rebuild, no history).
 */

export const uploadCollections = [
  collections.media,
  collections.documents,
  collections.apiDescriptions,
] as const
type UploadSlug = (typeof uploadCollections)[number]
const isUploadSlug = (slug: unknown): slug is UploadSlug =>
  uploadCollections.includes(slug as UploadSlug)

/** `media:12`: an upload, by collection and id. */
type Key = string
const keyOf = (slug: UploadSlug, id: unknown) => `${slug}:${String(id)}`
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const isLocaleMap = (value: unknown) =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).every((k) => (localeCodes as readonly string[]).includes(k))

/** Every upload a document read with `locale: 'all'` and `depth: 0` refers to. */
export function uploadsIn(fields: Field[], data: unknown, found = new Set<Key>()): Set<Key> {
  if (!data || typeof data !== 'object') return found
  const row = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          visit({ ...tab, type: 'group' } as Field, row[tab.name], found)
        else uploadsIn(tab.fields, row, found)
      }
    } else if (!('name' in field)) {
      if ('fields' in field) uploadsIn(field.fields, row, found)
    } else {
      const value = row[field.name]
      const localized = 'localized' in field && field.localized && isLocaleMap(value)
      for (const v of localized ? Object.values(value as object) : [value]) visit(field, v, found)
    }
  }
  return found
}

function visit(field: Field, value: unknown, found: Set<Key>) {
  if (value == null) return
  switch (field.type) {
    case 'upload':
    case 'relationship': {
      for (const item of Array.isArray(value) ? value : [value]) {
        const polymorphic = Array.isArray(field.relationTo)
        const slug = polymorphic ? (item as { relationTo?: unknown })?.relationTo : field.relationTo
        const id = polymorphic ? idOf((item as { value?: unknown })?.value) : idOf(item)
        if (isUploadSlug(slug) && id != null) found.add(keyOf(slug, id))
      }
      return
    }
    case 'group':
      uploadsIn(field.fields, value, found)
      return
    case 'array':
      for (const row of Array.isArray(value) ? value : []) uploadsIn(field.fields, row, found)
      return
    case 'blocks':
      for (const row of Array.isArray(value) ? value : []) {
        const block = field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)
        if (block) uploadsIn(block.fields, row, found)
      }
      return
    case 'richText':
      richTextUploads((value as { root?: unknown }).root, found)
      return
    default:
      return
  }
}

/** Upload nodes of a Lexical rich text (images placed in a description or a page body). */
function richTextUploads(node: unknown, found: Set<Key>) {
  if (!node || typeof node !== 'object') return
  const n = node as { type?: string; relationTo?: unknown; value?: unknown; children?: unknown }
  if (n.type === 'upload' && isUploadSlug(n.relationTo) && idOf(n.value) != null) {
    found.add(keyOf(n.relationTo, idOf(n.value)))
  }
  if (Array.isArray(n.children)) for (const child of n.children) richTextUploads(child, found)
}

type Owner = { kind: 'collection' | 'global'; slug: string }

const fieldsOf = (payload: Payload, owner: Owner): Field[] =>
  owner.kind === 'global'
    ? (payload.config.globals.find((g) => g.slug === owner.slug)?.fields ?? [])
    : payload.collections[owner.slug as CollectionSlug].config.fields

/**
 * What the published row (or the settings) uses now; nothing for a draft-only document. Read
 * through the database adapter: a Local API call with `req` would set the request's locale and
 * context to its own for the rest of the operation that runs this hook.
 */
async function publishedUses(req: PayloadRequest, owner: Owner, id?: number | string) {
  const { payload } = req
  if (owner.kind === 'global') {
    const doc = await payload.db.findGlobal({ slug: owner.slug, locale: 'all', req })
    return uploadsIn(fieldsOf(payload, owner), doc)
  }
  const doc = await payload.db.findOne({
    collection: owner.slug as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    req,
  })
  return uploadsIn(fieldsOf(payload, owner), doc)
}

const grouped = (keys: Iterable<Key>) => {
  const bySlug = new Map<UploadSlug, string[]>()
  for (const key of keys) {
    const [slug, id] = key.split(':') as [UploadSlug, string]
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), id])
  }
  return bySlug
}

const idValue = (payload: Payload, id: string) =>
  payload.db.defaultIDType === 'number' ? Number(id) : id

async function setFlag(req: PayloadRequest, keys: Iterable<Key>, value: boolean) {
  for (const [slug, ids] of grouped(keys)) {
    await req.payload.db.updateMany({
      collection: slug,
      where: {
        and: [
          { id: { in: ids.map((id) => idValue(req.payload, id)) } },
          { usedByPublished: { not_equals: value } },
        ],
      },
      data: { usedByPublished: value },
      req,
    })
  }
}

/** Paths (in `where` syntax) of the fields of a collection that may hold an upload. */
function uploadPaths(fields: Field[], prefix = ''): { refs: string[]; richText: string[] } {
  const out = { refs: [] as string[], richText: [] as string[] }
  for (const field of fields) {
    const add = (inner: { refs: string[]; richText: string[] }) => {
      out.refs.push(...inner.refs)
      out.richText.push(...inner.richText)
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        add(uploadPaths(tab.fields, named ? `${prefix}${tab.name}.` : prefix))
      }
    } else if (!('name' in field)) {
      if ('fields' in field) add(uploadPaths(field.fields, prefix))
    } else if (field.type === 'upload' || field.type === 'relationship') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (targets.some(isUploadSlug)) out.refs.push(`${prefix}${field.name}`)
    } else if (field.type === 'richText') {
      out.richText.push(`${prefix}${field.name}`)
    } else if (field.type === 'group' || field.type === 'array') {
      add(uploadPaths(field.fields, `${prefix}${field.name}.`))
    }
  }
  return out
}

/** Whether a published document other than the one being changed still uses the upload. */
async function usedElsewhere(req: PayloadRequest, key: Key): Promise<boolean> {
  const { payload } = req
  const [, id] = key.split(':')
  const settings = await publishedUses(req, { kind: 'global', slug: globals.settings })
  if (settings.has(key)) return true
  for (const slug of publicCollections) {
    const { refs, richText } = uploadPaths(payload.collections[slug].config.fields)
    if (!refs.length && !richText.length) continue
    const or: Where[] = [
      ...refs.map((path) => ({ [path]: { equals: idValue(payload, id) } })),
      // Rich text is JSON: narrowed to the texts that mention the id, then read exactly.
      ...richText.map((path) => ({ [path]: { like: `"value":${JSON.stringify(id)}` } })),
      ...richText.map((path) => ({ [path]: { like: `"value":${id}` } })),
    ]
    const { docs } = await payload.db.find({
      collection: slug,
      where: { and: [{ _status: { equals: 'published' } }, { or }] },
      locale: 'all',
      pagination: false,
      req,
    })
    const fields = payload.collections[slug].config.fields
    if (docs.some((doc) => uploadsIn(fields, doc).has(key))) return true
  }
  return false
}

/** After the published row changed from `before` to `after`: mark and unmark what moved. */
async function reconcile(req: PayloadRequest, before: Set<Key>, after: Set<Key>) {
  await setFlag(req, after, true)
  const dropped: Key[] = []
  for (const key of before) {
    if (!after.has(key) && !(await usedElsewhere(req, key))) dropped.push(key)
  }
  await setFlag(req, dropped, false)
}

const beforeKey = (owner: string, id: unknown) => `publicUploads:before:${owner}:${String(id)}`

export const rememberPublishedUses: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const owner: Owner = { kind: 'collection', slug: collection.slug }
  const uses = await publishedUses(req, owner, originalDoc.id)
  req.context[beforeKey(collection.slug, originalDoc.id)] = uses
  return data
}

export const updatePublicUploads: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const owner: Owner = { kind: 'collection', slug: collection.slug }
  const before = (req.context[beforeKey(collection.slug, doc.id)] as Set<Key>) ?? new Set<Key>()
  await reconcile(req, before, await publishedUses(req, owner, doc.id))
  return doc
}

export const rememberUsesBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const owner: Owner = { kind: 'collection', slug: collection.slug }
  const uses = await publishedUses(req, owner, id)
  req.context[beforeKey(collection.slug, id)] = uses
}

export const releaseUploadsAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const before = (req.context[beforeKey(collection.slug, id)] as Set<Key>) ?? new Set<Key>()
  await reconcile(req, before, new Set())
}

export const rememberSettingsUses: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  const uses = await publishedUses(req, { kind: 'global', slug: global.slug })
  req.context[beforeKey(global.slug, 'global')] = uses
  return data
}

export const updatePublicUploadsOfSettings: GlobalAfterChangeHook = async ({
  doc,
  global,
  req,
}) => {
  const before = (req.context[beforeKey(global.slug, 'global')] as Set<Key>) ?? new Set<Key>()
  await reconcile(req, before, await publishedUses(req, { kind: 'global', slug: global.slug }))
  return doc
}

/**
 * Sets every upload's flag from scratch: for the migration that adds it and for repairs.
 * Reads each public collection's published rows once.
 */
export async function refreshPublicUploads(payload: Payload, req?: PayloadRequest) {
  const used = new Set<Key>()
  const settingsFields = fieldsOf(payload, { kind: 'global', slug: globals.settings })
  const settings = await payload.db.findGlobal({
    slug: globals.settings,
    locale: 'all',
    select: uploadSelect(settingsFields),
    req,
  })
  uploadsIn(settingsFields, settings, used)
  for (const slug of publicCollections) {
    const published: Where = { _status: { equals: 'published' } }
    // The migration that adds the flag runs this with today's config: reading rows selects
    // columns later migrations add, so an empty table (a new database) is not read at all.
    if ((await payload.db.count({ collection: slug, where: published, req })).totalDocs === 0)
      continue
    const { docs } = await payload.db.find({
      collection: slug,
      where: published,
      locale: 'all',
      pagination: false,
      select: uploadSelect(payload.collections[slug].config.fields),
      req,
    })
    for (const doc of docs) uploadsIn(payload.collections[slug].config.fields, doc, used)
  }
  for (const slug of uploadCollections) {
    const ids = grouped(used).get(slug) ?? []
    const r = req ?? ({ payload } as PayloadRequest)
    await payload.db.updateMany({
      collection: slug,
      where: {},
      data: { usedByPublished: false },
      req: r,
    })
    await setFlag(
      r,
      ids.map((id) => keyOf(slug, id)),
      true,
    )
  }
  return used.size
}

/**
 * Only the top-level fields that may hold an upload. The migration that first sets the flags
 * runs with today's config against the schema of its day: reading whole rows would also ask for
 * tables and columns that later migrations add (a new array field's table), and fail.
 */
function uploadSelect(fields: Field[]): Record<string, true> {
  const { refs, richText } = uploadPaths(fields)
  return Object.fromEntries([...refs, ...richText].map((path) => [path.split('.')[0], true]))
}

/** Adds the hooks above to a public collection (payload.config.ts applies it to each). */
export function trackPublicUploads(config: CollectionConfig): CollectionConfig {
  if (!(publicCollections as readonly string[]).includes(config.slug)) return config
  const hooks = config.hooks ?? {}
  return {
    ...config,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberPublishedUses],
      afterChange: [...(hooks.afterChange ?? []), updatePublicUploads],
      beforeDelete: [...(hooks.beforeDelete ?? []), rememberUsesBeforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), releaseUploadsAfterDelete],
    },
  }
}
