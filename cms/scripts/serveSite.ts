/**
 * The portal's static file server (dist/), used by `npm start`: sirv, in its `dev` mode, which
 * looks each request up on disk instead of listing the folder once, so a rebuilt site swapped in
 * whole is served at once. Around it: the security headers from the site's own `_headers` file
 * (the one static hosts read; see siteHeaders.ts), the nearest 404.html (the locale's first)
 * with status 404, GET and HEAD only, and a slash-adding redirect that never leaves the origin.
 *
 * Run alone: `tsx cms/scripts/serveSite.ts [dir]` (SITE_PORT, default 4321).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { projectRoot, siteOutDir } from '../paths'
import { isMain } from './isMain'
import {
  baseHeaders,
  type HeaderRule,
  headersFileName,
  headersFor,
  immutableAssets,
  openToEveryOrigin,
  parseHeadersFile,
} from '../build/siteHeaders'

/** Content types of what the site holds; text gets its charset (the feeds carry Bulgarian). */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  // The feeds' stylesheet; Chromium and Firefox apply XSLT served as XML or XSL.
  '.xsl': 'text/xsl; charset=utf-8',
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

/**
 * The path with a slash added when it names a folder with an index.html, or null. Only plain
 * paths qualify: a `//`, a backslash, an encoded slash or a dot segment could make the Location
 * a URL on another host (`//evil.example/`) once a browser or proxy normalises it.
 */
export function slashRedirect(root: string, rawPath: string): string | null {
  if (!/^(\/[\w\-.~!$&'()*+,;=:@%]+)+$/.test(rawPath)) return null
  if (/%(2f|5c|2e)/i.test(rawPath) || /\/\.\.?(\/|$)/.test(rawPath)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  return isFile(path.join(root, decoded, 'index.html')) ? `${rawPath}/` : null
}

/**
 * The site's headers file, parsed; read again when it changes (a rebuild swaps the folder in,
 * so the file's inode and time change). A site without one still gets the fixed headers and
 * a frame-ancestors policy; only the hashes of its inline scripts are unknown then.
 */
function headerRules(root: string) {
  let cached: { key: string; rules: HeaderRule[] } | undefined
  const fallback: HeaderRule[] = [
    {
      path: '/*',
      headers: { 'Content-Security-Policy': "frame-ancestors 'none'", ...baseHeaders },
    },
    { path: immutableAssets.path, headers: { 'Cache-Control': immutableAssets.cacheControl } },
    ...openToEveryOrigin,
  ]
  return (): HeaderRule[] => {
    const file = path.join(root, headersFileName)
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (!stat?.isFile()) return fallback
    const key = `${stat.ino}:${stat.mtimeMs}:${stat.size}`
    if (cached?.key !== key) {
      try {
        cached = { key, rules: parseHeadersFile(fs.readFileSync(file, 'utf8')) }
      } catch {
        return fallback
      }
    }
    return cached.rules
  }
}

/** Serves `dir` over HTTP; resolves once it listens. */
export function serveSite(options: {
  dir: string
  port: number
  host?: string
}): Promise<http.Server> {
  const root = path.resolve(options.dir)
  const rules = headerRules(root)
  const setSiteHeaders = (res: http.ServerResponse, urlPath: string) => {
    // Pages and the search index must follow rebuilds; `_headers` makes /_astro/ immutable.
    res.setHeader('Cache-Control', 'no-cache')
    for (const [name, value] of Object.entries(headersFor(rules(), urlPath)))
      res.setHeader(name, value)
  }
  const files = sirv(root, {
    dev: true,
    etag: true,
    // The build's precompressed copies (cms/build/precompress.ts): `<file>.br`, `<file>.gz`,
    // chosen by the request's Accept-Encoding (see acceptedEncodings), sent with their
    // Content-Encoding and Vary: Accept-Encoding; the file itself when there is no copy.
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      setSiteHeaders(res, pathname)
      // Headers set here win over sirv's own (which leave unknown types empty). A path without
      // an extension can only have found an .html file: a folder's index or `<name>.html`.
      res.setHeader('Content-Type', typeOf(/\.[^/]*$/.test(pathname) ? pathname : 'index.html'))
    },
    onNoMatch: (req, res) => sendNotFound(root, req, res, setSiteHeaders),
  })
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const raw = req.url ?? '/'
    const query = raw.indexOf('?')
    const rawPath = query < 0 ? raw : raw.slice(0, query)
    // The headers file is for the host, like Netlify's: not a page.
    if (rawPath === `/${headersFileName}`) return sendNotFound(root, req, res, setSiteHeaders)
    const redirect = rawPath.endsWith('/') ? null : slashRedirect(root, rawPath)
    if (redirect) {
      // The query goes along only when it is plain text: nothing a header may not carry.
      const search = query < 0 ? '' : raw.slice(query)
      const location = redirect + (/^[\x21-\x7e]*$/.test(search) ? search : '')
      res.writeHead(301, { Location: location }).end()
      return
    }
    // sirv looks for a substring ("gzip", "br") and would take `gzip;q=0` for a yes.
    req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding']).join(', ')
    // Also on a 304 and a 404: a cache must not hand one encoding's answer to another client.
    res.setHeader('Vary', 'Accept-Encoding')
    // sirv stats a file, then streams it: a rebuild swapped in between makes the stream fail,
    // and an error on a stream nobody listens to would end this process.
    res.once('pipe', (source) =>
      source.once('error', () => (res.headersSent ? res.destroy() : unavailable(res))),
    )
    try {
      files(req, res)
    } catch {
      unavailable(res)
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve(server))
  })
}

/**
 * The content codings of the site's precompressed copies that an Accept-Encoding header
 * accepts (RFC 9110 §12.5.3: a q of 0 refuses; `*` stands for any coding not named).
 */
export function acceptedEncodings(header: string | string[] | undefined): ('br' | 'gzip')[] {
  const q = new Map<string, number>()
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name?.trim()) continue
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    q.set(name.trim(), weight === undefined ? 1 : Number(weight))
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0
  return (['br', 'gzip'] as const).filter(accepts)
}

