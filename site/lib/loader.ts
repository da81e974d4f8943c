import type { Loader } from 'astro/loaders'
import type { CollectionSlug, PopulateType, Where } from 'payload'

import { defaultLocale, type Locale, localeCodes } from '@shared/locales'
import { cms } from './cms'
import type { CollectionName } from './entries'
import { compactRichText, isRichText } from './richtext'

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * The fields of a document that Payload filled from the default locale: empty when read without
 * fallback, set when read with it. Decided from what is missing, not from equality with English,
 * so a tagline that is the same in every language is not taken for a missing translation.
 *
 * @example untranslatedFields({ title: 'Hi', summary: 'EN' }, { title: 'Здравей', summary: null }) // ['summary']
 */
export function untranslatedFields(withFallback: object, withoutFallback?: object): string[] {
  if (!withoutFallback) return []
  const own = new Map(Object.entries(withoutFallback))
  return Object.entries(withFallback)
    .filter(([key, value]) => blank(own.get(key)) && !blank(value))
    .map(([key]) => key)
}

/** What is populated of a related document: enough to link to it and show it, no more. */
export const populate: PopulateType = {
  members: { name: true, slug: true, country: true, city: true, logo: true },
  categories: { name: true, slug: true, parent: true },
  products: { name: true, slug: true, member: true, kind: true },
  partners: { name: true, slug: true, country: true, logo: true },
  protocols: { name: true, slug: true, family: true },
  // The parsed document is read by the API reference pages themselves (step 8), not copied
  // into every product in every locale.
  'api-descriptions': { title: true, filename: true, format: true, specVersion: true },
  // The site makes its own image sizes from the original (Astro's pipeline), so Payload's
  // `sizes` are not read; every product repeats its images in each locale, so they add up.
  media: { filename: true, mimeType: true, alt: true, width: true, height: true },
  documents: { url: true, filename: true, title: true, filesize: true, mimeType: true },
} as PopulateType

/** The collections the site loads (one loader each), and the files their documents use. */
const siteCollections = new Set<CollectionSlug>(['media', 'documents', 'api-descriptions'])

/**
 * The version of what the loader stores: a change to what an entry holds or to the meta below
 * makes every loader read its collection whole once.
 */
const storeVersion = '4'

type Id = number | string
type Seen = { ids: Id[]; newest: string; atNewest: Id[] }
/** What a loader keeps between syncs (in Astro's meta store, as JSON). */
type Sync = {
  version: string
  /** Each public document's slug, by id: which entries vanish with it, or move when it does. */
  slugs: Record<string, string>
  /** Each document referred to from this collection (`<collection>:<id>`): the documents that
   * copy from it. */
  refs: Record<string, Id[]>
  /** Per collection read from: its public ids at the last sync, the newest updatedAt among them
   * and the ids updated at that very time. */
  seen: Record<string, Seen>
}

/**
 * An Astro content loader for one Payload collection: every published document in every
 * locale, read as an anonymous visitor. Entries are `<locale>/<slug>`.
 *
 * A sync reads only what changed since the last one: the documents updated since (updatedAt),
 * those that are no longer public (their entries go), and the documents that copy from a
 * changed or vanished document of any collection (a product carries its maker's name, its
 * images' alt texts and file names, its categories', protocols' and API descriptions' names;
 * a reverse index of the ids each document refers to says which). Every locale is read again
 * for those documents, with and without fallback. The whole collection is read when the store
 * is empty or was written by another version of this loader.
 */
