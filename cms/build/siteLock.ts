/**
 * One site build per output folder across processes: `npm start` builds dist/ at start while
 * the CMS server's rebuild job may build it too. The lock is a file next to the folder
 * (`dist.lock`) naming the builder's process; a lock whose process is gone (a crash) is taken
 * over. Whoever holds the lock also owns the folders a build leaves next to the output, so a
 * build that was killed leaves nothing behind for long: the next holder removes it.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../paths'

type Holder = { pid: number; host: string; since: string; started?: string | null }

/** A lock older than this is stale whatever its process (the longest builds take minutes). */
const maxAgeMs = 60 * 60 * 1000
const pollMs = 500

export const lockFileFor = (outDir: string) => `${path.resolve(outDir)}.lock`

/**
 * The folder next to `outDir` that a build writes into (buildSite swaps it in). Always the same
 * one for an output folder (the lock lets one build at a time use it): Astro writes the output
 * folder's path into the code of every page that shows an image (the `astro:assets` module), and
 * its incremental build copies a page only when the page's code is unchanged, so a folder of a
 * new name each time would render every page again.
 */
export const freshBuildDirFor = (outDir: string) => `${path.resolve(outDir)}.tmp-build`

const idOf = (folder: string) =>
  crypto.createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 12)

/**
 * Astro's working folder for a build into `buildDir` (see buildSite.ts: inside the project, one
 * per build folder, so that side-by-side builds of other output folders never share it).
 */
export const astroWorkDirFor = (buildDir: string) =>
  path.join(projectRoot, '.astro', `build-${path.basename(buildDir)}-${idOf(buildDir)}`)

/**
 * Astro's cache folder for builds of `outDir` (ASTRO_CACHE_DIR unless that is set): the pages
 * an incremental build copies instead of rendering (<cacheDir>/dist/, its manifest
 * incremental-build.json), the image variants and the content store. One per output folder,
 * kept across builds (builds go to a fresh folder each time, so the output cannot be the cache),
 * so that `npm start`'s rebuilds of dist/ reuse theirs while a test or the benchmark building
 * elsewhere never overwrites it. Under the project's git-ignored `.astro/`; a build holding the
 * output's lock is the only one that writes it.
 */
export function astroCacheDirFor(outDir: string): string {
  return path.join(projectRoot, '.astro', 'cache', `${path.basename(outDir)}-${idOf(outDir)}`)
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * When process `pid` started, in clock ticks since boot (Linux's /proc/<pid>/stat, field 22),
 * or null where that is not known (other systems). Tells a builder from a later process that got
 * its pid: after a restart, in a container, pids start again from 1 and are soon reused.
 */
export function processStartOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: count from its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

/** Whether the holder still builds: the same live process on this host, not absurdly old. */
function holds(holder: Holder | null): holder is Holder {
  if (!holder) return false
  if (!(Date.now() - Date.parse(holder.since) <= maxAgeMs)) return false
  if (holder.host !== os.hostname()) return true
  if (!isAlive(holder.pid)) return false
  const started = holder.started && processStartOf(holder.pid)
  return !started || started === holder.started
}

/** Whether a build of `outDir` is running right now, in any process on this machine. */
export const isSiteBuildRunning = (outDir: string) => holds(readHolder(lockFileFor(outDir)))

function tryAcquire(file: string): boolean {
  try {
    const holder: Holder = {
      pid: process.pid,
      host: os.hostname(),
      since: new Date().toISOString(),
      started: processStartOf(process.pid),
    }
    fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    if (holds(readHolder(file))) return false
    // A lock left by a process that died: remove it and try again.
    fs.rmSync(file, { force: true })
    return tryAcquire(file)
  }
}

function release(file: string): void {
  if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true })
}

/**
 * What killed builds of `outDir` left next to it: half-built folders (and their Astro working
 * folders), and the previous site a swap had moved aside. Only the lock's holder may call it.
 * When the output itself is missing (a crash between the swap's two renames), the site moved
 * aside is put back rather than removed. Returns the names it removed.
 */
function removeLeftovers(outDir: string): string[] {
  const parent = path.dirname(outDir)
  const base = path.basename(outDir)
  if (!fs.existsSync(parent)) return []
  const names = fs.readdirSync(parent)
  const moved = names.filter((name) => name.startsWith(`${base}.old-`))
  const restore = fs.existsSync(outDir) ? undefined : moved[0]
  if (restore) fs.renameSync(path.join(parent, restore), outDir)
  const removed = names.filter(
    (name) => name.startsWith(`${base}.tmp-`) || (name !== restore && moved.includes(name)),
  )
  for (const name of removed) {
    fs.rmSync(path.join(parent, name), { recursive: true, force: true })
    fs.rmSync(astroWorkDirFor(path.join(parent, name)), { recursive: true, force: true })
  }
  return removed
}

/**
 * Removes the stale lock and the leftovers of killed builds of `outDir`, unless a build is
 * running (its folders are its own): `npm start` calls it at start and whenever it restarts the
 * CMS, the rebuild queue when it finds an interrupted job. Returns what it removed.
 */
export function cleanSiteLeftovers(outDir: string): string[] {
  const resolved = path.resolve(outDir)
  const file = lockFileFor(resolved)
  if (!fs.existsSync(path.dirname(file))) return []
  const stale = fs.existsSync(file)
  if (!tryAcquire(file)) return []
  try {
    return [...(stale ? [path.basename(file)] : []), ...removeLeftovers(resolved)]
  } finally {
    release(file)
  }
}

/**
 * Runs `build` holding the lock of `outDir`, waiting (up to `timeoutMs`) while another process
 * builds the same folder. Removes what killed builds left first.
 */
export async function withSiteLock<T>(
  outDir: string,
  build: () => Promise<T>,
  options: { log?: (line: string) => void; timeoutMs?: number } = {},
): Promise<T> {
  const file = lockFileFor(outDir)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const until = Date.now() + (options.timeoutMs ?? 30 * 60 * 1000)
  let told = false
  while (!tryAcquire(file)) {
    if (Date.now() > until)
      throw new Error(
        `another build of ${outDir} has held ${file} for too long; ` +
          'if no build is running, delete that file and try again',
      )
    if (!told) {
      const holder = readHolder(file)
      options.log?.(`waiting for the build running in process ${holder?.pid ?? '?'} to finish …`)
      told = true
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  try {
    const removed = removeLeftovers(path.resolve(outDir))
    if (removed.length > 0)
      options.log?.(`removed what an interrupted build left: ${removed.join(', ')}`)
    return await build()
  } finally {
    release(file)
  }
}
