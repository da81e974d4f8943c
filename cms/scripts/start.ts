/**
 * `npm start`: the whole product on one machine, from a fresh clone.
 * Checks the configuration, migrates and (when empty) seeds the database, builds the admin when
 * its sources changed, serves it on http://localhost:3000/admin and prints the demo logins.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUri } from '../database'
import { projectRoot } from '../paths'
import { readOrCreateLocalSecret } from '../secret'
import { printLogins } from '../seed/print'
import { readLogins } from '../seed/users'
import { sourceHash } from './sourceHash'

const cmsPort = Number(process.env.PORT || 3000)
const children: ChildProcess[] = []

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

async function prepareDatabase(): Promise<void> {
  // Its own process, so that the database connection is closed before the server opens one.
  await run(process.execPath, ['--import', 'tsx', path.join('cms', 'scripts', 'prepare.ts')], process.env)
}

async function buildAdminIfChanged(env: NodeJS.ProcessEnv): Promise<void> {
  const marker = path.join(projectRoot, 'cms', '.next', 'portal-source-hash')
  const lock = path.join(projectRoot, 'package-lock.json')
  const hash = sourceHash([path.join(projectRoot, 'cms')], [lock])
  const built = fs.existsSync(path.join(projectRoot, 'cms', '.next', 'BUILD_ID'))
  if (built && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash) {
    console.log('admin: build is up to date')
    return
  }
  console.log('admin: building (first start or changed sources; takes a few minutes) …')
  const started = Date.now()
  await run(nextBin(), ['build', 'cms'], env)
  fs.writeFileSync(marker, hash)
  console.log(`admin: built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

const nextBin = () => path.join(projectRoot, 'node_modules', '.bin', 'next')

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
    console.log('secret: using the local secret in data/payload-secret (set PAYLOAD_SECRET in production)')
  }
  await prepareDatabase()
  const env = { ...process.env, NODE_ENV: 'production' as const, PROJECT_ROOT: projectRoot }
  await buildAdminIfChanged(env)

  const cms = spawn(nextBin(), ['start', 'cms', '--port', String(cmsPort)], { cwd: projectRoot, env, stdio: 'inherit' })
  children.push(cms)
  cms.on('exit', (code) => fail(`the CMS server stopped (exit code ${code}).`))
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)

  await waitFor(`http://localhost:${cmsPort}/api/globals/settings`, 120_000)
  console.log('\nHITS Cluster portal is running:')
  console.log(`  CMS admin   http://localhost:${cmsPort}/admin`)
  console.log(`  REST API    http://localhost:${cmsPort}/api   (e.g. /api/products?locale=de)`)
  console.log(`  GraphQL     http://localhost:${cmsPort}/api/graphql`)
  printLogins(readLogins())
  console.log('\nPress Ctrl+C to stop.')
}

main().catch((error) => fail((error as Error).message))
