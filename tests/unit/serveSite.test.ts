import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { notFoundPage, serveSite } from '../../cms/scripts/serveSite'
import {
  contentSecurityPolicy,
  formatHeadersFile,
  siteHeaderRules,
} from '../../cms/build/siteHeaders'
import { swapIn } from '../../cms/build/siteFolder'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-site-'))
const site = path.join(root, 'site')
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
  fs.writeFileSync(path.join(site, file), text)
}

beforeAll(() => {
  write('index.html', 'home')
  write('en/index.html', 'english')
  write('_astro/app.js', 'export {}')
  write('404.html', 'not found')
  write('de/404.html', 'nicht gefunden')
  write('de/search/index.html', 'suche')
  write('pagefind/pagefind.js', 'export {}')
  write('pagefind/wasm.de.pagefind', 'x')
  write('en/events.ics', 'BEGIN:VCALENDAR')
  write('data/en/events.json', '{}')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside')
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** A GET or HEAD with the path sent byte for byte (fetch would normalise `..` and `//`). */
function rawRequest(port: number, rawPath: string, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: rawPath }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

async function withServer(dir: string, run: (port: number) => Promise<void>) {
  const server = await serveSite({ dir, port: 0, host: '127.0.0.1' })
  try {
    await run((server.address() as AddressInfo).port)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
}

describe('static site server', () => {
  it("answers a miss with the locale's 404 page when there is one", () => {
    expect(notFoundPage(site, '/de/nothing/')).toBe(path.join(site, 'de/404.html'))
    expect(notFoundPage(site, '/bg/nothing/')).toBe(path.join(site, '404.html'))
  })

  it('serves files, folder indexes, 404 pages, a redirect for a missing slash, GET and HEAD only', async () => {
    await withServer(site, async (port) => {
      const get = (p: string) => rawRequest(port, p)
      const page = await get('/de/search/?q=Cloud')
      expect([page.status, page.body]).toEqual([200, 'suche'])
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(page.headers['cache-control']).toBe('no-cache')
      expect((await get('/')).body).toBe('home')
      expect((await get('/pagefind/pagefind.js')).headers['content-type']).toMatch(
        /^text\/javascript/,
      )
      expect((await get('/en/events.ics')).headers['content-type']).toMatch(/^text\/calendar/)
      expect((await get('/pagefind/wasm.de.pagefind')).status).toBe(200)
      const asset = await get('/_astro/app.js')
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      const miss = await get('/de/nothing/')
      expect([miss.status, miss.body]).toEqual([404, 'nicht gefunden'])
      expect([(await get('/bg/nothing/')).status, (await get('/bg/nothing/')).body]).toEqual([
        404,
        'not found',
      ])
      const bare = await get('/de/search?q=a')
      expect([bare.status, bare.headers.location]).toEqual([301, '/de/search/?q=a'])
      for (const outside of ['/../secret.txt', '/%2e%2e/secret.txt', '/de/..%2f..%2fsecret.txt'])
        expect((await get(outside)).body).not.toBe('outside')
      expect((await get('/%E0%A4%A')).status).toBe(404)
      const head = await rawRequest(port, '/de/search/', 'HEAD')
      expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '5'])
      expect((await rawRequest(port, '/', 'POST')).status).toBe(405)
      expect((await rawRequest(port, '/', 'DELETE')).headers.allow).toBe('GET, HEAD')
    })
  })

  it('never redirects to another origin, whatever slashes, dots and encodings the path holds', async () => {
    const paths = [
      '/x/..//evil.example/..%2fen',
      '/x/..//evil.example/../en',
      '//evil.example/..%2fen',
      '//evil.example/%2e%2e/en',
      '///evil.example/../en',
      '/%2fevil.example/..%2fen',
      '/%2F%2Fevil.example/..%2Fen',
      '/\\evil.example/..%2fen',
      '/%5c%5cevil.example/..%2fen',
      '/.//evil.example/../en',
      '/en/..//evil.example/..%2fde/search',
      '/x/%2e%2e//evil.example/%2e%2e/en',
      '/https:/evil.example/..%2f..%2fen',
      '/en//evil.example/..',
    ]
    await withServer(site, async (port) => {
      const origin = `http://127.0.0.1:${port}`
      const left: string[] = []
      for (const p of paths) {
        const { status, headers } = await rawRequest(port, p)
        expect(status).toBeLessThan(500)
        const location = headers.location
        if (location && new URL(location, `${origin}${p.replace(/\\/g, '/')}`).origin !== origin)
          left.push(`${p} -> ${status} ${location}`)
        if (location && /^[/\\]{2}/.test(location)) left.push(`${p} -> ${location}`)
      }
      expect(left).toEqual([])
    })
  })
})

describe('security headers', () => {
  const cmsOrigin = 'https://cms.hits-cluster.example'
  const inline = { scripts: ['sha256-abc='], styles: ['sha256-def='], styleAttributes: [] }

  it("sends the site's own _headers policy on pages, assets and 404s, and hides the file", async () => {
    fs.writeFileSync(
      path.join(site, '_headers'),
      formatHeadersFile(siteHeaderRules(cmsOrigin, inline)),
    )
    try {
      await withServer(site, async (port) => {
        for (const p of [
          '/de/search/',
          '/de/nothing/',
          '/_astro/app.js',
          '/pagefind/pagefind.js',
        ]) {
          const { headers } = await rawRequest(port, p)
          const csp = headers['content-security-policy'] ?? ''
          expect(csp, p).toBe(contentSecurityPolicy(cmsOrigin, inline))
          expect(csp).toContain("frame-ancestors 'none'")
          expect(csp).toContain(`connect-src 'self' ${cmsOrigin}`)
          expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='")
          expect(csp).not.toContain('unsafe-inline')
          expect(headers['x-frame-options']).toBe('DENY')
          expect(headers['x-content-type-options']).toBe('nosniff')
          expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
          expect(headers['permissions-policy']).toContain('camera=()')
        }
        expect((await rawRequest(port, '/_headers')).status).toBe(404)
        // A partner's web page may fetch() the open data and calendars, not the pages.
        for (const p of ['/data/en/events.json', '/en/events.ics'])
          expect((await rawRequest(port, p)).headers['access-control-allow-origin'], p).toBe('*')
        for (const p of ['/en/', '/de/search/'])
          expect((await rawRequest(port, p)).headers['access-control-allow-origin'], p).toBe(
            undefined,
          )
      })
    } finally {
      fs.rmSync(path.join(site, '_headers'))
    }
  })

  it('still forbids framing a site built without a _headers file', async () => {
    await withServer(site, async (port) => {
      const { headers } = await rawRequest(port, '/')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['access-control-allow-origin']).toBeUndefined()
      const data = await rawRequest(port, '/data/en/events.json')
      expect(data.headers['access-control-allow-origin']).toBe('*')
    })
  })
})

