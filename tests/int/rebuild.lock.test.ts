import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  astroWorkDirFor,
  cleanSiteLeftovers,
  isSiteBuildRunning,
  lockFileFor,
  withSiteLock,
} from '../../cms/build/siteLock'

/**
 * The lock that keeps site builds of one output folder from overlapping across processes
 * (`npm start`'s build and the CMS server's rebuild job), without running real builds.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-'))
const lockModule = path.resolve(import.meta.dirname, '..', '..', 'cms', 'build', 'siteLock.ts')
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** A process that holds the lock of `outDir` for `ms` and prints when it held it. */
function builderProcess(outDir: string, ms: number) {
  const code = `
    const { withSiteLock } = await import(${JSON.stringify(lockModule)})
    await withSiteLock(${JSON.stringify(outDir)}, async () => {
      const start = Date.now()
      await new Promise((r) => setTimeout(r, ${ms}))
      console.log(JSON.stringify({ start, end: Date.now() }))
    })`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  return new Promise<{ start: number; end: number }>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`builder exited with ${code}`)),
    ),
  )
}

describe('site build lock', () => {
  it('two processes building the same folder take turns', async () => {
    const outDir = path.join(root, 'turns', 'dist')
    const [a, b] = await Promise.all([builderProcess(outDir, 1500), builderProcess(outDir, 1500)])
    const [first, second] = [a, b].sort((x, y) => x.start - y.start)
    expect(second.start).toBeGreaterThanOrEqual(first.end)
    expect(fs.existsSync(lockFileFor(outDir))).toBe(false)
  })

  it('waits while a live process holds the lock, and says so', async () => {
    const outDir = path.join(root, 'live', 'dist')
    fs.mkdirSync(path.dirname(outDir), { recursive: true })
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)'])
    const exited = new Promise<number>((resolve) => holder.on('exit', () => resolve(Date.now())))
    fs.writeFileSync(
      lockFileFor(outDir),
      JSON.stringify({ pid: holder.pid, host: os.hostname(), since: new Date().toISOString() }),
    )
    expect(isSiteBuildRunning(outDir)).toBe(true)
    const lines: string[] = []
    const started = await withSiteLock(outDir, async () => Date.now(), {
      log: (l) => lines.push(l),
    })
    expect(started).toBeGreaterThanOrEqual(await exited)
    expect(lines.join('\n')).toMatch(new RegExp(`process ${holder.pid}`))
    expect(isSiteBuildRunning(outDir)).toBe(false)
  })

  it('takes over at once a lock left by a process that died', async () => {
    const outDir = path.join(root, 'stale', 'dist')
    fs.mkdirSync(path.dirname(outDir), { recursive: true })
    const dead = spawn(process.execPath, ['-e', '0'])
    await new Promise((resolve) => dead.on('exit', resolve))
    fs.writeFileSync(
      lockFileFor(outDir),
      JSON.stringify({ pid: dead.pid, host: os.hostname(), since: new Date().toISOString() }),
    )
    expect(isSiteBuildRunning(outDir)).toBe(false)
    const before = Date.now()
    await withSiteLock(outDir, async () => {
      expect(isSiteBuildRunning(outDir)).toBe(true)
    })
    expect(Date.now() - before).toBeLessThan(400) // no wait for the next poll
  })

  it('does not count a lock whose pid now belongs to another process (pids reused after a restart)', async () => {
    const outDir = path.join(root, 'reused', 'dist')
    fs.mkdirSync(path.dirname(outDir), { recursive: true })
    // A live process that did not write the lock: the builder that did started at another time.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      fs.writeFileSync(
        lockFileFor(outDir),
        JSON.stringify({
          pid: other.pid,
          host: os.hostname(),
          since: new Date().toISOString(),
          started: '1',
        }),
      )
      expect(isSiteBuildRunning(outDir)).toBe(false)
    } finally {
      other.kill('SIGKILL')
    }
  })

  it('removes what a killed build left (lock, half-built folder) at start and at the next build', async () => {
    const parent = path.join(root, 'killed')
    const outDir = path.join(parent, 'dist')
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, 'index.html'), 'the last good site')
    const leftovers = () =>
      fs
        .readdirSync(parent)
        .filter((name) => name !== 'dist')
        .sort()
    /** A build, as buildSite runs it, killed halfway: it holds the lock and has begun writing. */
    const killHalfwayBuild = async () => {
      const code = `
        const { withSiteLock, freshBuildDirFor, astroWorkDirFor } = await import(${JSON.stringify(lockModule)})
        const fs = await import('node:fs')
        await withSiteLock(${JSON.stringify(outDir)}, async () => {
          const tmp = freshBuildDirFor(${JSON.stringify(outDir)})
          fs.mkdirSync(tmp)
          fs.mkdirSync(astroWorkDirFor(tmp), { recursive: true })
          console.log(tmp)
          await new Promise(() => setInterval(() => {}, 1000))
        })`
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', code],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
      const tmp = await new Promise<string>((resolve) =>
        child.stdout.once('data', (chunk) => resolve(String(chunk).trim())),
      )
      expect(isSiteBuildRunning(outDir)).toBe(true)
      // While it runs, its folders are its own.
      expect(cleanSiteLeftovers(outDir)).toEqual([])
      expect(leftovers()).toEqual(['dist.lock', path.basename(tmp)])
      child.kill('SIGKILL')
      await new Promise((resolve) => child.on('exit', resolve))
      expect(leftovers()).toEqual(['dist.lock', path.basename(tmp)])
      return tmp
    }

    const first = await killHalfwayBuild()
    expect(cleanSiteLeftovers(outDir).sort()).toEqual(['dist.lock', path.basename(first)])
    expect(leftovers()).toEqual([])
    expect(fs.existsSync(astroWorkDirFor(first))).toBe(false)

    const second = await killHalfwayBuild()
    await withSiteLock(outDir, async () => {
      expect(leftovers()).toEqual(['dist.lock'])
    })
    expect(leftovers()).toEqual([])
    expect(fs.existsSync(astroWorkDirFor(second))).toBe(false)
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the last good site')
  })

  it('releases the lock when the build fails', async () => {
    const outDir = path.join(root, 'failing', 'dist')
    await expect(
      withSiteLock(outDir, async () => {
        throw new Error('astro build exited with 1')
      }),
    ).rejects.toThrow('astro build exited with 1')
    expect(fs.existsSync(lockFileFor(outDir))).toBe(false)
  })
})
