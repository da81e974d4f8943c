import type { CollectionSlug, DataFromCollectionSlug, Payload, SelectType } from 'payload'

/** What an id looks like: SQLite's numbers or MongoDB's ObjectIds. */
const idShape = /^\d+$|^[0-9a-f]{24}$/i

/**
 * A document as the server reads it (access not applied, depth 0), or null when `id` is no id
 * (a path segment, a stored reference gone bad) or names no document: callers answer 404 or skip
 * it, never 500. With `select`, only those fields are read (the type does not narrow).
 */
export async function byId<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  id: unknown,
  options: { select?: SelectType; locale?: string } = {},
): Promise<DataFromCollectionSlug<S> | null> {
  if ((typeof id !== 'string' && typeof id !== 'number') || !idShape.test(String(id))) return null
  const doc = await payload
    .findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: true,
      ...(options.select ? { select: options.select } : {}),
      ...(options.locale ? { locale: options.locale as never } : {}),
    } as never)
    .catch(() => null)
  return (doc as DataFromCollectionSlug<S> | null) ?? null
}