describe('swapping a built site in', () => {
  it('replaces the output whole and leaves no backup behind', () => {
    const out = path.join(root, 'dist')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'old.html'), 'old')
    const fresh = path.join(root, 'dist.tmp-1')
    fs.mkdirSync(fresh)
    fs.writeFileSync(path.join(fresh, 'new.html'), 'new')
    swapIn(fresh, out)
    expect(fs.readdirSync(out)).toEqual(['new.html'])
    expect(fs.readdirSync(root).filter((f) => f.startsWith('dist'))).toEqual(['dist'])
  })

  it('serves a rebuilt site, and its new policy, at once; also a folder that appears later', async () => {
    const out = path.join(root, 'dist3')
    const build = (name: string, text: string, hash: string) => {
      const dir = path.join(root, name)
      fs.mkdirSync(path.join(dir, 'en'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'en', 'index.html'), text)
      const inline = { scripts: [hash], styles: [], styleAttributes: [] }
      fs.writeFileSync(
        path.join(dir, '_headers'),
        formatHeadersFile(siteHeaderRules('http://localhost:3000', inline)),
      )
      return dir
    }
    await withServer(out, async (port) => {
      expect((await rawRequest(port, '/en/')).status).toBe(404)
      swapIn(build('dist3.tmp-1', 'first', 'sha256-first='), out)
      const first = await rawRequest(port, '/en/')
      expect([first.body, first.headers['content-security-policy']]).toEqual([
        'first',
        expect.stringContaining("'sha256-first='"),
      ])
      swapIn(build('dist3.tmp-2', 'second', 'sha256-second='), out)
      const second = await rawRequest(port, '/en/')
      expect(second.body).toBe('second')
      expect(second.headers['content-security-policy']).toContain("'sha256-second='")
      expect(second.headers['content-security-policy']).not.toContain("'sha256-first='")
    })
  })

  it('keeps the previous output when the new folder cannot be moved in', () => {
    const out = path.join(root, 'dist2')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'old.html'), 'old')
    expect(() => swapIn(path.join(root, 'missing'), out)).toThrow()
    expect(fs.readFileSync(path.join(out, 'old.html'), 'utf8')).toBe('old')
  })
})
