/**
 * `npm start`: the whole product on one machine, from a fresh clone.
 * Checks the configuration, migrates and (when empty) seeds the database, builds the admin when
 * its sources changed, serves it on http://localhost:3000/admin, builds the portal from the CMS
 * and serves it on http://localhost:4321, and prints the demo logins.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { parseDatabaseUri } from '../database'
import { localeCodes } from '../locales'
import { projectRoot } from '../paths'
import { readOrCreateLocalSecret } from '../secret'
import { printLogins } from '../seed/print'
import { readLogins } from '../seed/users'
import { buildAdminIfChanged, cmsServerArgs, run } from './adminBuild'
import { buildAndServePortal, distDir } from './portal'

const cmsPort = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const children: ChildProcess[] = []

function fail(message: string): never {
  for (const child of children) child.kill('SIGTERM')
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

async function prepareDatabase(): Promise<void> {
  // Its own process, so that the database connection is closed before the server opens one.
  await run(
    process.execPath,
    ['--import', 'tsx', path.join('cms', 'scripts', 'prepare.ts')],
    process.env,
  )
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  fail(`${url} did not answer within ${timeoutMs / 1000} s; see the log above.`)
}

function shutdown() {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}

async function main() {
  try {
    parseDatabaseUri(process.env.DATABASE_URI)
  } catch (error) {
    fail((error as Error).message)
  }
  if (!process.env.PAYLOAD_SECRET) {
    process.env.PAYLOAD_SECRET = readOrCreateLocalSecret()
    console.log(
      'secret: using the local secret in data/payload-secret (set PAYLOAD_SECRET in production)',
    )
  }
  await prepareDatabase()
  const env = { ...process.env, NODE_ENV: 'production' as const, PROJECT_ROOT: projectRoot }
  console.log('admin: checking the build (the first start builds it, about a minute) …')
  const started = Date.now()
  const built = await buildAdminIfChanged(env)
  console.log(
    built
      ? `admin: built in ${((Date.now() - started) / 1000).toFixed(0)} s`
      : 'admin: build is up to date',
  )

  // The CMS server runs the rebuild queue: publishing rebuilds the dist/ that the portal serves.
  const cmsEnv = {
    ...env,
    REBUILD_AUTORUN: process.env.REBUILD_AUTORUN ?? '1',
    SITE_OUT_DIR: distDir(),
  }
  const cms = spawn(process.execPath, cmsServerArgs(), {
    cwd: projectRoot,
    env: { ...cmsEnv, PORT: String(cmsPort) },
    stdio: 'inherit',
  })
  children.push(cms)
  cms.on('exit', (code) => fail(`the CMS server stopped (exit code ${code}).`))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)

  await waitFor(`http://localhost:${cmsPort}/api/globals/settings`, 120_000)
  const portal = await buildAndServePortal(env, sitePort)
  console.log('\nHITS Cluster portal is running:')
  if (portal) console.log(`  Portal      ${portal}   (${localeCodes.join(', ')}; built into dist/)`)
  if (/^(1|true|yes)$/i.test(cmsEnv.REBUILD_AUTORUN))
    console.log(
      '              rebuilt by itself after publishing (status: Administration → Site build)',
    )
  console.log(`  CMS admin   http://localhost:${cmsPort}/admin`)
  console.log(`  REST API    http://localhost:${cmsPort}/api   (e.g. /api/products?locale=de)`)
  console.log(`  GraphQL     http://localhost:${cmsPort}/api/graphql`)
  printLogins(readLogins())
  console.log('\nPress Ctrl+C to stop.')
}

main().catch((error) => fail((error as Error).message))