/** The site is being swapped: the next request finds it. */
const unavailable = (res: http.ServerResponse) =>
  res.headersSent ? res.destroy() : res.writeHead(503, { 'Retry-After': '1' }).end()

function sendNotFound(
  root: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  setSiteHeaders: (res: http.ServerResponse, urlPath: string) => void,
) {
  const urlPath = (req.url ?? '/').split('?')[0]!
  const page = notFoundPage(root, urlPath)
  setSiteHeaders(res, urlPath)
  const body = page ? readOrNull(page) : null
  if (!page || !body) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
    return
  }
  // The page's precompressed copy when the client takes it (the header is normalised above).
  const encoding = acceptedEncodings(req.headers['accept-encoding'])
    .map((coding) => ({ coding, bytes: readOrNull(`${page}.${coding === 'br' ? 'br' : 'gz'}`) }))
    .find((copy) => copy.bytes)
  const sent = encoding?.bytes ?? body
  res.writeHead(404, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': sent.length,
    ...(encoding && { 'Content-Encoding': encoding.coding }),
  })
  res.end(req.method === 'HEAD' ? undefined : sent)
}

/** The file, or null when it vanished (a rebuild swapped the folder between look-up and read). */
function readOrNull(file: string): Buffer | null {
  try {
    return fs.readFileSync(file)
  } catch {
    return null
  }
}

async function main() {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : siteOutDir()
  const port = Number(process.env.SITE_PORT || 4321)
  await serveSite({ dir, port })
  console.log(
    `portal: serving ${path.relative(projectRoot, dir) || '.'} on http://localhost:${port}/`,
  )
}

if (isMain(import.meta.url)) void main()
