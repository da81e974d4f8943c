import type { PayloadRequest } from 'payload'

import { defaultLocale } from '@shared/locales'
import { t } from '../i18n/messages'
import { waitingDrafts } from '../review/queue'
import { reviewQueuePath } from '../review/adminPaths'
import type { ReviewedCollection } from '../review/sources'
import { adminUrl, clusterFacts, staffAddress } from './addresses'
import type { Rendered } from './inquiryMail'

/**
 * The staff notification of a draft a member submitted for review, rendered when it is sent:
 * a draft staff have published (or that is no longer waiting) in the meantime sends nothing.
 * In the CMS's default locale: staff read one language, and the job does not know theirs.
 */
export async function renderReviewMail(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number | string,
): Promise<Rendered> {
  const waiting = await waitingDrafts(req.payload, req)
  const draft = waiting.find((w) => w.collection === collection && String(w.id) === String(id))
  if (!draft) return { skipped: `${collection} ${id}: no draft is waiting for review any more.` }
  const to = await staffAddress(req.payload)
  if (!to) return { skipped: `${collection} ${id}: no staff address (STAFF_EMAIL or Settings).` }
  const say = (key: Parameters<typeof t>[1], values: Record<string, string | number>) =>
    t(defaultLocale, key, values)
  const facts = {
    clusterName: (await clusterFacts(req.payload)).clusterName,
    memberName: draft.memberName ?? '?',
    title: draft.title,
    kind: collection,
    isNew: draft.everPublished ? 'no' : 'yes',
    adminLink: adminUrl(req.payload, `/collections/${collection}/${id}`),
    queueLink: adminUrl(req.payload, reviewQueuePath),
    count: waiting.length,
  }
  return {
    message: {
      to,
      subject: say('mail.draftReview.subject', facts),
      text: say('mail.draftReview.text', facts),
    },
  }
}
