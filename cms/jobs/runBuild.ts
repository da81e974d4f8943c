import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BuildRecord } from '../build/buildRecord'
import { spawnLogged } from '../build/spawnLogged'
import { projectRoot, siteOutDir } from '../paths'

export type BuildOutcome = { pages: number; ms: number; indexBytes: number; logTail: string[] }

/** A failed build: what went wrong, and the last lines of its log. */
export class SiteBuildError extends Error {
  constructor(
    message: string,
    readonly logTail: string[],
  ) {
    super(message)
  }
}

/**
 * How long a build may run before it is stopped, so that a hung build cannot hold the rebuild
 * queue for ever: SITE_BUILD_TIMEOUT_MINUTES, 60 by default. A first build of 10,000 products
 * ran past the 20 minutes this once was (most rebuilds take well under one).
 */
export function buildTimeoutMs(env: NodeJS.Dict<string>): number {
  const raw = env.SITE_BUILD_TIMEOUT_MINUTES?.trim() || '60'
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 1)
    throw new SiteBuildError(
      `SITE_BUILD_TIMEOUT_MINUTES must be a number of minutes, at least 1 (it is "${raw}"); ` +
        'unset it for the default of 60.',
      [],
    )
  return value * 60 * 1000
}

/**
 * Variables the parent process set for itself: Next.js's, and Vite's `import.meta.env` values
 * (a parent running on Vite, e.g. a test runner, puts DEV=1 there; Astro's build would read it
 * and build as for `astro dev`).
 */
const parentOnly = /^(__NEXT|NEXT_RUNTIME|TURBOPACK|REBUILD_AUTORUN$|(DEV|PROD|SSR|MODE|BASE_URL)$)/

/** The build's environment: `env` without what belongs to the parent process. */
function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(env)) if (!parentOnly.test(key)) kept[key] = value
  return { ...kept, NODE_ENV: 'production', PROJECT_ROOT: projectRoot }
}

export type RunSiteBuildOptions = {
  /** The environment to build in (the CMS variables, SITE_URL …): this process's by default. */
  env?: NodeJS.ProcessEnv
  /** Gets every line the build prints. */
  onLine?: (line: string) => void
  /** Gets the pid of the build process once started, e.g. to sample its memory. */
  onStart?: (pid: number) => void
  /** What runs the build, for its record (buildRecord.ts): the rebuild job by default. */
  by?: BuildRecord['by']
}

/**
 * Builds the portal into `outDir` in a child process (cms/jobs/buildChild.ts, on this Node with
 * tsx). Resolves with the page count and the log's tail; rejects with a SiteBuildError, after
 * which the previous site is still in place (buildSite only swaps in a finished build).
 * The rebuild job runs it, and so do the tests and the benchmark that build the site.
 */
export async function runSiteBuild(
  outDir: string = siteOutDir(),
  options: RunSiteBuildOptions = {},
): Promise<BuildOutcome> {
  const timeoutMs = buildTimeoutMs(options.env ?? process.env)
  const resultDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-result-'))
  const resultFile = path.join(resultDir, 'result.json')
  const child = path.join(projectRoot, 'cms', 'jobs', 'buildChild.ts')
  let run
  try {
    run = await spawnLogged(
      process.execPath,
      ['--import', 'tsx', child, outDir, resultFile, options.by ?? 'job'],
      {
        cwd: projectRoot,
        env: buildEnv(options.env ?? process.env),
        onLine: options.onLine,
        timeoutMs,
        onStart: (started) => options.onStart?.(started.pid!),
      },
    )
  } catch (error) {
    fs.rmSync(resultDir, { recursive: true, force: true })
    throw new SiteBuildError(`could not start the site build: ${(error as Error).message}`, [])
  }
  const { code, signal, tail } = run
  const result = readResult(resultFile)
  fs.rmSync(resultDir, { recursive: true, force: true })
  if (code === 0 && result?.ok)
    return { pages: result.pages, ms: result.ms, indexBytes: result.indexBytes, logTail: tail }
  const why =
    result && !result.ok
      ? result.error
      : `the build process stopped (${signal ?? `exit code ${code}`}) without a result`
  const cause = causeIn(tail)
  throw new SiteBuildError(cause ? `${why}: ${cause}` : why, tail)
}

/** The line of the log that says what went wrong: the last error line that is not a stack frame. */
function causeIn(lines: string[]): string | undefined {
  const line = lines.findLast((l) => /error/i.test(l) && !/^\s*at /.test(l))
  return line
    ?.replace(/^\d\d:\d\d:\d\d\s+/, '')
    .trim()
    .slice(0, 500)
}

type ChildResult =
  { ok: true; pages: number; ms: number; indexBytes: number } | { ok: false; error: string }

function readResult(file: string): ChildResult | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ChildResult
  } catch {
    return null
  }
}
