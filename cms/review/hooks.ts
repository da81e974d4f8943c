import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isMemberUser } from '../access/roles'
import { queueMail } from '../jobs/mail'
import { type ReviewedCollection } from './sources'

type Flagged = { reviewRequested?: boolean | null; _status?: string | null }

/**
 * Keeps `reviewRequested` honest, whatever a request sends:
 * - a member user's save asks for review when it sends `reviewRequested: true` (the admin's
 *   "Submit for review"); any other member save keeps what the latest version had, so a draft
 *   saved after submitting stays in the queue and a member cannot take a request back;
 * - staff publishing clears it (the change was reviewed); other staff or system saves keep it.
 */
export const trackReviewRequest: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = Boolean((originalDoc as Flagged | undefined)?.reviewRequested)
  const incoming = data as Flagged
  if (isMemberUser(req.user)) incoming.reviewRequested = incoming.reviewRequested === true || before
  else incoming.reviewRequested = incoming._status === 'published' ? false : before
  return data
}

/**
 * Tells staff when a member submits a draft that was not waiting yet: one mail through the mail
 * queue (cms/jobs/mail.ts), which renders it when it is sent and skips it if staff published
 * the draft in the meantime. Resubmitting a waiting draft sends nothing more.
 */
export const notifyReviewRequest: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (!isMemberUser(req.user) || req.context?.seeding) return doc
  const now = Boolean((doc as Flagged).reviewRequested)
  const before = Boolean((previousDoc as Flagged | undefined)?.reviewRequested)
  if (!now || before) return doc
  try {
    await queueMail(
      req.payload,
      { collection: collection.slug as ReviewedCollection, id: doc.id },
      req,
    )
  } catch (error) {
    // The draft is saved and in the review queue; only the mail is missing.
    req.payload.logger.error({ err: error, msg: `review: could not queue the mail for ${doc.id}` })
  }
  return doc
}
