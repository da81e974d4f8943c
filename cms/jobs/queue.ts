import type { PayloadRequest, Where } from 'payload'

import { readBuildStatus, writeBuildStatus } from './status'
import { type Trigger, triggersOf } from './triggers'

/** The queue the rebuild jobs go to; the CMS server runs it (see autoRun.ts). */
export const siteQueue = 'site'
export const rebuildTask = 'rebuildSite'

/**
 * Seconds a rebuild waits for further edits (REBUILD_DEBOUNCE_SECONDS, default 15). Each new
 * edit pushes the start back by as much again, up to four times that after the first edit, so
 * an editing session becomes one build yet a steady stream of edits still gets built.
 */
export function debounceSeconds(): number {
  const value = Number(process.env.REBUILD_DEBOUNCE_SECONDS ?? 15)
  return Number.isFinite(value) && value >= 0 ? value : 15
}

/** A rebuild job nobody has started yet. */
export const pendingRebuild: Where = {
  and: [
    { taskSlug: { equals: rebuildTask } },
    { queue: { equals: siteQueue } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

type Queued = { jobId: number | string; merged: boolean }

/**
 * Queues a site rebuild for `trigger`, or adds the trigger to the rebuild already waiting.
 * `immediate` (the "Rebuild now" button) starts it at the next run of the queue instead of
 * after the debounce. Runs in the caller's transaction (`req`), so the job exists exactly when
 * the change that caused it is committed.
 */
export async function queueRebuild(
  req: PayloadRequest,
  trigger: Trigger,
  { immediate = false }: { immediate?: boolean } = {},
): Promise<Queued> {
  const { payload } = req
  const now = Date.now()
  const debounceMs = debounceSeconds() * 1000
  const { docs } = await payload.db.find({
    collection: 'payload-jobs',
    where: pendingRebuild,
    sort: 'createdAt',
    limit: 1,
    pagination: false,
    req,
  })
  const pending = docs[0] as
    | { id: number | string; input?: unknown; createdAt: string; waitUntil?: string | null }
    | undefined
  if (pending) {
    const triggers = [...triggersOf(pending.input), trigger]
    const latest = Date.parse(pending.createdAt) + 4 * debounceMs
    // A job that was asked for "now" stays due now.
    const waitUntil =
      immediate || !pending.waitUntil
        ? null
        : new Date(Math.min(now + debounceMs, latest)).toISOString()
    // Only while it is still waiting: a job the runner has just claimed reads no more triggers.
    const updated = await payload.db.updateJobs({
      where: { and: [{ id: { equals: pending.id } }, { processing: { equals: false } }] },
      data: { input: { triggers }, waitUntil },
      req,
    })
    if (updated?.length) return { jobId: pending.id, merged: true }
  }
  const job = await payload.jobs.queue({
    task: rebuildTask,
    queue: siteQueue,
    input: { triggers: [trigger] },
    waitUntil: immediate ? undefined : new Date(now + debounceMs),
    req,
  })
  await markQueued(req)
  return { jobId: job.id, merged: false }
}

/** Shows "queued" in the build status, unless a build is running (that state wins). */
async function markQueued(req: PayloadRequest): Promise<void> {
  const { result } = await readBuildStatus(req.payload, req)
  if (result === 'running' || result === 'queued') return
  await writeBuildStatus({ payload: req.payload, req }, { result: 'queued' })
}
