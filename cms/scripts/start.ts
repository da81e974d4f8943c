/**
 * `npm start`: the whole product on one machine, from a fresh clone.
 * Checks the configuration, migrates and (when empty) seeds the database, builds the admin when
 * its sources changed, serves it on http://localhost:3000/admin, builds the portal from the CMS
 * and serves it on http://localhost:4321, and prints the demo logins.
 *
 * It stays as a small supervisor: the portal is served from this process, so it answers
 * whatever the CMS does; the CMS server is a child that is restarted when it dies
 * (superviseCms.ts); Ctrl+C or SIGTERM stops both.
 */
import path from 'node:path'

import { parseDatabaseUri } from '../database'
import { localeCodes } from '@shared/locales'
import { projectRoot } from '../paths'
import { readOrCreateLocalSecret } from '../secret'
import { printLogins } from '../seed/print'
import { readLogins } from '../seed/users'
import { buildAdminIfChanged, run } from './adminBuild'
import { siteOutDir } from '../paths'
import { buildAndServePortal } from './portal'
import { cleanSiteLeftovers } from '../build/siteLock'
import { superviseCms } from './superviseCms'

const cmsPort = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
let cms: ReturnType<typeof superviseCms> | undefined

async function fail(message: string): Promise<never> {
  console.error(`\n✖ ${message}\n`)
  await cms?.stop()
  process.exit(1)
}

async function shutdown() {
  await cms?.stop()
  process.exit(0)
}

async function prepareDatabase(): Promise<void> {
  // Its own process, so that the database connection is closed before the server opens one.
  await run(
    process.execPath,
    ['--import', 'tsx', path.join('cms', 'scripts', 'prepare.ts')],
    process.env,
  )
}

/** A folder as the user would type it: relative inside the project, else absolute. */
const shown = (dir: string) => {
  const relative = path.relative(projectRoot, dir)
  return relative && !relative.startsWith('..') ? `${relative}/` : dir
}

/** Removes the lock and folders that a killed build left next to the portal's folder. */
function cleanLeftovers(dir: string) {
  const removed = cleanSiteLeftovers(dir)
  if (removed.length > 0)
    console.log(`portal: removed what an interrupted build left: ${removed.join(', ')}`)
}

/** `promise`, or a rejection with `message` when it takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

async function main() {
  try {
    parseDatabaseUri(process.env.DATABASE_URI)
  } catch (error) {
    await fail((error as Error).message)
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

  const dir = siteOutDir()
  cleanLeftovers(dir)
  // The CMS server runs the rebuild queue: publishing rebuilds the dist/ that the portal serves.
  const cmsEnv = {
    ...env,
    PORT: String(cmsPort),
    REBUILD_AUTORUN: process.env.REBUILD_AUTORUN ?? '1',
    SITE_OUT_DIR: dir,
  }
  cms = superviseCms({
    env: cmsEnv,
    healthUrl: `http://localhost:${cmsPort}/api/globals/settings`,
    beforeRestart: () => cleanLeftovers(dir),
  })
  process.on('SIGINT', () => void shutdown())
  process.on('SIGTERM', () => void shutdown())

  await within(cms.firstUp, 120_000, 'the CMS did not answer within 120 s; see the log above.')
  const portal = await buildAndServePortal(env, sitePort)
  console.log('\nHITS Cluster portal is running:')
  if (portal)
    console.log(`  Portal      ${portal}   (${localeCodes.join(', ')}; built into ${shown(dir)})`)
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
