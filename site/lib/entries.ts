/// <reference types="astro/client" />
import { getCollection } from 'astro:content'

import { defaultLocale, type Locale, localeCodes } from '@shared/locales'
import type {
  Category,
  Cooperation,
  Event,
  Member,
  Page,
  Partner,
  Product,
  Protocol,
  Publication,
} from '../../cms/payload-types'
import { productsByMaker } from './relations'

/** The documents of each content collection, as Payload types them. */
type Docs = {
  members: Member
  products: Product
  categories: Category
  events: Event
  publications: Publication
  partners: Partner
  cooperation: Cooperation
  pages: Page
  protocols: Protocol
}
export type CollectionName = keyof Docs
/**
 * A document in one locale, as the loader stored it, with the fields Payload filled from the
 * default locale because they are not written in this one (site/lib/loader.ts).
 */
export type Entry<K extends CollectionName> = Docs[K] & {
  locale: Locale
  slug: string
  untranslated?: string[]
}

type Index<K extends CollectionName> = { list: Entry<K>[]; bySlug: Map<string, Entry<K>> }

// Pages render one after another in one process: reading and splitting a collection once per
// build (not once per page) keeps large catalogues linear.
const indexes = new Map<string, Promise<Map<Locale, Index<CollectionName>>>>()

const digests = new WeakMap<object, string>()

/**
 * The digest the loader stored with an entry (site/lib/loader.ts: of all the entry's data,
 * copies of other documents included), or undefined for anything that is not an entry as read
 * from the store. A page's cacheKey hashes it instead of the whole document.
 */
export const digestOf = (entry: object): string | undefined => digests.get(entry)

function indexOf<K extends CollectionName>(collection: K): Promise<Map<Locale, Index<K>>> {
  const cached = indexes.get(collection) ?? buildIndex(collection)
  indexes.set(collection, cached)
  return cached as unknown as Promise<Map<Locale, Index<K>>>
}

async function buildIndex(collection: CollectionName): Promise<Map<Locale, Index<CollectionName>>> {
  const all = (await getCollection(collection)) as {
    data: Entry<CollectionName>
    digest?: string
  }[]
  const byLocale = new Map<Locale, Index<CollectionName>>(
    localeCodes.map((l) => [l, { list: [], bySlug: new Map() }]),
  )
  for (const { data, digest } of all) {
    if (digest) digests.set(data, digest)
    const bucket = byLocale.get(data.locale)
    bucket?.list.push(data)
    bucket?.bySlug.set(data.slug, data)
  }
  return byLocale
}

/** Every public document of a collection in a locale. */
export async function entriesOf<K extends CollectionName>(
  collection: K,
  locale: Locale,
): Promise<Entry<K>[]> {
  return (await indexOf(collection)).get(locale)?.list ?? []
}

/** One document by slug in a locale, or undefined. */
export async function entryBySlug<K extends CollectionName>(
  collection: K,
  locale: Locale,
  slug: string | null | undefined,
): Promise<Entry<K> | undefined> {
  if (!slug) return undefined
  return (await indexOf(collection)).get(locale)?.bySlug.get(slug)
}

/**
 * getStaticPaths for a detail page: one path per document and locale, the document as props,
 * and the page's cacheKey when `keyOf` gives one (site/lib/pageKeys.ts).
 */
export async function detailPaths<K extends CollectionName>(
  collection: K,
  keyOf?: (doc: Entry<K>) => Promise<string>,
) {
  const index = await indexOf(collection)
  return Promise.all(
    localeCodes.flatMap((locale) =>
      (index.get(locale)?.list ?? []).map(async (doc) => ({
        params: { locale, slug: doc.slug },
        props: { doc },
        ...(keyOf && { cacheKey: await keyOf(doc) }),
      })),
    ),
  )
}

/** A relationship Payload populated (an object), or undefined when it holds only an id. */
export function populated<T extends object>(value: number | T | null | undefined): T | undefined {
  return value !== null && typeof value === 'object' ? value : undefined
}

/** The populated documents of a has-many relationship, in order. */
export const populatedAll = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).map((v) => populated(v)).filter((v): v is T => v !== undefined)

const collators = new Map<Locale, Intl.Collator>()

/** Sorts by a display name in the locale's collation (one Collator per locale: much faster than
 * localeCompare, which builds one for every comparison). */
export const byName = <T>(locale: Locale, name: (item: T) => string) => {
  let collator = collators.get(locale)
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)))
  return (a: T, b: T) => collator.compare(name(a), name(b))
}

const sorted = new Map<string, Promise<unknown[]>>()

/**
 * Every public document of a collection in a locale, sorted by name, computed once per build:
 * each of the catalogue's pages needs the whole sorted list to cut its page from.
 */
export function entriesByName<K extends CollectionName>(
  collection: K,
  locale: Locale,
  name: (doc: Entry<K>) => string,
): Promise<Entry<K>[]> {
  const key = `${collection}/${locale}`
  if (!sorted.has(key))
    sorted.set(
      key,
      entriesOf(collection, locale).then((docs) => [...docs].sort(byName(locale, name))),
    )
  return sorted.get(key) as Promise<Entry<K>[]>
}

type SlugOf = (collection: string, id: number | string) => string | undefined
let slugs: Promise<SlugOf> | undefined

/**
 * A lookup from document id to slug for every collection, for rich text links that hold only
 * an id. Slugs are not localized, so the default locale's documents are enough. Built once per
 * build: every page with rich text asks for it, and rebuilding it each time made a 10,000-product
 * build quadratic (half of its rendering time).
 */
export function slugLookup(): Promise<SlugOf> {
  slugs ??= (async () => {
    const names: CollectionName[] = [
      'members',
      'products',
      'events',
      'publications',
      'partners',
      'cooperation',
      'pages',
    ]
    const maps = new Map<string, Map<string, string>>()
    for (const name of names) {
      const docs = await entriesOf(name, defaultLocale)
      maps.set(name, new Map(docs.map((d) => [String(d.id), d.slug])))
    }
    return (collection: string, id: number | string) => maps.get(collection)?.get(String(id))
  })()
  return slugs
}

const byMaker = new Map<Locale, Promise<Map<Member['id'], Entry<'products'>[]>>>()

/**
 * A member's products in its locale, by name. The grouping is made once per locale, so that a
 * thousand member pages do not each scan ten thousand products.
 */
export async function productsOf(member: Pick<Entry<'members'>, 'id' | 'locale'>) {
  const { locale } = member
  if (!byMaker.has(locale))
    byMaker.set(locale, entriesByName('products', locale, (p) => p.name).then(productsByMaker))
  return (await byMaker.get(locale)!).get(member.id) ?? []
}
