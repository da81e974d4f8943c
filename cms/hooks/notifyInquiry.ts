import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { queueMail } from '../jobs/mail'
import type { Inquiry } from '../payload-types'
import { collections } from '@shared/slugs'

/**
 * Before a new inquiry is stored: it carries its own outbox flag, written with it, so that its
 * notifications are sent even if the server stops before they are queued. Seeding and imports
 * send nothing.
 */
export const markInquiryMailPending: CollectionBeforeChangeHook<Inquiry> = ({
  data,
  operation,
  req,
}) => {
  if (operation === 'create' && !req.context?.seeding) data.mailPending = true
  return data
}

/**
 * After a new inquiry is stored: queues its notifications, one mail to the member's public
 * contact address and one to staff, in the inquiry's language with Reply-To set to the buyer
 * (cms/email/inquiryMail.ts). The mail queue sends them and retries while the mail server is
 * down; nothing here can undo the stored inquiry.
 */
export const notifyInquiry: CollectionAfterChangeHook<Inquiry> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.context?.seeding) return doc
  try {
    await queueMail(req.payload, { collection: collections.inquiries, id: doc.id }, req)
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Inquiry ${doc.id} is stored; its notifications will be queued by the mail queue's next check.`,
    })
  }
  return doc
}
