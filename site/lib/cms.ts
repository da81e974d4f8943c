import type { CollectionSlug, DataFromCollectionSlug, Payload, PopulateType } from 'payload'
import { getPayload } from 'payload'

import type { Setting } from '@cms/payload-types'
import type { Locale } from '@shared/locales'
import { clusterNameOf } from './clusterName'

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
export async function findAllPublic<S extends CollectionSlug>(
  collection: S,
  locale: Locale,
  options: { depth?: number; populate?: PopulateType; fallback?: boolean } = {},
): Promise<DataFromCollectionSlug<S>[]> {
  const { depth = 1, populate, fallback = true } = options
  const payload = await cms()
  const result = await payload.find({
    collection,
    locale,
    depth,
    populate,
    // Without fallback, a field not written in this locale reads as empty instead of English.
    ...(fallback ? {} : { fallbackLocale: false as const }),
    pagination: false,
    overrideAccess: false,
  })
  return result.docs
}

const settingsCache = new Map<Locale, Promise<Setting>>()

/** The settings global (cluster name, contact, social links) in a locale, read once per build. */
export function getSettings(locale: Locale): Promise<Setting> {
  let settings = settingsCache.get(locale)
  if (!settings) {
    settings = cms().then((payload) =>
      payload.findGlobal({ slug: 'settings', locale, depth: 1, overrideAccess: false }),
    )
    settingsCache.set(locale, settings)
  }
  return settings
}

/** The cluster's name in a locale, or the portal's neutral name when the settings have none. */
export const clusterNameFor = async (locale: Locale) =>
  clusterNameOf(await getSettings(locale), locale)
