/**
 * The portal's build pipeline, pages first and the search index after them:
 * 1. `astro build` into a fresh folder (without the index: SITE_SEARCH_INDEX=later);
 * 2. the live site's pagefind/ folder carried into it (hard links: Pagefind writes new files and
 *    never rewrites one in place), and the folder swapped in as the output whole: the new pages
 *    are served, and searching still works with the previous index;
 * 3. the index built from the live pages (cms/build/searchIndex.ts) into a fresh folder next to
 *    the output, and swapped in for pagefind/ whole.
 * Each page published in a build is in the index once that build's index is in place. A failed
 * Astro build removes the fresh folder and leaves the previous output exactly as it was, so a
 * host never serves a half-built site; a failed index leaves the previous index in place and
 * is recorded as such (the build record's `searchIndex`, shown on the admin's build panel). The
 * lock (siteLock.ts) is held until the index is in place: one build of a folder at a time.
 *
 * `npm run build:site` runs it into dist/. It needs the CMS environment (DATABASE_URI,
 * DATA_DIR), because the site reads the CMS through Payload's Local API while it builds.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { type BuildRecord, type SearchIndexRecord, writeBuildRecord } from './buildRecord'
import { liveDirVariable, recordLiveBuild } from './livePages'
import { cachedPageIdentity, PageMemo } from './pageMemo'
import { type Compressed, precompress } from './precompress'
import { indexLater, indexSite, searchIndexVariable } from './searchIndex'
import { countFiles, folderBytes, linkTree, swapIn } from './siteFolder'
import { astroCacheDirFor, astroWorkDirFor, freshBuildDirFor, withSiteLock } from './siteLock'
import { spawnLogged } from './spawnLogged'

export type BuildSiteOptions = {
  /** Where the finished site ends up (replaced whole). */
  outDir: string
  /** Environment of the Astro build: the CMS variables, ASTRO_CACHE_DIR, SITE_URL. */
  env?: NodeJS.ProcessEnv
  /** Receives every line the build prints. */
  log?: (line: string) => void
  /** What runs the build, for the build status (buildRecord.ts); a command by default. */
  by?: BuildRecord['by']
}

export type BuildSiteResult = {
  pages: number
  /** The whole build, the index included. */
  ms: number
  /** From the start until the new pages were live. */
  pagesMs: number
  /** The size of the search index served after the build (the previous one if it failed). */
  indexBytes: number
  /** How the index ended; a failed index leaves the build's pages live (not a failed build). */
  searchIndex: SearchIndexRecord
}

const tailLines = 40

/** The live site's search index folder. */
const indexFolder = 'pagefind'

/**
 * Builds running in this process, by output folder: one at a time each, so swaps never race.
 * Across processes (`npm start` and the CMS's rebuild job) a lock file does the same.
 */
const running = new Map<string, Promise<unknown>>()

/** Builds the site and its search index into `outDir`; throws with the log's tail on failure. */
export function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const outDir = path.resolve(options.outDir)
  const previous = running.get(outDir) ?? Promise.resolve()
  const next = previous
    .catch(() => {})
    .then(() => withSiteLock(outDir, () => buildOnce({ ...options, outDir }), options))
  running.set(outDir, next)
  void next.finally(() => running.get(outDir) === next && running.delete(outDir)).catch(() => {})
  return next
}

async function buildOnce(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = Date.now()
  const outDir = options.outDir
  const tmpDir = freshBuildDirFor(outDir)
  const tail: string[] = []
  let pagesLive = 0
  // For the build status; a record that cannot be written must not fail a build that is done.
  const record = (outcome: Pick<BuildRecord, 'result' | 'pages' | 'error' | 'searchIndex'>) => {
    const finished = pagesLive || Date.now()
    try {
      writeBuildRecord(outDir, {
        ...outcome,
        by: options.by ?? 'command',
        startedAt: new Date(started).toISOString(),
        // The build's own time is until its pages were live; the index has its own.
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        logTail: tail.join('\n'),
      })
    } catch (error) {
      options.log?.(`could not record the build's result: ${(error as Error).message}`)
    }
  }
  const log = (line: string) => {
    tail.push(line)
    if (tail.length > tailLines) tail.shift()
    options.log?.(line)
  }
  let pages: number
  let oldPagesGone = Promise.resolve()
  let cacheDir: string | undefined
  try {
    const base = options.env ?? process.env
    cacheDir = base.ASTRO_CACHE_DIR || astroCacheDirFor(outDir)
    const env = {
      ...base,
      ASTRO_CACHE_DIR: cacheDir,
      [searchIndexVariable]: indexLater,
      // Unchanged pages are linked from the live folder (livePages.ts).
      [liveDirVariable]: outDir,
    }
    await astroBuild(tmpDir, env, log)
    log(`astro build: ${seconds(Date.now() - started)}`)
    // Before the live index is linked in: its files get their compressed copies with it. The
    // memo says which of the live folder's files have which compressed copies, by the identity
    // of their bytes in Astro's cache (pageMemo.ts): unchanged pages are linked unread.
    const compressedMemo = new PageMemo<Compressed>(compressedMemoFor(outDir), 1)
    const astroCache = cacheDir
    await precompress(tmpDir, {
      previousDir: outDir,
      log,
      known: { memo: compressedMemo, identity: (file) => cachedPageIdentity(astroCache, file) },
    })
    pages = countFiles(tmpDir, (name) => name.endsWith('.html'))
    const liveIndex = path.join(outDir, indexFolder)
    if (fs.existsSync(liveIndex)) linkTree(liveIndex, path.join(tmpDir, indexFolder))
    // The previous pages go in the background: removing tens of thousands of files takes
    // seconds, which the index (and a server in this process) need not wait for; the build
    // is done once they are gone. A process killed meanwhile leaves `<out>.old-*`, which the
    // next build removes (siteLock.ts).
    // The memo describes the live folder: gone while the folders change places (a process
    // killed then leaves none, and the next build compares bytes), written for the new one.
    PageMemo.forget(compressedMemo.file)
    swapIn(tmpDir, outDir, undefined, (old) => {
      oldPagesGone = fs.promises.rm(old, { recursive: true, force: true }).catch(() => {})
    })
    pagesLive = Date.now()
    try {
      compressedMemo.save()
      recordLiveBuild(astroCache, outDir)
    } catch (error) {
      log(`could not keep what the next build reuses: ${(error as Error).message}`)
    }
  } catch (error) {
    fs.rmSync(tmpDir, { recursive: true, force: true })
    const message = (error as Error).message
    record({ result: 'failed', error: message })
    throw new Error(
      `The site build failed: ${message}\n--- last lines of the build log ---\n${tail.join('\n')}`,
    )
  }
  log(`pages are live: ${pages} pages in ${seconds(pagesLive - started)}; the search index follows`)
  record({ result: 'succeeded', pages, searchIndex: { result: 'updating' } })
  const searchIndex = await updateIndex(outDir, log, cacheDir)
  record({ result: 'succeeded', pages, searchIndex })
  await oldPagesGone
  const liveIndex = path.join(outDir, indexFolder)
  return {
    pages,
    ms: Date.now() - started,
    pagesMs: pagesLive - started,
    indexBytes: fs.existsSync(liveIndex) ? folderBytes(liveIndex) : 0,
    searchIndex,
  }
}

