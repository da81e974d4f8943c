import type { PayloadRequest, TaskConfig } from 'payload'

import { withBuildLease } from './buildLease'
import { callDeployHook } from './deployHook'
import { refreshAllStats } from '../matchmaking/stats'
import { pendingRebuild } from './queue'
import { siteOutDir } from '../paths'
import { runSiteBuild, SiteBuildError } from './runBuild'
import { writeBuildStatus } from './status'
import { triggersOf } from './triggers'

/**
 * Rebuilds the portal after publishing. Queued (debounced) by the publish hooks and the
 * "Rebuild now" endpoint (queue.ts); run by the CMS server's autoRun (autoRun.ts). One build at
 * a time: the `site-build` concurrency key within the queue, the build lease in the database
 * across CMS instances (buildLease.ts), and buildSite's lock file per output folder. The build
 * runs in a child process; its state goes to the build-status global.
 */
export const rebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Rebuild the portal',
  inputSchema: [{ name: 'triggers', type: 'json' }],
  concurrency: () => 'site-build',
  // A failed build is recorded and waits for the next publish or "Rebuild now", not retried
  // blindly: most failures need a person (broken content, a full disk).
  retries: 0,
  handler: async ({ input, req }) => ({
    output: await withBuildLease(
      req.payload,
      () => rebuild(req, triggersOf(input)),
      (line) => req.payload.logger.info(line),
    ),
  }),
}

async function rebuild(req: PayloadRequest, triggers: ReturnType<typeof triggersOf>) {
  const { payload } = req
  const started = new Date()
  const target = { payload, req }
  await writeBuildStatus(target, {
    result: 'running',
    startedAt: started.toISOString(),
    finishedAt: null,
    durationMs: null,
    error: null,
    triggeredBy: triggers,
    logTail: null,
  })
  payload.logger.info(`site rebuild: started (${triggers.length} change(s))`)
  // Meetings that ended since the last count are held now: the build shows today's figures.
  // No rebuild of its own: this one is about to read them.
  await refreshAllStats(payload, { rebuild: false }).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'matchmaking stats: refresh before build failed' }),
  )
  let built
  try {
    built = await runSiteBuild(siteOutDir())
  } catch (error) {
    const failure = error instanceof SiteBuildError ? error : new SiteBuildError(String(error), [])
    const finished = new Date()
    await writeBuildStatus(target, {
      result: 'failed',
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      error: failure.message,
      logTail: failure.logTail.join('\n'),
    })
    payload.logger.error(`site rebuild failed, the previous site stays: ${failure.message}`)
    throw new Error(failure.message)
  }
  const finished = new Date()
  const deployHook = await callDeployHook({
    event: 'site-built',
    pages: built.pages,
    finishedAt: finished.toISOString(),
  })
  // Edits published during this build already wait in the next job: say so.
  const next = await payload.db.count({ collection: 'payload-jobs', where: pendingRebuild })
  await writeBuildStatus(target, {
    result: next.totalDocs > 0 ? 'queued' : 'succeeded',
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    pages: built.pages,
    logTail: built.logTail.join('\n'),
    ...(deployHook ? { deployHook } : {}),
  })
  payload.logger.info(
    `site rebuild: ${built.pages} pages in ${((finished.getTime() - started.getTime()) / 1000).toFixed(1)} s`,
  )
  return { pages: built.pages, durationMs: finished.getTime() - started.getTime() }
}
