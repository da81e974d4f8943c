import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAdminIfChanged } from '../../cms/scripts/adminBuild'
import type { DemoLogin } from '../../cms/seed/users'
import { freePort } from '../helpers/cmsServer'

/**
 * The real `npm start` (cms/scripts/start.ts) on a fresh database in a temporary folder, and its
 * CMS server killed with SIGKILL in the middle of a rebuild: the portal must go on answering,
 * the CMS come back by itself, nothing the killed build held be left behind, and the build
 * status show the latest build, also one the rebuild job did not run. A seed and three site
 * builds (at start, the killed one, `npm run build:site`): a few minutes, more under load.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-start-crash-'))
const dataDir = path.join(tmp, 'data')
const outDir = path.join(tmp, 'dist')
const logFile = path.join(tmp, 'start.log')
let env: NodeJS.ProcessEnv
let start: ChildProcess
let log = ''
let cms: string
let portal: string

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined> | T) {
  const end = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined && value !== false) return value
    if (Date.now() > end)
      throw new Error(`${what}: not within ${ms / 1000} s; log of npm start:\n${log.slice(-4000)}`)
    await pause(250)
  }
}

const status = async (url: string) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    await response.body?.cancel()
    return response.status
  } catch {
    return 0
  }
}

/** What killed builds could leave next to the portal's folder. */
const leftovers = () => fs.readdirSync(tmp).filter((name) => /^dist\.(lock|tmp-|old-)/.test(name))

let token = ''
async function buildStatus() {
  const response = await fetch(`${cms}/api/globals/build-status`, {
    headers: { authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as {
    result: string
    finishedAt?: string | null
    error?: string | null
    triggeredBy?: { operation: string }[] | null
  }
}

beforeAll(async () => {
  // Vitest mirrors import.meta.env into the environment (DEV=1, MODE=test…); the portal's build
  // would take itself for a dev server. npm start gets a clean one, as from a shell.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(DEV|PROD|MODE|SSR|BASE_URL|VITEST.*|FORMS_.*|REBUILD_.*)$/.test(key),
    ),
  )
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  cms = `http://127.0.0.1:${cmsPort}`
  portal = `http://127.0.0.1:${sitePort}`
  env = {
    ...clean,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    SITE_URL: portal,
    SITE_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: path.join(tmp, 'astro-cache'),
    REBUILD_DEBOUNCE_SECONDS: '0',
  }
  // Built ahead (and cached): npm start would otherwise build it within its own start.
  await buildAdminIfChanged({ ...env, PROJECT_ROOT: root }, true)
  const spawned = Date.now()
  start = spawn(process.execPath, ['--import', 'tsx', path.join('cms', 'scripts', 'start.ts')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [start.stdout!, start.stderr!])
    stream.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      fs.appendFileSync(logFile, chunk)
    })
  await until('npm start is ready', 780_000, () => {
    if (start.exitCode !== null) throw new Error(`npm start stopped:\n${log.slice(-4000)}`)
    return log.includes('Press Ctrl+C to stop.')
  })
  console.log(
    `npm start ready in ${((Date.now() - spawned) / 1000).toFixed(0)} s (seed, portal build)`,
  )
  const logins = JSON.parse(
    fs.readFileSync(path.join(dataDir, 'demo-logins.json'), 'utf8'),
  ) as DemoLogin[]
  const admin = logins.find((l) => l.role === 'admin')!
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  token = ((await login.json()) as { token: string }).token
}, 900_000)

