import crypto from 'node:crypto'

import type { Payload, PayloadRequest, TaskConfig, WorkflowConfig } from 'payload'

import { renderDecisionMail } from '../email/decisionMail'
import { type InquiryRecipient, renderInquiryMail, type Rendered } from '../email/inquiryMail'
import { renderMatchmakingMail } from '../email/matchmakingMail'
import { renderReviewMail } from '../email/reviewMail'
import { senderFrom } from '../email/transport'
import type { MatchmakingMail } from '../matchmaking/notify'
import { isReviewed, type ReviewedCollection } from '../review/sources'
import { collections } from '@shared/slugs'

/** The queue every notification mail goes through; each CMS server runs it (mailAutoRun.ts). */
export const mailQueue = 'mail'
export const mailWorkflow = 'sendMails'
export const mailTask = 'sendMail'

/** The documents that send mail when they are stored, and the mails each one sends. */
export const mailRecipients = {
  // The buyer's confirmation last: the member and staff hear of an inquiry first.
  [collections.inquiries]: ['member', 'staff', 'buyer'],
  [collections.applications]: ['decision'],
} as const
export type MailSource = keyof typeof mailRecipients
/**
 * A draft a member submitted for review mails staff once (cms/review/hooks.ts). Drafts live in
 * the versions, so these carry no `mailPending` flag: the mail is rendered from the review queue
 * and skipped if the draft was published before it went out.
 */
export type MailRef = { collection: MailSource | ReviewedCollection; id: number | string }
type Queued = MailRef & { stamp: string }

/**
 * Matchmaking mails are not sent for a stored document but for an event (a registration, a
 * meeting's answer): one `sendMail` task each, queued directly, its `mail` input saying what to
 * render. The one-time secret of a confirm or sign-in link lives only there, and Payload deletes
 * the job once it completes (jobs.deleteJobOnComplete); a failed job keeps it until it expires.
 */
export const matchmakingSource = 'matchmaking'
type QueuedMatchmaking = { collection: typeof matchmakingSource; id: string; stamp: string }

const newStamp = () =>
  `${new Date().toISOString().replace(/[-:.]/g, '')}-${crypto.randomBytes(4).toString('hex')}`

/** The ISO time a stamp was made at (for a reminder's "tomorrow"). */
const stampTime = (stamp: string): Date => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(stamp)
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : new Date()
}

/** Queues one matchmaking mail (cms/matchmaking/notify.ts); with `req`, in its transaction. */
export function queueMatchmakingMail(
  payload: Payload,
  mail: MatchmakingMail,
  req?: PayloadRequest,
) {
  const subject =
    'meeting' in mail ? `meeting${mail.meeting}-to${mail.to}` : `participant${mail.participant}`
  const input = {
    collection: matchmakingSource,
    id: subject,
    stamp: newStamp(),
    to: mail.kind,
    mail: mail as never,
  }
  return payload.jobs.queue({ task: mailTask, queue: mailQueue, input, req })
}

/** One job per document at a time: a second job for it waits, then finds nothing left to send. */
export const mailKey = ({ collection, id }: MailRef) => `mail:${collection}:${id}`

/**
 * Queues the notification mails of a document that was just stored with `mailPending` set. With
 * `req`, the job is written in the caller's transaction where the database has one (MongoDB
 * replica sets, Postgres); on SQLite, which runs without transactions, a job that a crash kept
 * from being written is queued by the sweep instead (mailRecovery.ts).
 */
export function queueMail(payload: Payload, ref: MailRef, req?: PayloadRequest) {
  // Queue time plus a random part: the Message-ID of every mail of this job, kept across retries.
  const input: Queued = { collection: ref.collection, id: ref.id, stamp: newStamp() }
  return payload.jobs.queue({ workflow: mailWorkflow, queue: mailQueue, input, req })
}

/**
 * The same Message-ID however often a mail is retried: a receiving server or mail client can
 * tell a repeat from a new message, and the file transport overwrites the same file.
 *
 * @example messageIdOf({ collection: 'inquiries', id: 12, stamp: '20261124T185354123Z-9f2c4a1b' }, 'staff')
 * // '<20261124T185354123Z-9f2c4a1b.inquiries-12-staff@hits-cluster.example>'
 */
export function messageIdOf(job: Queued | QueuedMatchmaking, to: string): string {
  const domain = senderFrom().address.split('@')[1] || 'localhost'
  return `<${job.stamp}.${job.collection}-${job.id}-${to}@${domain}>`
}

const render = (
  req: PayloadRequest,
  job: (Queued | QueuedMatchmaking) & { mail?: MatchmakingMail },
  to: string,
): Promise<Rendered> =>
  job.collection === matchmakingSource
    ? job.mail
      ? renderMatchmakingMail(req.payload, job.mail, stampTime(job.stamp))
      : Promise.resolve({ skipped: `matchmaking mail ${job.id}: no mail in the job` })
    : isReviewed(job.collection)
      ? renderReviewMail(req, job.collection, job.id)
      : job.collection === collections.inquiries
        ? renderInquiryMail(req.payload, job.id, to as InquiryRecipient)
        : renderDecisionMail(req, job.id)

/**
 * Renders one notification from the stored document and sends it. A failure (the mail server
 * is down, a file cannot be written) is retried with growing pauses: 30 s, 1 min, 2 min, …,
 * about 8 hours in all before the job is marked failed.
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: mailTask,
  label: 'Send one notification mail',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'json', required: true },
    { name: 'stamp', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    // A matchmaking mail (cms/matchmaking/notify.ts `MatchmakingMail`), with its link's secret.
    { name: 'mail', type: 'json' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const job = input as unknown as (Queued | QueuedMatchmaking) & {
      to: string
      mail?: MatchmakingMail
    }
    const rendered = await render(req, job, job.to)
    if ('skipped' in rendered) {
      req.payload.logger.warn(rendered.skipped)
      return { output: {} }
    }
    const messageId = messageIdOf(job, job.to)
    await req.payload.sendEmail({ ...rendered.message, messageId })
    return { output: { messageId } }
  },
}

/**
 * Sends the mails of one stored document, each as its own task: a mail that went out is logged
 * on the job and never sent again when a later one fails and the job is retried. A document
 * whose mails were all sent (`mailPending` cleared) sends nothing, so a duplicate job is harmless.
 */
export const sendMailsWorkflow: WorkflowConfig<'sendMails'> = {
  slug: mailWorkflow,
  label: 'Send the notification mails of a stored document',
  queue: mailQueue,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'json', required: true },
    { name: 'stamp', type: 'text', required: true },
  ],
  concurrency: ({ input }) => mailKey(input as unknown as MailRef),
  handler: async ({ job, tasks, req }) => {
    const queued = job.input as unknown as Queued
    if (isReviewed(queued.collection)) {
      await tasks.sendMail('review', { input: { ...queued, id: queued.id as never, to: 'review' } })
      return
    }
    const where = { id: { equals: queued.id } }
    const doc = await req.payload.db.findOne({ collection: queued.collection, where, req })
    if (!(doc as { mailPending?: boolean } | null)?.mailPending) return
    for (const to of mailRecipients[queued.collection as MailSource])
      await tasks.sendMail(to, { input: { ...queued, id: queued.id as never, to } })
    await req.payload.db.updateOne({
      collection: queued.collection,
      id: queued.id,
      data: { mailPending: false },
      req,
    })
  },
}
