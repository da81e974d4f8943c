import type { Payload } from 'payload'

import { mailKey, mailQueue, mailRecipients, type MailSource, queueMail } from './mail'

const processStarted = Date.now()
/** A send never takes this long: a mail job claimed longer ago by this process was lost too. */
const staleAfterMs = 60 * 60 * 1000
/** A document this old whose job is missing was not left to a hook still running. */
const graceMs = 10 * 60 * 1000

/**
 * Mail jobs that a server stopped while sending stay "processing" (Payload never takes such a
 * job back), and their document's later jobs wait behind them. Jobs claimed before this
 * process started are put back in the queue; the mails already sent are in the job's log and
 * are not sent again.
 */
export async function recoverInterruptedMail(
  payload: Payload,
  startedAt = processStarted,
): Promise<number> {
  const { docs } = await payload.db.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: mailQueue } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    limit: 100,
    pagination: false,
  })
  const stale = docs.filter((job) => {
    const claimed = Date.parse(String((job as { updatedAt?: string }).updatedAt))
    return claimed < startedAt || Date.now() - claimed > staleAfterMs
  })
  for (const job of stale)
    await payload.db.updateJobs({ id: job.id as number, data: { processing: false } })
  if (stale.length)
    payload.logger.warn(`mail: ${stale.length} interrupted mail job(s) put back in the queue`)
  return stale.length
}

/**
 * On SQLite a document and its mail job are two writes: a server killed between them leaves a
 * document marked `mailPending` with no job. Such documents, stored before this process started
 * (or long enough ago), get their job now; one that has a job, waiting or failed, is left alone.
 */
export async function queueUnqueuedMail(
  payload: Payload,
  startedAt = processStarted,
): Promise<number> {
  const cutoff = new Date(Math.max(startedAt, Date.now() - graceMs)).toISOString()
  let queued = 0
  for (const collection of Object.keys(mailRecipients) as MailSource[]) {
    const { docs } = await payload.db.find({
      collection,
      where: { and: [{ mailPending: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
      limit: 100,
      pagination: false,
    })
    for (const { id } of docs) {
      const key = mailKey({ collection, id })
      const jobs = await payload.db.count({
        collection: 'payload-jobs',
        where: { concurrencyKey: { equals: key } },
      })
      if (jobs.totalDocs > 0) continue
      await queueMail(payload, { collection, id })
      queued++
    }
  }
  if (queued)
    payload.logger.warn(`mail: queued the notifications of ${queued} document(s) stored unqueued`)
  return queued
}

let lastCheck = 0
let checking: Promise<void> | null = null

/**
 * Before the mail queue runs: at most once a minute (and at the first run after a start), put
 * interrupted jobs back and queue what a crash left unqueued. Never stops the queue itself.
 */
export function prepareMailQueue(payload: Payload): Promise<void> {
  if (checking || Date.now() - lastCheck < 60_000) return checking ?? Promise.resolve()
  lastCheck = Date.now()
  checking = (async () => {
    try {
      await recoverInterruptedMail(payload)
      await queueUnqueuedMail(payload)
    } catch (err) {
      payload.logger.error({ err, msg: 'mail: could not check for interrupted mail' })
    } finally {
      checking = null
    }
  })()
  return checking
}
