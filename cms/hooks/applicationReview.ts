import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { queueMail } from '../jobs/mail'
import type { Application } from '../payload-types'
import { collections } from '@shared/slugs'
import { approveApplication } from './approveApplication'
import { quotedChoices, reviewMessage, statusLabel } from './reviewMessages'

type Status = Application['status']

/**
 * The review path: received → (reviewing →) approved | rejected; the last two are final. Staff
 * decide with one click (the Approve and Reject buttons), so "In review" is a step they may
 * take, not one they must.
 */
export const nextStatuses: Record<Status, readonly Status[]> = {
  received: ['reviewing', 'approved', 'rejected'],
  reviewing: ['approved', 'rejected'],
  approved: [],
  rejected: [],
}

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: collections.applications, errors: [{ path, message }], req })

/**
 * Before an application is saved: only the review path's steps are allowed, and an approval is
 * refused up front when its email already has a login, so that nothing is created or changed.
 * A decision marks the application `mailPending` in the same write: its mail is then sent
 * exactly once, even if the server stops before the mail job is queued.
 */
export const checkReviewStep: CollectionBeforeChangeHook<Application> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (req.context?.seeding) return data
  // Only approval sets these (straight in the database): a stale admin form or a REST client
  // must not unlink or re-point them.
  delete data.createdMember
  delete data.createdUser
  if (operation === 'create') {
    if (data.status && data.status !== 'received')
      throw refuse(
        req,
        'status',
        reviewMessage(req, 'startReceived', { received: statusLabel(req, 'received') }),
      )
    return data
  }
  const from = originalDoc?.status ?? 'received'
  const to = data.status ?? from
  if (to === from) return data
  const allowed = nextStatuses[from]
  if (!allowed.includes(to)) {
    const message = allowed.length
      ? reviewMessage(req, 'transition', {
          from: statusLabel(req, from),
          to: statusLabel(req, to),
          allowed: quotedChoices(
            req,
            allowed.map((s) => statusLabel(req, s)),
          ),
        })
      : reviewMessage(req, 'final', { from: statusLabel(req, from) })
    throw refuse(req, 'status', message)
  }
  if (to === 'approved') {
    const email = String(data.email ?? originalDoc?.email ?? '')
      .trim()
      .toLowerCase()
    const { totalDocs } = await req.payload.count({
      collection: collections.users,
      where: { email: { equals: email } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) throw refuse(req, 'email', reviewMessage(req, 'emailTaken', { email }))
  }
  if (to === 'approved' || to === 'rejected') data.mailPending = true
  return data
}

// Without transactions (SQLite) the application is already saved when afterChange fails:
// put the old status back directly, past the hooks that would refuse the step backwards.
const undoStep = (req: PayloadRequest, id: number, status: Status) =>
  req.payload.db.updateOne({
    collection: collections.applications,
    id,
    data: { status, createdMember: null, createdUser: null, mailPending: false },
    req,
  })

function explain(req: PayloadRequest, error: unknown, approving: boolean) {
  const status = error instanceof APIError ? error.status : 500
  if (approving && status < 500) {
    const reason =
      error instanceof ValidationError
        ? error.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
        : error instanceof Error
          ? error.message
          : String(error)
    return new APIError(reviewMessage(req, 'approvalFailed', { reason }), 400, undefined, true)
  }
  return error
}

/**
 * After a review step is saved: an approval makes the member profile and the user, and both
 * decisions queue their mail (the welcome with the password link, or a polite notice), which
 * the mail queue sends and retries until the mail server takes it. If approval fails, the step
 * is undone and staff are told why. Saving a decided application again does nothing, so
 * approval never runs twice.
 */
export const actOnReviewStep: CollectionAfterChangeHook<Application> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context?.seeding || doc.status === previousDoc?.status)
    return doc
  const approving = doc.status === 'approved'
  if (!approving && doc.status !== 'rejected') return doc
  const mail = { collection: collections.applications, id: doc.id }
  // approveApplication undoes the step itself when it fails; the catch below must not again.
  let undone = false
  const undo = () => {
    undone = true
    return undoStep(req, doc.id, previousDoc.status)
  }
  try {
    if (!approving) {
      await queueMail(req.payload, mail, req)
      return doc
    }
    if (doc.createdMember) return doc
    const { member, user } = await approveApplication(req, doc, {
      link: ({ member, user }) =>
        req.payload.db.updateOne({
          collection: collections.applications,
          id: doc.id,
          data: { createdMember: member.id, createdUser: user.id },
          req,
        }),
      unlink: undo,
    })
    await queueMail(req.payload, mail, req)
    return { ...doc, createdMember: member.id, createdUser: user.id }
  } catch (error) {
    if (!undone)
      await undo().catch((err) =>
        req.payload.logger.error({ err, msg: `Could not restore application ${doc.id}'s status` }),
      )
    throw explain(req, error, approving)
  }
}