export function payloadLoader(
  collection: CollectionName,
  { idsPerRead = 1000 }: { idsPerRead?: number } = {},
): Loader {
  siteCollections.add(collection)
  return {
    name: `payload-${collection}`,
    load: async ({ store, meta, logger, generateDigest }) => {
      const started = Date.now()
      const previous = readSync(meta.get('sync'))
      const changes = await sitewideChanges()
      const sync: Sync = { version: storeVersion, slugs: {}, refs: {}, seen: {} }
      for (const [slug, state] of changes) sync.seen[slug] = state.now
      const full = !previous || previous.version !== storeVersion || store.keys().length === 0
      const wanted = full ? undefined : changedIds(collection, previous, changes)
      if (wanted && wanted.size === 0 && sameIds(previous!, changes.get(collection)!.now.ids)) {
        meta.set('sync', JSON.stringify({ ...previous, seen: sync.seen }))
        logger.info(`${collection}: unchanged (${Date.now() - started} ms)`)
        return
      }
      // Ids as the database has them (numbers on SQLite): the wanted ones that are still public.
      const publicIds = new Map(changes.get(collection)!.now.ids.map((id) => [String(id), id]))
      const ids = wanted
        ? [...wanted].flatMap((id) => (publicIds.has(id) ? [publicIds.get(id)!] : []))
        : [...publicIds.values()]
      const read = await readDocuments(collection, ids, idsPerRead)
      // What stays as it was: every document not read again that is still public.
      if (previous && wanted) {
        for (const [id, slug] of Object.entries(previous.slugs)) {
          if (wanted.has(id) || !publicIds.has(id)) continue
          sync.slugs[id] = slug
        }
        for (const [ref, ids] of Object.entries(previous.refs)) {
          const kept = ids.filter((id) => !wanted.has(String(id)) && publicIds.has(String(id)))
          if (kept.length > 0) sync.refs[ref] = kept
        }
      }
      const fields = (await cms()).collections[collection].config
        .flattenedFields as unknown as AnyField[]
      for (const doc of read.get(localeCodes[0]) ?? []) {
        sync.slugs[String(doc.id)] = String(doc.slug ?? doc.id)
        for (const ref of referencedDocs(fields, doc.data)) (sync.refs[ref] ??= []).push(doc.id)
      }
      const keep = new Set(
        localeCodes.flatMap((locale) =>
          Object.values(sync.slugs).map((slug) => `${locale}/${slug}`),
        ),
      )
      let written = 0
      for (const [locale, docs] of read) {
        for (const doc of docs) {
          const id = `${locale}/${doc.slug ?? doc.id}`
          // The digest is of the entry's data, copies of other documents included: it changes
          // exactly when what the entry shows changes (Astro keeps an entry whose digest holds).
          const data = { ...withCompactRichText(doc.data), locale }
          store.set({ id, data, digest: generateDigest(data) })
          written++
        }
      }
      let removed = 0
      for (const key of store.keys())
        if (!keep.has(key)) {
          store.delete(key)
          removed++
        }
      meta.set('sync', JSON.stringify(sync))
      const how = full ? 'read whole' : `${wanted!.size} documents read again`
      logger.info(
        `${collection}: ${keep.size} entries, ${how}, ${written} written, ${removed} removed ` +
          `(${Date.now() - started} ms)`,
      )
    },
  }
}

/**
 * A document's data with every rich text in it compacted (compactRichText): the same pages,
 * a third less content store to write, read and hold in memory.
 */
function withCompactRichText(data: Record<string, unknown>): Record<string, unknown> {
  const visit = (value: unknown): unknown => {
    if (isRichText(value)) return compactRichText(value)
    if (Array.isArray(value)) return value.map(visit)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, visit(v)]))
  }
  return visit(data) as Record<string, unknown>
}

function readSync(raw: string | undefined): Sync | undefined {
  try {
    return raw ? (JSON.parse(raw) as Sync) : undefined
  } catch {
    return undefined
  }
}

const sameIds = (previous: Sync, ids: Id[]) => {
  const before = Object.keys(previous.slugs)
  return before.length === ids.length && ids.every((id) => String(id) in previous.slugs)
}

type Change = { now: Seen; since: (seen: Seen) => Id[] }

/**
 * The ids of this collection's documents to read again: those updated since the last sync,
 * and those that refer to a document of any collection that was updated or is no longer public.
 */
function changedIds(
  collection: CollectionName,
  previous: Sync,
  changes: Map<string, Change>,
): Set<string> {
  const wanted = new Set<string>()
  for (const [slug, change] of changes) {
    const before = previous.seen[slug]
    // A collection not seen before: every document that refers to one of its ids.
    const updated = before ? change.since(before) : change.now.ids
    const publicNow = new Set(change.now.ids.map(String))
    const vanished = (before?.ids ?? []).filter((id) => !publicNow.has(String(id)))
    if (slug === collection)
      for (const id of updated) if (publicNow.has(String(id))) wanted.add(String(id))
    for (const id of [...updated, ...vanished])
      for (const referrer of previous.refs[`${slug}:${id}`] ?? []) wanted.add(String(referrer))
  }
  // Documents that are public now but were not at the last sync (published since, whatever
  // their updatedAt says).
  for (const id of changes.get(collection)!.now.ids)
    if (!(String(id) in previous.slugs)) wanted.add(String(id))
  return wanted
}

let changing: Promise<Map<string, Change>> | undefined

/**
 * For every collection the site reads or copies from: its public ids and newest change now, and
 * a way to ask which changed since a time. Astro starts the loaders together: they share one
 * reading, dropped once it is done, so the next content sync asks afresh.
 */
function sitewideChanges(): Promise<Map<string, Change>> {
  changing ??= (async () => {
    const slugs = [...siteCollections].sort()
    const states = await Promise.all(slugs.map(changeOf))
    return new Map(slugs.map((slug, i) => [slug, states[i]!]))
  })().finally(() => (changing = undefined))
  return changing
}

