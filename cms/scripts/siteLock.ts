/**
 * One site build per output folder across processes: `npm start` builds dist/ at start while
 * the CMS server's rebuild job may build it too. The lock is a file next to the folder
 * (`dist.lock`) holding the builder's pid; a lock whose process is gone (a crash) is taken over.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type Holder = { pid: number; host: string; since: string }

/** A lock older than this is stale even when its pid is alive again (pids get reused). */
const maxAgeMs = 60 * 60 * 1000
const pollMs = 500

export const lockFileFor = (outDir: string) => `${path.resolve(outDir)}.lock`

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

/** Whether the holder still builds: a live process on this host, not absurdly old. */
function holds(holder: Holder | null): holder is Holder {
  if (!holder) return false
  if (Date.now() - Date.parse(holder.since) > maxAgeMs) return false
  return holder.host !== os.hostname() || isAlive(holder.pid)
}

/** Whether a build of `outDir` is running right now, in any process on this machine. */
export const isSiteBuildRunning = (outDir: string) => holds(readHolder(lockFileFor(outDir)))

function tryAcquire(file: string): boolean {
  try {
    const holder: Holder = {
      pid: process.pid,
      host: os.hostname(),
      since: new Date().toISOString(),
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

/**
 * Runs `build` holding the lock of `outDir`, waiting (up to `timeoutMs`) while another process
 * builds the same folder.
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
    return await build()
  } finally {
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true })
  }
}
