import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { limiter } from '../limits/store'

/**
 * One site build at a time across every CMS instance on the database, whichever queued it.
 *
 * Payload's job `concurrency` key is not enough on its own (payload 3.90,
 * queues/operations/runJobs): it reads which keys are running and then claims jobs in a second
 * query, so two instances whose crons fire in the same second can both claim one; and an
 * instance that starts while another builds took the other's job for one its own restart had
 * interrupted (autoRun.ts). The lease is one counter of one point in the shared limit store
 * (cms/limits/store.ts: an atomic upsert on SQLite, findOneAndUpdate on MongoDB): whoever takes
 * the point builds; the holder renews it while building, so a lease whose instance died lapses
 * within `leaseSeconds`.
 */
// Short, so that after a crash the restarted server marks the interrupted job failed within
// seconds (autoRun.ts waits while the lease is held); renewed four times within it.
const leaseSeconds = 20
const renewMs = 5_000
const pollMs = 1_000
const key = 'site'

const lease = (payload: Payload) =>
  limiter(payload, { keyPrefix: 'build-lease', points: 1, seconds: leaseSeconds })

/** Whether some instance holds the build lease right now. */
export async function buildLeaseHeld(payload: Payload): Promise<boolean> {
  const held = await lease(payload).get(key)
  return held !== null && held.consumedPoints >= 1 && held.msBeforeNext > 0
}

/**
 * Runs `build` holding the lease, waiting while another instance holds it (its build comes
 * first; this job then builds what was published since).
 */
export async function withBuildLease<T>(
  payload: Payload,
  build: () => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const l = lease(payload)
  for (let told = false; ; told = true) {
    try {
      await l.consume(key)
      break
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      if (!told) log('site rebuild: waiting for the build another CMS instance is running')
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  }
  const renew = setInterval(() => {
    l.set(key, 1, leaseSeconds).catch((error: unknown) =>
      log(`site rebuild: the build lease was not renewed: ${String(error)}`),
    )
  }, renewMs)
  try {
    return await build()
  } finally {
    clearInterval(renew)
    await l.delete(key).catch(() => undefined)
  }
}