/** The memo of the live folder's compressed copies (precompress.ts), next to the folder. */
const compressedMemoFor = (outDir: string) => `${outDir}.compressed.json`

/**
 * Builds the search index from the live pages of `outDir` into a fresh folder next to it, and
 * swaps it in for the live index whole. On failure the live index stays as it was.
 */
async function updateIndex(outDir: string, log: (line: string) => void, cacheDir?: string) {
  const started = Date.now()
  // Named as a build's leftovers (`<out>.tmp-*`): if this process is killed, the next build
  // removes them. Not the pages' fresh folder, which has a fixed name of its own.
  const fresh = `${freshBuildDirFor(outDir)}-index`
  const done = (result: 'succeeded' | 'failed', error?: string): SearchIndexRecord => ({
    result,
    finishedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
    ...(error ? { error } : {}),
  })
  try {
    // Parts of the index whose pages did not change are linked from the live index.
    await indexSite(outDir, fresh, log, {
      cacheDir,
      previousDir: path.join(outDir, indexFolder),
    })
    // Pagefind's own fragments are compressed already; its entry file and scripts are not.
    await precompress(fresh, { previousDir: path.join(outDir, indexFolder), log })
    swapIn(fresh, path.join(outDir, indexFolder), `${freshBuildDirFor(outDir)}-index-old`)
    log(`search index is live: ${seconds(Date.now() - started)}`)
    return done('succeeded')
  } catch (error) {
    fs.rmSync(fresh, { recursive: true, force: true })
    const message = (error as Error).message
    log(`search index failed, the previous index stays: ${message}`)
    return done('failed', message)
  }
}

/**
 * `astro build` in its own process (on this Node), with the output folder set by environment,
 * each line of its output passed to `log`.
 * It runs in a working folder of its own: Astro keeps its intermediate server chunks in
 * <cwd>/.astro/.prerender when the output is elsewhere, and builds running side by side (tests,
 * the benchmark, a rebuild) would otherwise share that folder and delete each other's chunks.
 * The folder is inside the project so that the chunks still resolve node_modules.
 */
async function astroBuild(outDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const workDir = astroWorkDirFor(outDir)
  fs.mkdirSync(workDir, { recursive: true })
  try {
    const heap = `--max-old-space-size=${buildHeapMb(env)}`
    // SITE_BUILD_PROFILE_DIR: a V8 CPU profile of the build, for finding where its time goes.
    const profile = env.SITE_BUILD_PROFILE_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(env.SITE_BUILD_PROFILE_DIR)}`]
      : []
    const args = [heap, ...profile, astro, 'build', '--root', projectRoot]
    const run = await spawnLogged(process.execPath, args, {
      cwd: workDir,
      // Telemetry off for every build (job, build:site, tests), not only under npm start: a
      // build must not talk to anything but the CMS's database.
      env: {
        ...env,
        ASTRO_TELEMETRY_DISABLED: env.ASTRO_TELEMETRY_DISABLED || '1',
        SITE_OUT_DIR: outDir,
        PROJECT_ROOT: projectRoot,
      },
      onLine: log,
    })
    if (run.code !== 0) throw new Error(`astro build exited with ${run.signal ?? run.code}`)
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/**
 * The heap limit of the Astro build in MiB: SITE_BUILD_HEAP_MB, default 2048. Without a limit V8
 * lets a large build's heap grow far past what is live before it collects, and the process keeps
 * the memory: 10,000 products peaked at 3.5 to 4.0 GiB resident, with at most about 1.4 GiB live
 * (at the end of the content sync; under 1 GiB while pages render).
 */
export function buildHeapMb(env: NodeJS.Dict<string>): number {
  const raw = env.SITE_BUILD_HEAP_MB?.trim() || '2048'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 256)
    throw new Error(
      `SITE_BUILD_HEAP_MB must be a whole number of MiB, at least 256 (it is "${raw}"); ` +
        'unset it for the default of 2048.',
    )
  return value
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
