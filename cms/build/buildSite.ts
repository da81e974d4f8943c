/**
 * The portal's build pipeline: `astro build` into a fresh folder (the pages, then the Pagefind
 * index in its build-done hook: cms/build/searchIndex.ts), then the folder swapped in as the
 * output whole. A failed build removes the fresh folder and leaves the previous output exactly
 * as it was, so a host never serves a half-built site.
 *
 * `npm run build:site` runs it into dist/. It needs the CMS environment (DATABASE_URI,
 * DATA_DIR), because the site reads the CMS through Payload's Local API while it builds.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { type BuildRecord, writeBuildRecord } from './buildRecord'
import { precompress } from './precompress'
import { countFiles, folderBytes, swapIn } from './siteFolder'
import { astroWorkDirFor, freshBuildDirFor, withSiteLock } from './siteLock'
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

export type BuildSiteResult = { pages: number; ms: number; indexBytes: number }

const tailLines = 40

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
  // For the build status; a record that cannot be written must not fail a build that is done.
  const record = (outcome: Pick<BuildRecord, 'result' | 'pages' | 'error'>) => {
    try {
      writeBuildRecord(outDir, {
        ...outcome,
        by: options.by ?? 'command',
        startedAt: new Date(started).toISOString(),
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - started,
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
  try {
    await astroBuild(tmpDir, options.env ?? process.env, log)
    log(`astro build: ${seconds(Date.now() - started)}`)
    await precompress(tmpDir, { previousDir: outDir, log })
    const index = path.join(tmpDir, 'pagefind')
    if (!fs.existsSync(path.join(index, 'pagefind-entry.json')))
      throw new Error('astro build wrote no search index (is searchIndex() in astro.config.mjs?)')
    const pages = countFiles(tmpDir, (name) => name.endsWith('.html'))
    const indexBytes = folderBytes(index)
    swapIn(tmpDir, outDir)
    record({ result: 'succeeded', pages })
    return { pages, ms: Date.now() - started, indexBytes }
  } catch (error) {
    fs.rmSync(tmpDir, { recursive: true, force: true })
    const message = (error as Error).message
    record({ result: 'failed', error: message })
    throw new Error(
      `The site build failed: ${message}\n--- last lines of the build log ---\n${tail.join('\n')}`,
    )
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
    const run = await spawnLogged(process.execPath, [heap, astro, 'build', '--root', projectRoot], {
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
