/**
 * A small static file server for the built portal (dist/), used by `npm start`. It resolves
 * the folder on every request, so a rebuilt site swapped in whole is served at once.
 * Directories serve their index.html; a miss gets the nearest 404.html (the locale's first).
 *
 * Run alone: `tsx cms/scripts/serveSite.ts [dir]` (SITE_PORT, default 4321).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { projectRoot } from '../paths'
import { isMain } from './isMain'

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

const typeOf = (file: string) =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
const isDir = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false

/** The file for a URL path inside root, or a redirect for a directory without its slash. */
export function resolveRequest(
  root: string,
  urlPath: string,
): { file: string } | { redirect: string } | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  if (target !== root && !target.startsWith(root + path.sep)) return null
  if (isFile(target)) return { file: target }
  if (isDir(target)) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` }
    const index = path.join(target, 'index.html')
    return isFile(index) ? { file: index } : null
  }
  return null
}

/** The 404 page to show for a path: `/<locale>/404.html` when the site has one, else `/404.html`. */
export function notFoundPage(root: string, urlPath: string): string | null {
  const first = urlPath.split('/').filter(Boolean)[0]
  const candidates = [
    ...(first && /^[\w-]+$/.test(first) ? [`${first}/404.html`, `${first}/404/index.html`] : []),
    '404.html',
    '404/index.html',
  ]
  return candidates.map((c) => path.join(root, c)).find(isFile) ?? null
}

/** Serves `dir` over HTTP; resolves once it listens. */
export function serveSite(options: {
  dir: string
  port: number
  host?: string
}): Promise<http.Server> {
  const root = path.resolve(options.dir)
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const found = resolveRequest(root, url.pathname)
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: found.redirect + url.search }).end()
      return
    }
    const file = found?.file ?? notFoundPage(root, url.pathname)
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
      return
    }
    send(res, file, found ? 200 : 404, req.method === 'HEAD')
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve(server))
  })
}

function send(res: http.ServerResponse, file: string, status: number, headOnly: boolean) {
  const type = typeOf(file)
  const stream = fs.createReadStream(file)
  stream.once('error', () => {
    // The site was swapped out between the check and the read: the next request finds it.
    if (!res.headersSent) res.writeHead(503, { 'Retry-After': '1' })
    res.end()
  })
  stream.once('open', (fd) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': fs.fstatSync(fd).size,
      // Hashed assets may be cached for long; pages and the search index must follow rebuilds.
      'Cache-Control': file.includes(`${path.sep}_astro${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    if (headOnly) {
      stream.destroy()
      res.end()
    } else stream.pipe(res)
  })
}

async function main() {
  const dir = path.resolve(projectRoot, process.argv[2] ?? 'dist')
  const port = Number(process.env.SITE_PORT || 4321)
  await serveSite({ dir, port })
  console.log(
    `portal: serving ${path.relative(projectRoot, dir) || '.'} on http://localhost:${port}/`,
  )
}

if (isMain(import.meta.url)) void main()
