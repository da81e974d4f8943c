import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { spawnLogged } from '../../cms/build/spawnLogged'
import { runSiteBuild, SiteBuildError } from '../../cms/jobs/runBuild'
import { type SiteLocation, siteLocation } from './siteFacts'

const here = import.meta.dirname
export const projectRoot = path.resolve(here, '..', '..')

/** The pages of a part of the search index of the sites the tests build. */
export const testPartPages = 50

/** The environment that points the CMS, Astro and the build at one temporary site folder. */
export function siteEnv(location: SiteLocation, secret: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Parts of 50 pages (2,000 by default): the seed's search index then has two parts per
    // language, and every search in the site and e2e tests merges them as a large catalogue's
    // does (cms/build/searchParts.ts). The benchmark builds with the default.
    SEARCH_INDEX_PART_PAGES: String(testPartPages),
    DATA_DIR: location.dataDir,
    DATABASE_URI: `file:${path.join(location.dataDir, 'cms.db')}`,
    PAYLOAD_SECRET: secret,
    ASTRO_CACHE_DIR: path.join(location.root, 'astro-cache'),
    SITE_OUT_DIR: location.outDir,
    // Vitest sets NODE_ENV=test; the site is built as for deployment.
    NODE_ENV: 'production',
    // A cold build of 10,000 products and more outlasts the rebuild job's default limit.
    SITE_BUILD_TIMEOUT_MINUTES: process.env.SITE_BUILD_TIMEOUT_MINUTES || '600',
  }
}

export type ChildRun = { ms: number; pid: number }

/** Appends lines to `logFile` as they come, so the log is whole even if the test dies. */
export function lineLog(logFile: string) {
  const fd = fs.openSync(logFile, 'a')
  return { write: (line: string) => fs.writeSync(fd, `${line}\n`), close: () => fs.closeSync(fd) }
}

/**
 * Runs a TypeScript file of this repository in its own Node process (Node 24, with tsx), its
 * output appended to `logFile`. Rejects with the end of its output when it fails.
 * `onStart` gets the child's pid, e.g. to sample its memory.
 */
export async function runTs(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  onStart?: (pid: number) => void,
): Promise<ChildRun> {
  const started = Date.now()
  const log = lineLog(logFile)
  let pid = 0
  const run = await spawnLogged(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: projectRoot,
    env,
    onLine: log.write,
    onStart: (child) => {
      pid = child.pid!
      onStart?.(pid)
    },
  }).finally(log.close)
  if (run.code !== 0)
    throw new Error(
      `${path.basename(file)} failed (${run.signal ?? `exit ${run.code}`}):\n${run.tail.join('\n')}`,
    )
  return { ms: Date.now() - started, pid }
}

/**
 * Builds the site into `outDir` the way the rebuild job does (runSiteBuild: a child process,
 * buildSite's lock, astro build with its search index, swap), its output appended to `logFile`.
 * Rejects with the end of the output when it fails.
 */
export async function buildSiteInto(
  outDir: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  onStart?: (pid: number) => void,
) {
  const log = lineLog(logFile)
  try {
    return await runSiteBuild(outDir, { env, onLine: log.write, onStart, by: 'command' })
  } catch (error) {
    const tail = error instanceof SiteBuildError ? error.logTail.join('\n') : ''
    throw new Error(`the site build failed: ${(error as Error).message}\n${tail}`)
  } finally {
    log.close()
  }
}

const isBuilt = (location: SiteLocation) =>
  fs.existsSync(location.factsFile) && fs.existsSync(path.join(location.outDir, 'en'))

/**
 * Seeds the real data set into a temporary database and builds the site from it with
 * the rebuild job's `runSiteBuild` (cms/jobs/runBuild.ts), once per test run. SITE_TEST_ROOT names a folder to
 * build in and keep; if it already holds a build, that build is reused (handy while writing
 * tests: the build takes minutes).
 */
export async function buildSeededSite(
  log: (line: string) => void = () => {},
): Promise<SiteLocation & { reused: boolean; kept: boolean }> {
  const kept = Boolean(process.env.SITE_TEST_ROOT)
  const root = process.env.SITE_TEST_ROOT || fs.mkdtempSync(path.join(os.tmpdir(), 'portal-site-'))
  const location = siteLocation(path.resolve(root))
  if (kept && isBuilt(location)) {
    log(`site: reusing the build in ${location.root}`)
    return { ...location, reused: true, kept }
  }
  fs.mkdirSync(location.dataDir, { recursive: true })
  const env = siteEnv(location, crypto.randomBytes(32).toString('hex'))
  const logFile = path.join(location.root, 'build.log')
  try {
    const seeded = await runTs(path.join(here, 'siteSeed.ts'), [location.factsFile], env, logFile)
    log(`site: seeded in ${(seeded.ms / 1000).toFixed(0)} s`)
    const built = await buildSiteInto(location.outDir, env, logFile)
    log(`site: built in ${(built.ms / 1000).toFixed(0)} s into ${location.outDir}`)
  } catch (error) {
    throw new Error(`${(error as Error).message}\n(whole log: ${logFile})`)
  }
  return { ...location, reused: false, kept }
}
