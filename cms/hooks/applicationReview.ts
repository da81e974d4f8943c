import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { clusterFacts, staffAddress } from '../email/addresses'
import { templatesFor } from '../email/templates'
import type { Application } from '../payload-types'
import { collections } from '../slugs'
import { approveApplication, MailNotSent } from './approveApplication'
import { quotedChoices, reviewMessage } from './reviewMessages'

type Status = Application['status']

/** The review path: received → reviewing → approved | rejected; the last two are final. */
export const nextStatuses: Record<Status, readonly Status[]> = {
  received: ['reviewing'],
  reviewing: ['approved', 'rejected'],
  approved: [],
  rejected: [],
}

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: collections.applications, errors: [{ path, message }], req })

/**
 * Before an application is saved: only the review path's steps are allowed, and an approval is
 * refused up front when its email already has a login, so that nothing is created or changed.
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
      throw refuse(req, 'status', reviewMessage(req, 'startReceived'))
    return data
  }
  const from = originalDoc?.status ?? 'received'
  const to = data.status ?? from
  if (to === from) return data
  const allowed = nextStatuses[from]
  if (!allowed.includes(to)) {
    const message = allowed.length
      ? reviewMessage(req, 'transition', { from, to, allowed: quotedChoices(req, allowed) })
      : reviewMessage(req, 'final', { from })
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
  return data
}

// Without transactions (SQLite) the application is already saved when afterChange fails:
// put the old status back directly, past the hooks that would refuse the step backwards.
const undoStep = (req: PayloadRequest, id: number, status: Status) =>
  req.payload.db.updateOne({
    collection: collections.applications,
    id,
    data: { status, createdMember: null, createdUser: null },
    req,
  })

async function sendRejection(req: PayloadRequest, application: Application) {
  const { clusterName } = await clusterFacts(req.payload)
  const mail = templatesFor(application.locale).rejection({
    clusterName,
    companyName: application.companyName,
    contactName: application.contactName,
  })
  try {
    // The notice invites questions: replies go to staff, not to the portal's sender address.
    const replyTo = (await staffAddress(req.payload)) ?? undefined
    await req.payload.sendEmail({ to: application.email, replyTo, ...mail })
  } catch (error) {
    throw new MailNotSent(error instanceof Error ? error.message : String(error))
  }
}

function explain(
  req: PayloadRequest,
  error: unknown,
  application: Application,
  approving: boolean,
) {
  const step = reviewMessage(req, approving ? 'stepApproval' : 'stepRejection')
  if (error instanceof MailNotSent) {
    const message = reviewMessage(req, 'mailFailed', {
      step,
      email: application.email,
      reason: error.message,
    })
    return new APIError(message, 502, undefined, true)
  }
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
 * After a review step is saved: an approval makes the member profile, the user and the welcome
 * mail, a rejection sends a polite notice. If that fails, the step is undone and staff are told
 * why. Saving a decided application again does nothing, so approval never runs twice.
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
  try {
    if (!approving) {
      await sendRejection(req, doc)
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
      unlink: () => undoStep(req, doc.id, previousDoc.status),
    })
    return { ...doc, createdMember: member.id, createdUser: user.id }
  } catch (error) {
    await undoStep(req, doc.id, previousDoc.status).catch((err) =>
      req.payload.logger.error({ err, msg: `Could not restore application ${doc.id}'s status` }),
    )
    throw explain(req, error, doc, approving)
  }
}