/** A collection's public ids with the newest updatedAt among them: one query of two columns. */
async function changeOf(collection: CollectionSlug): Promise<Change> {
  const payload = await cms()
  const all = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { updatedAt: true },
  })
  const docs = all.docs as { id: Id; updatedAt?: string }[]
  const time = (d: { updatedAt?: string }) => d.updatedAt ?? ''
  const newest = docs.reduce((max, d) => (time(d) > max ? time(d) : max), '')
  return {
    now: {
      ids: docs.map((d) => d.id),
      newest,
      atNewest: docs.filter((d) => time(d) === newest).map((d) => d.id),
    },
    // A document saved in the same millisecond as the newest one seen, but not seen, counts.
    since: (seen) => {
      const known = new Set(seen.atNewest.map(String))
      return docs
        .filter(
          (d) => time(d) > seen.newest || (time(d) === seen.newest && !known.has(String(d.id))),
        )
        .map((d) => d.id)
    },
  }
}

type Read = { id: Id; slug?: string | null; data: Record<string, unknown> }

/**
 * The documents with the given ids in every locale, as entries hold them: with Payload's
 * fallback, and the fields that fallback filled named in `untranslated`.
 *
 * Read `idsPerRead` ids at a time, also when the whole collection is read: Payload populates the
 * relationships of the documents one query reads with one query of all their ids, and SQLite
 * takes at most 32,766 values in a query. At 50,000 products, reading them all at once made a
 * query of the products they name as integrations with more than 48,000 values (the build log
 * cut it there), and the build failed.
 */
async function readDocuments(
  collection: CollectionName,
  ids: Id[],
  idsPerRead: number,
): Promise<Map<Locale, Read[]>> {
  const read = new Map<Locale, Read[]>(localeCodes.map((locale) => [locale, []]))
  for (let start = 0; start < ids.length; start += idsPerRead) {
    const where = { id: { in: ids.slice(start, start + idsPerRead) } }
    for (const locale of localeCodes) {
      const docs = await findPublic(collection, locale, { populate, where })
      // The same documents without Payload's fallback, to tell which fields are English
      // standing in (depth 0: only the document's own fields are compared).
      const own =
        locale === defaultLocale
          ? undefined
          : new Map(
              (await findPublic(collection, locale, { depth: 0, fallback: false, where })).map(
                (doc) => [doc.id, doc],
              ),
            )
      read.get(locale)!.push(
        ...docs.map((doc) => ({
          id: doc.id,
          slug: (doc as { slug?: string | null }).slug,
          data: { ...doc, untranslated: own ? untranslatedFields(doc, own.get(doc.id)) : [] },
        })),
      )
    }
  }
  return read
}

/** The public documents of a collection among some ids, in one query. */
async function findPublic(
  collection: CollectionName,
  locale: Locale,
  options: { depth?: number; populate?: PopulateType; fallback?: boolean; where: Where },
) {
  const payload = await cms()
  const result = await payload.find({
    collection,
    locale,
    depth: options.depth ?? 1,
    populate: options.populate,
    ...(options.fallback === false ? { fallbackLocale: false as const } : {}),
    where: options.where,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs
}

type AnyField = {
  name?: string
  type: string
  relationTo?: string | string[]
  flattenedFields?: AnyField[]
  blocks?: { slug: string; flattenedFields?: AnyField[] }[]
}

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value

/**
 * The documents a document copies from, as `<collection>:<id>`: every relationship and upload
 * (populated or not), following the collection's fields through arrays, groups, tabs and
 * blocks, and every document rich text refers to (`{ relationTo, value }`).
 */
function referencedDocs(fields: AnyField[], data: unknown, found = new Set<string>()): Set<string> {
  if (data === null || typeof data !== 'object') return found
  const record = data as Record<string, unknown>
  const add = (relationTo: unknown, value: unknown) => {
    const id = idOf(value)
    if (typeof relationTo === 'string' && (typeof id === 'number' || typeof id === 'string'))
      found.add(`${relationTo}:${id}`)
  }
  for (const field of fields) {
    const value = field.name ? record[field.name] : undefined
    if (value === null || value === undefined) continue
    const items = Array.isArray(value) ? value : [value]
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const item of items)
        if (Array.isArray(field.relationTo)) {
          const { relationTo, value: target } = (item ?? {}) as {
            relationTo?: unknown
            value?: unknown
          }
          add(relationTo, target)
        } else add(field.relationTo, item)
    } else if (field.type === 'array' || field.type === 'group' || field.type === 'tab') {
      for (const item of items) referencedDocs(field.flattenedFields ?? [], item, found)
    } else if (field.type === 'blocks') {
      for (const item of items) {
        const type = (item as { blockType?: unknown } | null)?.blockType
        const block = field.blocks?.find((b) => b.slug === type)
        referencedDocs(block?.flattenedFields ?? [], item, found)
      }
    } else if (field.type === 'richText') {
      const visit = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(visit)
        else if (node !== null && typeof node === 'object') {
          const { relationTo, value: target } = node as { relationTo?: unknown; value?: unknown }
          add(relationTo, target)
          Object.values(node).forEach(visit)
        }
      }
      visit(value)
    }
  }
  return found
}
