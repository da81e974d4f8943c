import type { CollectionSlug, Payload, PopulateType } from 'payload'
import { getPayload } from 'payload'

let instance: Promise<Payload> | undefined

/** The CMS, in process, through Payload's Local API. The only place the site calls it. */
export function cms(): Promise<Payload> {
  instance ??= (async () => {
    // PAYLOAD_SECRET is set by then, for a build too (astro.config.mjs: cmsSecret).
    const { default: config } = await import('../../cms/payload.config')
    return getPayload({ config })
  })()
  return instance
}

/**
 * Every document of a collection that an anonymous visitor may read, in one locale, in one
 * query. Payload pages its results by default (reading only the first page would silently drop
 * documents); paging through them instead costs a count and an offset scan per page, which made
 * 10,000 products take 58 s to read instead of 11 s.
 */
export async function findAllPublic<T>(
  collection: CollectionSlug,
  locale: string,
  depth = 1,
  populate?: PopulateType,
): Promise<T[]> {
  const payload = await cms()
  const result = await payload.find({
    collection,
    locale: locale as 'en',
    depth,
    populate,
    pagination: false,
    overrideAccess: false,
  })
  return result.docs as T[]
}

const settingsCache = new Map<string, Promise<Record<string, unknown>>>()

/** The settings global (cluster name, contact, social links) in a locale, read once per build. */
export function getSettings(locale: string): Promise<Record<string, unknown>> {
  if (!settingsCache.has(locale)) {
    settingsCache.set(
      locale,
      cms().then((payload) =>
        payload.findGlobal({
          slug: 'settings',
          locale: locale as 'en',
          depth: 1,
          overrideAccess: false,
        }),
      ) as Promise<Record<string, unknown>>,
    )
  }
  return settingsCache.get(locale)!
}
