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
import { chooseTransport } from '../email/transport'
import { mailDir } from '../email/fileTransport'
import { localeCodes } from '@shared/locales'
import { dataDir, projectRoot, siteOutDir } from '../paths'
import { readOrCreateLocalSecret } from '../secret'
import { printLogins } from '../seed/print'
import { readLogins } from '../seed/users'
import { buildAdminIfChanged, run, withoutTelemetry } from './adminBuild'
import { buildPortal, servePortal } from './portal'
import { cleanSiteLeftovers } from '../build/siteLock'
import { beginPhase, duration, firstStart, isProgressLine, skipPhase, verbose } from './progress'
import { superviseCms } from './superviseCms'

const cmsPort = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const loud = verbose()
const startedAt = Date.now()
let cms: ReturnType<typeof superviseCms> | undefined

async function fail(message: string): Promise<never> {
  console.error(`\n✖ ${message}\n`)
  if (!loud) console.error("(npm start -- --verbose shows every tool's own output as it comes)")
  await cms?.stop()
  process.exit(1)
}

async function shutdown() {
  await cms?.stop()
  process.exit(0)
}

async function prepareDatabase(): Promise<void> {
  // Its own process, so that the database connection is closed before the server opens one;
  // it prints phases 1 and 2, and Payload's and the seed's lines are for --verbose.
  await run(
    process.execPath,
    ['--import', 'tsx', path.join('cms', 'scripts', 'prepare.ts')],
    process.env,
    loud ? 'all' : isProgressLine,
  )
}

/** A folder as the user would type it: relative inside the project, else absolute. */
const shown = (dir: string) => {
  const relative = path.relative(projectRoot, dir)
  return relative && !relative.startsWith('..') ? `${relative}/` : `${dir}/`
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

/** Where mail goes, said once (the CMS's own start-up notice about it is held back). */
function mailLine(): string {
  try {
    const choice = chooseTransport(process.env)
    if (choice.kind === 'smtp')
      return `sent through ${choice.options.host}:${choice.options.port} (SMTP_HOST)`
  } catch (error) {
    return (error as Error).message
  }
  return `not sent: written as .eml files to ${shown(mailDir())} (set SMTP_HOST to send)`
}

async function main() {
  try {
    parseDatabaseUri(process.env.DATABASE_URI)
  } catch (error) {
    await fail((error as Error).message)
  }
  console.log(
    firstStart()
      ? 'Starting the HITS Cluster portal. A first start seeds the demo data and builds the ' +
          'portal, served as soon as it is built, then the admin: a few minutes.\n'
      : 'Starting the HITS Cluster portal.\n',
  )
  if (!process.env.PAYLOAD_SECRET) {
    process.env.PAYLOAD_SECRET = readOrCreateLocalSecret()
    console.log(
      `Using the local secret in ${shown(dataDir())}payload-secret ` +
        '(set PAYLOAD_SECRET in production).',
    )
  }
  await prepareDatabase()
  const env = withoutTelemetry({
    ...process.env,
    NODE_ENV: 'production' as const,
    PROJECT_ROOT: projectRoot,
  })

  // The portal first: its build reads the database through Payload in its own process and needs
  // neither the admin nor the CMS server, so visitors' pages are served while the admin (the
  // longest phase on a first start) is still being built.
  const dir = siteOutDir()
  cleanLeftovers(dir)
  const servable = await buildPortal(env, loud)
  const serving = beginPhase('serve', `serving the portal on port ${sitePort}`, {
    estimated: false,
  })
  const portal = servable ? await servePortal(sitePort) : null
  if (portal) serving.done(`portal at ${portal}`, { record: false })
  else serving.end()

  let admin: ReturnType<typeof beginPhase> | undefined
  await buildAdminIfChanged(env, !loud, () => {
    admin = beginPhase('admin', 'building the Next.js admin, new or changed since its last build')
  }).catch((error: Error) => {
    admin?.end()
    throw error
  })
  if (admin) admin.done('admin built')
  else skipPhase('admin', 'up to date, built from the same sources (cms/.next)')

  // The CMS server runs the rebuild queue: publishing rebuilds the dist/ that the portal serves.
  const cmsEnv = {
    ...env,
    PORT: String(cmsPort),
    REBUILD_AUTORUN: process.env.REBUILD_AUTORUN ?? '1',
    SITE_OUT_DIR: dir,
  }
  const starting = beginPhase('cms', `starting the CMS server on port ${cmsPort}`)
  cms = superviseCms({
    env: cmsEnv,
    healthUrl: `http://localhost:${cmsPort}/api/globals/settings`,
    beforeRestart: () => cleanLeftovers(dir),
    quietUntilUp: !loud,
  })
  process.on('SIGINT', () => void shutdown())
  process.on('SIGTERM', () => void shutdown())

  await within(cms.firstUp, 120_000, 'the CMS did not answer within 120 s; see the log above.')
  starting.done(`answering on http://localhost:${cmsPort}/admin`)

  console.log(`\nHITS Cluster portal is running (started in ${duration(Date.now() - startedAt)}):`)
  if (portal)
    console.log(`  Portal      ${portal}   (${localeCodes.join(', ')}; built into ${shown(dir)})`)
  if (/^(1|true|yes)$/i.test(cmsEnv.REBUILD_AUTORUN))
    console.log(
      '              rebuilt by itself after publishing (status: Administration → Site build)',
    )
  console.log(`  CMS admin   http://localhost:${cmsPort}/admin`)
  console.log(`  REST API    http://localhost:${cmsPort}/api   (e.g. /api/products?locale=de)`)
  console.log(`  GraphQL     http://localhost:${cmsPort}/api/graphql`)
  console.log(`  Mail        ${mailLine()}`)
  printLogins(readLogins())
  console.log('\nPress Ctrl+C to stop.')
}

main().catch((error) => fail((error as Error).message))
