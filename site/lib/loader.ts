import type { Loader } from 'astro/loaders'
import type { CollectionSlug, PopulateType } from 'payload'

import { defaultLocale, localeCodes } from '@shared/locales'
import { cms, findAllPublic } from './cms'
import type { CollectionName } from './entries'

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
 * An Astro content loader for one Payload collection: every published document in every
 * locale, read as an anonymous visitor. Entries are `<locale>/<slug>`.
 *
 * A build reuses the stored entries without reading the documents again only when nothing
 * public has changed since the last one, in any collection: a document carries copies of the
 * documents it uses (a product's maker slug, image alt texts and file names, the slugs behind
 * rich-text links), so a product is out of date when only its image or its maker changed.
 */
export function payloadLoader(collection: CollectionName): Loader {
  siteCollections.add(collection)
  return {
    name: `payload-${collection}`,
    load: async ({ store, meta, logger, generateDigest }) => {
      const signature = await siteSignature()
      if (meta.get('signature') === signature && store.keys().length > 0) {
        logger.info(`${collection}: unchanged, using the cache`)
        return
      }
      const seen = new Set<string>()
      for (const locale of localeCodes) {
        const docs = await findAllPublic(collection, locale, { populate })
        // The same documents without Payload's fallback, to tell which fields are English
        // standing in (depth 0: only the document's own fields are compared).
        const own =
          locale === defaultLocale
            ? undefined
            : new Map(
                (await findAllPublic(collection, locale, { depth: 0, fallback: false })).map(
                  (doc) => [doc.id, doc],
                ),
              )
        for (const doc of docs) {
          const id = `${locale}/${doc.slug ?? doc.id}`
          seen.add(id)
          const untranslated = own ? untranslatedFields(doc, own.get(doc.id)) : []
          // The digest is of the entry's data, copies of other documents included: it changes
          // exactly when what the entry shows changes (Astro keeps an entry whose digest holds).
          const data = { ...doc, locale, untranslated }
          store.set({ id, data, digest: generateDigest(data) })
        }
      }
      for (const key of store.keys()) if (!seen.has(key)) store.delete(key)
      meta.set('signature', signature)
      logger.info(`${collection}: ${seen.size} entries`)
    },
  }
}

let signing: Promise<string> | undefined

/**
 * The signatures of every collection the site shows or copies from, in one string. Astro starts
 * the loaders together: they share one reading, which is dropped once it is done, so the next
 * content sync reads afresh.
 */
function siteSignature(): Promise<string> {
  signing ??= (async () => {
    const slugs = [...siteCollections].sort()
    const signatures = await Promise.all(slugs.map(contentSignature))
    return slugs.map((slug, i) => `${slug}:${signatures[i]}`).join(' ')
  })().finally(() => (signing = undefined))
  return signing
}

/** Count and latest change of what the public sees: cheap to ask, changes with any edit. */
async function contentSignature(collection: CollectionSlug): Promise<string> {
  const payload = await cms()
  const latest = await payload.find({
    collection,
    limit: 1,
    sort: '-updatedAt',
    depth: 0,
    overrideAccess: false,
    select: { updatedAt: true },
  })
  const newest = latest.docs[0] as { updatedAt?: string } | undefined
  return `${latest.totalDocs}@${newest?.updatedAt ?? ''}`
}
