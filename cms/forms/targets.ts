import type { Payload, Where } from 'payload'

type Slugged = 'members' | 'products' | 'cooperation' | 'categories'
type Id = number | string

/**
 * Ids of the documents with these slugs that an anonymous visitor may read (published ones),
 * by slug. Request-serving code: access is not overridden.
 */
export async function publicIdsBySlug(
  payload: Payload,
  collection: Slugged,
  slugs: string[],
  where: Where[] = [],
): Promise<Map<string, Id>> {
  if (!slugs.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ slug: { in: slugs } }, ...where] },
    overrideAccess: false,
    depth: 0,
    limit: slugs.length,
    pagination: false,
    select: { slug: true },
  })
  return new Map(docs.map((d) => [String((d as { slug?: string }).slug), d.id as Id]))
}

/** The id of one published document by slug, or null. */
export async function publicIdBySlug(
  payload: Payload,
  collection: Slugged,
  slug: string,
  where: Where[] = [],
): Promise<Id | null> {
  return (await publicIdsBySlug(payload, collection, [slug], where)).get(slug) ?? null
}

/** Start of today (UTC): a cooperation post is open through its `validUntil` day. */
export const startOfTodayUtc = (now = new Date()): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString()
