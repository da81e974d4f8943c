import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot, siteOutDir } from '../paths'
import { forwardLines } from '../build/forwardLines'

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

const tailLength = 40
// Colour codes, in case a tool in the build colours its output anyway.
// eslint-disable-next-line no-control-regex -- ESC is the very character to strip
const ansi = /\x1b\[[0-9;]*m/g
const timeoutMs = 20 * 60 * 1000

/**
 * Variables the parent process set for itself: Next.js's, and Vite's `import.meta.env` values
 * (a parent running on Vite, e.g. a test runner, puts DEV=1 there; Astro's build would read it
 * and build as for `astro dev`).
 */
const parentOnly = /^(__NEXT|NEXT_RUNTIME|TURBOPACK|REBUILD_AUTORUN$|(DEV|PROD|SSR|MODE|BASE_URL)$)/

/** The build's environment: this one, without what belongs to the parent process. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env))
    if (!parentOnly.test(key)) env[key] = value
  return { ...env, NODE_ENV: 'production', PROJECT_ROOT: projectRoot }
}

/**
 * Builds the portal into `outDir` in a child process (cms/jobs/buildChild.ts, on this Node with
 * tsx). Resolves with the page count and the log's tail; rejects with a SiteBuildError, after
 * which the previous site is still in place (buildSite only swaps in a finished build).
 */
export function runSiteBuild(outDir: string = siteOutDir()): Promise<BuildOutcome> {
  const resultFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-result-')),
    'result.json',
  )
  const tail: string[] = []
  const log = (line: string) => {
    tail.push(line.replace(ansi, ''))
    if (tail.length > tailLength) tail.shift()
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'cms', 'jobs', 'buildChild.ts'), outDir, resultFile],
    { cwd: projectRoot, env: buildEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  for (const stream of [child.stdout, child.stderr]) forwardLines(stream, log)
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
  return new Promise((resolve, reject) => {
    child.on('error', (error) =>
      reject(new SiteBuildError(`could not start the site build: ${error.message}`, tail)),
    )
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const result = readResult(resultFile)
      fs.rmSync(path.dirname(resultFile), { recursive: true, force: true })
      if (code === 0 && result?.ok) {
        resolve({
          pages: result.pages,
          ms: result.ms,
          indexBytes: result.indexBytes,
          logTail: tail,
        })
        return
      }
      const why =
        result && !result.ok
          ? result.error
          : `the build process stopped (${signal ?? `exit code ${code}`}) without a result`
      const cause = causeIn(tail)
      reject(new SiteBuildError(cause ? `${why}: ${cause}` : why, tail))
    })
  })
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
