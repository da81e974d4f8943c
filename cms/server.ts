/**
 * The CMS's HTTP server (admin, REST, GraphQL): Next.js through its custom-server API
 * (`next({ dir }).getRequestHandler()`), run by `npm start`, `npm run serve:cms` and the tests.
 *
 * Why not `next start`: Next's route handlers never see the socket, and `next start` fills
 * X-Forwarded-For from it only when the request has none (next/dist/server/base-server.js), so
 * a client talking to the CMS directly could write the address its forms and logins are
 * counted under. Here every request gets the connection's address appended to that header, as
 * a proxy does, before Next sees it; clientIp (cms/forms/clientIp.ts) reads it from the right.
 *
 * It listens on PORT (default 3000) on every interface, as `next start` does.
 */
import http from 'node:http'
import path from 'node:path'

import next from 'next'

import { withPeerAddress } from './forms/clientIp'
import { projectRoot } from './paths'

const port = Number(process.env.PORT || 3000)

const app = next({ dir: path.join(projectRoot, 'cms'), dev: false, port })
const handle = app.getRequestHandler()

try {
  await app.prepare()
} catch (error) {
  console.error(`✖ cms: could not load the admin build in cms/.next: ${(error as Error).message}`)
  console.error('  Build it first: npm run build:cms')
  process.exit(1)
}

// Next answers methods it cannot route (TRACE, CONNECT, made-up ones) with a 500.
const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const allow = [...methods].join(', ')

const server = http.createServer((req, res) => {
  if (!methods.has(req.method ?? '')) {
    res.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Method not allowed\n')
    return
  }
  req.headers['x-forwarded-for'] = withPeerAddress(
    req.headers['x-forwarded-for'],
    req.socket.remoteAddress,
  )
  void handle(req, res)
})

server.once('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `✖ cms: port ${port} is in use; stop what uses it or set PORT.`
      : `✖ cms: ${error.message}`,
  )
  process.exit(1)
})

server.listen(port, () => {
  console.log(`cms: listening on http://localhost:${port}`)
})

// Stop at once on Ctrl+C or a supervisor's SIGTERM, as `next start` does; a rebuild cut short
// is recovered by the next server (cms/jobs/autoRun.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
