import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { buildAdminIfChanged, cmsServerArgs } from '../../cms/scripts/adminBuild'

const root = path.resolve(import.meta.dirname, '..', '..')

/** A port nobody listens on right now, on loopback. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/**
 * The real admin app (the CMS server of `npm start`, cms/server.ts) on a free port, over the
 * database the test prepared (DATABASE_URI and DATA_DIR from the environment, `env` on top).
 * Builds the admin first when needed. `log` names a file for the server's output (discarded
 * otherwise), to read when a test fails; `pid` lets a test kill it the hard way.
 */
export async function startCmsServer(options: { log?: string; env?: Record<string, string> } = {}) {
  const env = {
    ...process.env,
    ...options.env,
    NODE_ENV: 'production' as const,
    PROJECT_ROOT: root,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || crypto.randomBytes(32).toString('hex'),
  }
  await buildAdminIfChanged(env, true)
  // TEST_CMS_PORT: a port of one's own where several people share a machine.
  const port = Number(process.env.TEST_CMS_PORT) || (await freePort())
  const out = options.log ? fs.openSync(options.log, 'a') : 'ignore'
  const child: ChildProcess = spawn(process.execPath, cmsServerArgs(), {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', out, out],
  })
  if (typeof out === 'number') fs.closeSync(out)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(`${url}/api/globals/settings`)).status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('the CMS did not start within 60 s')
    await new Promise((r) => setTimeout(r, 300))
  }
  return { url, pid: child.pid!, stop: () => void child.kill('SIGTERM'), exited }
}