afterAll(async () => {
  if (start && start.exitCode === null) {
    start.kill('SIGTERM')
    await new Promise((resolve) => start.once('exit', resolve))
  }
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('npm start’s output', () => {
  it('shows each phase with its time, the summary, and none of the tools’ own notices', () => {
    // Read before the tests below kill the CMS: what a newcomer sees on a fresh start.
    const phases = [
      /^Starting the HITS Cluster portal\. A first start seeds the demo data/m,
      /^\[1\/6\] Database: .* …\n {6}✓ .* in [\d.]+ s$/m,
      /^\[2\/6\] Seed: writing the demo data set.*\(about \d+ (s|min)\) …$/m,
      /^ {6}✓ 16 members, \d+ products, \d+ events, \d+ images in /m,
      // The portal first, served while the admin is built.
      /^\[3\/6\] Portal: building the site .*\n( {6}… .*\n)* {6}✓ \d+ pages, search index .* in /m,
      /^\[4\/6\] Serve: serving the portal .*\n {6}✓ portal at http/m,
      // Built ahead by this test, so up to date here.
      /^\[5\/6\] Admin: up to date/m,
      /^\[6\/6\] CMS: starting the CMS server .*\n(.*\n)* {6}✓ answering on http/m,
      /^HITS Cluster portal is running \(started in [\d.]+ (s|min)/m,
    ]
    for (const phase of phases) expect(log).toMatch(phase)
    expect(log).not.toMatch(/telemetry/i)
    expect(log).not.toContain('⨯')
    // Payload's start-up lines (WAL mode, migrations, the seed's per-collection counts).
    expect(log).not.toMatch(/INFO|Migrating|^seed: /m)
    // The mail notice once, in the summary, instead of once per process that starts Payload.
    expect(log.match(/\.eml files/g)).toHaveLength(1)
    expect(log).toMatch(
      /^ {2}Mail {8}not sent: written as \.eml files to .*mail\/ \(set SMTP_HOST/m,
    )
  })
})

describe('npm start: the CMS exposed directly', () => {
  it('counts form posts by connection, whatever X-Forwarded-For the client writes', async () => {
    const inquiry = (n: number) =>
      fetch(`${cms}/api/inquiries/submit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: portal,
          'x-forwarded-for': `10.6.6.6, 9.9.9.${n}`,
        },
        body: JSON.stringify({
          name: 'Ana Petrova',
          email: `ana${n}@buyer.example`,
          company: 'Buyer GmbH',
          message: 'Please quote 40 licences, with support in German.',
          member: 'orbitsoft',
          locale: 'en',
          homepage: '',
          startedAt: Date.now() - 20_000,
        }),
      }).then((response) => response.status)
    // The default limit: 5 per visitor and form in 10 minutes.
    const answers = []
    for (let n = 0; n < 8; n++) answers.push(await inquiry(n))
    expect(answers).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
  })
})

describe('npm start when the CMS server is killed', () => {
  it('shows npm start’s own build at start as the latest build', async () => {
    expect(await buildStatus()).toMatchObject({
      result: 'succeeded',
      triggeredBy: [{ operation: 'startup' }],
    })
  })

  it('keeps the portal up, restarts the CMS, leaves no lock or temporary folder behind', async () => {
    const rebuild = await fetch(`${cms}/api/globals/build-status/rebuild`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    })
    expect(rebuild.status).toBe(202)
    // The job's build holds the lock and writes its fresh folder: kill the CMS now.
    await until('the rebuild is writing', 120_000, () =>
      leftovers().some((name) => name.startsWith('dist.tmp-')),
    )
    expect(leftovers()).toContain('dist.lock')
    const pids = () => [...log.matchAll(/cms: server started \(pid (\d+)\)/g)].map((m) => +m[1]!)
    const killed = pids().at(-1)!
    process.kill(killed, 'SIGKILL')
    const killedAt = Date.now()

    const portalAnswers: number[] = []
    let cmsDown = 0
    await until('the CMS answers again', 120_000, async () => {
      portalAnswers.push(await status(`${portal}/en/`))
      const cmsAnswer = await status(`${cms}/api/globals/settings`)
      if (cmsAnswer === 0) cmsDown++
      return cmsDown > 0 && cmsAnswer === 200
    })
    console.log(
      `CMS back ${((Date.now() - killedAt) / 1000).toFixed(1)} s after SIGKILL; ` +
        `${portalAnswers.length} portal requests meanwhile`,
    )
    expect(cmsDown).toBeGreaterThan(0)
    expect(new Set(portalAnswers)).toEqual(new Set([200]))
    expect(log).toMatch(/the CMS server stopped \(SIGKILL\); restarting it/)
    expect(pids().at(-1)).not.toBe(killed)

    // The killed build dies with its server's pipes, or finishes: either way nothing is left.
    await until('no lock or temporary folder is left', 90_000, () => leftovers().length === 0)
    // The killed server's build lease lapses first (cms/jobs/buildLease.ts, 20 s): until then
    // another instance might be building, and its job must not be marked failed.
    const after = await until('the status no longer says running', 60_000, async () => {
      const s = await buildStatus()
      return s.result === 'running' ? undefined : s
    })
    console.log(`status after the crash: ${after.result} ${after.error ?? ''}`)
    expect(after.result).toMatch(/^(failed|succeeded)$/)
    expect(await status(`${portal}/en/`)).toBe(200)
  }, 600_000)

  it('shows the next good build, also one run by npm run build:site', async () => {
    const before = Date.now()
    const build = spawn(
      process.execPath,
      ['--import', 'tsx', path.join('cms', 'scripts', 'buildSite.ts'), '--out', outDir],
      { cwd: root, env, stdio: 'ignore' },
    )
    expect(await new Promise((resolve) => build.once('exit', resolve))).toBe(0)
    const shown = await buildStatus()
    expect(shown).toMatchObject({
      result: 'succeeded',
      error: null,
      triggeredBy: [{ operation: 'command' }],
    })
    expect(Date.parse(shown.finishedAt!)).toBeGreaterThan(before)
    expect(leftovers()).toEqual([])
  }, 300_000)

  it('stops the CMS and the portal on SIGTERM', async () => {
    start.kill('SIGTERM')
    expect(await new Promise((resolve) => start.once('exit', resolve))).toBe(0)
    expect(await status(`${portal}/en/`)).toBe(0)
    expect(await status(`${cms}/api/globals/settings`)).toBe(0)
  })
})
