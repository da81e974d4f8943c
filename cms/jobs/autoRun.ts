import type { JobsConfig, Payload } from 'payload'

import { cleanSiteLeftovers, isSiteBuildRunning } from '../build/siteLock'
import { buildLeaseHeld } from './buildLease'
import { mailQueue } from './mail'
import { refreshDueStats } from '../matchmaking/stats'
import { prepareMailQueue } from './mailRecovery'
import { reminderQueue } from './reminders'
import { rebuildTask, siteQueue } from './queue'
import { siteOutDir } from '../paths'
import { readBuildStatus, writeBuildStatus } from './status'

/**
 * Whether this process runs the rebuild queue: only the CMS server that `npm start` starts
 * (it sets REBUILD_AUTORUN=1), or another server whose operator sets it. Never `next build`
 * (Payload skips crons there), scripts or tests, which would otherwise start site builds of
 * their own whenever they publish something.
 */
export const autoRunEnabled = () => /^(1|true|yes)$/i.test(process.env.REBUILD_AUTORUN ?? '')

type CronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

/** Runs due rebuild jobs every 5 seconds (croner's optional seconds field), when enabled. */
export function rebuildAutoRun(): CronConfig[] {
  if (!autoRunEnabled()) return []
  return [{ queue: siteQueue, cron: '*/5 * * * * *', limit: 1, disableScheduling: true }]
}

/**
 * Whether this process runs the mail queue: every CMS server (Payload starts its crons only in
 * the server, never in `next build` or scripts), unless MAIL_AUTORUN is 0/false/no/off. The
 * tests set it off and run the queue themselves.
 */
export const mailAutoRunEnabled = () =>
  !/^(0|false|no|off)$/i.test(process.env.MAIL_AUTORUN?.trim() ?? '')

/**
 * The server's job runners: the mail queue every 3 seconds, the matchmaking reminders' queue
 * every minute (its cron also lets Payload queue the scheduled sweep: jobs/reminders.ts), the
 * rebuild queue when enabled.
 */
export function jobsAutoRun(): CronConfig[] {
  const mail: CronConfig[] = mailAutoRunEnabled()
    ? [
        { queue: mailQueue, cron: '*/3 * * * * *', limit: 20, disableScheduling: true },
        // Quiet: the sweep runs every quarter hour and would otherwise log each run.
        { queue: reminderQueue, cron: '0 * * * * *', limit: 1, silent: { info: true } },
      ]
    : []
  return [...rebuildAutoRun(), ...mail]
}

let recoveringBuilds: Promise<boolean> | null = null

/**
 * Before each run of either queue: interrupted mail is taken up again, and, where this process
 * runs the rebuild queue, interrupted builds are recovered as before (one check at a time, as
 * both queues may run in the same second).
 */
export async function beforeAutoRun(payload: Payload): Promise<boolean> {
  if (mailAutoRunEnabled()) await prepareMailQueue(payload)
  if (!autoRunEnabled()) return true
  // Where the site is rebuilt: an hourly count, so meetings held after an event reach the
  // portal without anyone publishing (a rebuild only when a figure changed).
  void refreshDueStats(payload)
  recoveringBuilds ??= recoverInterruptedBuilds(payload).finally(() => (recoveringBuilds = null))
  return recoveringBuilds
}

const processStarted = Date.now()
/** A claimed build older than this without a running build process was interrupted. */
const staleAfterMs = 15 * 60 * 1000

/**
 * Before each run: a rebuild job left "processing" by a server that stopped mid-build would
 * block every later one (its concurrency key counts as running). With no build holding the
 * output's lock, nor any CMS instance the build lease (a job claimed before this server started
 * may be another instance's, building or waiting its turn), such a job is marked failed and
 * the status says why.
 */
export async function recoverInterruptedBuilds(payload: Payload): Promise<boolean> {
  const { docs } = await payload.db.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: rebuildTask } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    limit: 10,
    pagination: false,
  })
  const stale = docs.filter((job) => {
    const claimed = Date.parse(String((job as { updatedAt?: string }).updatedAt))
    return claimed < processStarted || Date.now() - claimed > staleAfterMs
  })
  if (stale.length === 0 || isSiteBuildRunning(siteOutDir())) return true
  if (await buildLeaseHeld(payload)) return true
  const message =
    'The build was interrupted (the CMS server stopped during it). Publish again or press "Rebuild now".'
  for (const job of stale) {
    await payload.db.updateJobs({
      id: job.id as number,
      data: { processing: false, hasError: true, error: { message } },
    })
  }
  const status = await readBuildStatus(payload)
  if (status.result === 'running')
    await writeBuildStatus({ payload }, { result: 'failed', error: message })
  // The stale lock and the half-built folder the killed build left (see siteLock.ts).
  cleanSiteLeftovers(siteOutDir())
  payload.logger.warn(`site rebuild: ${stale.length} interrupted build job(s) marked failed`)
  return true
}
