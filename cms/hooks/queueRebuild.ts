import type {
  CollectionSlug,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { queueRebuild } from '../jobs/queue'
import { type Trigger, titleOf, userEmail } from '../jobs/triggers'

/**
 * Publishing, unpublishing or deleting a public document (and saving the settings, an image or
 * a PDF) queues a debounced site rebuild (cms/jobs/queue.ts). Saving a draft changes nothing the
 * site shows, so it queues nothing. The seed and bulk imports set `seeding` or
 * `disableRevalidate` in req.context and skip it (Payload's website template: revalidatePost).
 */

const skip = (context: RequestContext) => Boolean(context.seeding || context.disableRevalidate)

/** req.context key for the public status of a document before this change. */
const wasPublicKey = (collection: string, id: number | string) =>
  `rebuild:wasPublic:${collection}:${id}`

type Doc = Record<string, unknown> & { id: number | string; _status?: string | null }

/** The status of the document itself (its published row), not of its latest draft. */
async function publicStatus(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const row = await req.payload.db.findOne<Doc>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return row?._status ?? null
}

async function queue(req: PayloadRequest, trigger: Omit<Trigger, 'at' | 'user'>): Promise<void> {
  try {
    await queueRebuild(req, { ...trigger, at: new Date().toISOString(), user: userEmail(req.user) })
  } catch (error) {
    // The change itself is saved; staff can still press "Rebuild now".
    req.payload.logger.error({ err: error, msg: 'site rebuild: could not queue a rebuild' })
  }
}

/**
 * Notes whether the document was public before an update that may unpublish it. A draft save
 * and an unpublish look alike afterwards (both return a draft), and `previousDoc` is the
 * latest draft, not what the site shows.
 */
export const rememberPublicStatus: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || skip(context) || !originalDoc?.id) return data
  if (data._status === 'published') return data
  context[wasPublicKey(collection.slug, originalDoc.id)] =
    (await publicStatus(req, collection.slug, originalDoc.id)) === 'published'
  return data
}

export const queueRebuildAfterChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  if (skip(context)) return doc
  const { id } = doc as Doc
  const base = { collection: collection.slug, id, title: titleOf(doc) }
  if ((doc as Doc)._status === 'published') {
    await queue(req, { ...base, operation: 'publish' })
  } else if (
    context[wasPublicKey(collection.slug, id)] === true &&
    (await publicStatus(req, collection.slug, id)) !== 'published'
  ) {
    await queue(req, { ...base, operation: 'unpublish' })
  }
  return doc
}

/**
 * Deleting a published document or a file removes it from the site; deleting a draft changes
 * nothing public. Files (media, documents) have no drafts, so no `_status`.
 */
export const queueRebuildAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  id,
  req,
}) => {
  const isDraft = '_status' in doc && (doc as Doc)._status !== 'published'
  if (skip(context) || isDraft) return doc
  await queue(req, { collection: collection.slug, id, title: titleOf(doc), operation: 'delete' })
  return doc
}

/** The settings appear on every page (name, contact, links): any saved change rebuilds. */
export const queueRebuildAfterGlobalChange: GlobalAfterChangeHook = async ({
  context,
  doc,
  global,
  req,
}) => {
  if (skip(context)) return doc
  await queue(req, { global: global.slug, title: titleOf(doc), operation: 'update' })
  return doc
}

/**
 * Images and PDFs have no drafts: what an editor saves (a replaced file, alt text, a focal
 * point) is what published pages show, so saving or deleting one rebuilds. A new upload is on
 * no page until a document that uses it is published, which rebuilds by itself.
 */
export const queueRebuildAfterFileChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || skip(context)) return doc
  const { id } = doc as Doc
  await queue(req, { collection: collection.slug, id, title: titleOf(doc), operation: 'update' })
  return doc
}

/** The hooks of the upload collections (media, documents). */
export const fileRebuildHooks = () => ({
  afterChange: [queueRebuildAfterFileChange],
  afterDelete: [queueRebuildAfterDelete],
})

/**
 * The hooks every public collection adds (fresh arrays: Payload may add to them), after the
 * collection's own `beforeChange` hooks.
 */
export const rebuildHooks = (own: { beforeChange?: CollectionBeforeChangeHook[] } = {}) => ({
  beforeChange: [...(own.beforeChange ?? []), rememberPublicStatus],
  afterChange: [queueRebuildAfterChange],
  afterDelete: [queueRebuildAfterDelete],
})
