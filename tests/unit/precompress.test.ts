import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { cachedPageIdentity, PageMemo } from '../../cms/build/pageMemo'
import { type Compressed, precompress } from '../../cms/build/precompress'
import { acceptedEncodings, serveSite } from '../../cms/scripts/serveSite'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** Text that compresses like a page: repeated markup with varying words. */
const page = (words: string) =>
  `<!doctype html><html lang="en"><body>${Array.from(
    { length: 300 },
    (_, i) => `<p class="card">${words} ${i}</p>`,
  ).join('\n')}</body></html>`

function writeSite(dir: string, files: Record<string, string | Buffer>) {
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), body)
  }
}

const site = {
  'en/index.html': page('home'),
  'en/catalogue/a/index.html': page('product a'),
  'en/catalogue/b/index.html': page('product b'),
  '_astro/app.js': `export const x = ${JSON.stringify(page('script'))}`,
  'en/events.ics': `BEGIN:VCALENDAR\n${'SUMMARY:Meet-up\n'.repeat(100)}END:VCALENDAR\n`,
  'robots.txt': 'User-agent: *\n',
  'img/photo.png': Buffer.alloc(4000, 7),
  'pagefind/fragment/en_1.pf_fragment': zlib.gzipSync(page('index')),
}

describe('precompressed copies of the built site', () => {
  const first = path.join(root, 'build-1')
  const second = path.join(root, 'build-2')

  it('writes .br and .gz beside every compressible file worth it, holding its exact bytes', async () => {
    writeSite(first, site)
    const result = await precompress(first)
    expect(result).toMatchObject({ compressed: 5, reused: 0, skipped: 1 })
    for (const name of [
      'en/index.html',
      'en/catalogue/a/index.html',
      '_astro/app.js',
      'en/events.ics',
    ]) {
      const file = path.join(first, name)
      const bytes = fs.readFileSync(file)
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(bytes), name).toBe(
        true,
      )
      expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(bytes), name).toBe(true)
      expect(fs.statSync(`${file}.br`).size).toBeLessThan(bytes.length / 4)
    }
    // Too small to pay; images and Pagefind's own (gzipped) files are compressed already.
    for (const name of ['robots.txt', 'img/photo.png', 'pagefind/fragment/en_1.pf_fragment']) {
      expect(fs.existsSync(path.join(first, `${name}.br`)), name).toBe(false)
      expect(fs.existsSync(path.join(first, `${name}.gz`)), name).toBe(false)
    }
  })

  it("takes the previous build's copies of unchanged files and compresses the changed ones", async () => {
    writeSite(second, { ...site, 'en/catalogue/b/index.html': page('product b, edited') })
    const result = await precompress(second, { previousDir: first })
    expect(result).toMatchObject({ compressed: 1, reused: 4, skipped: 1 })
    // The same data (a hard link), not a copy made again.
    const unchanged = 'en/catalogue/a/index.html.br'
    expect(fs.statSync(path.join(second, unchanged)).ino).toBe(
      fs.statSync(path.join(first, unchanged)).ino,
    )
    const edited = path.join(second, 'en/catalogue/b/index.html')
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${edited}.br`)).toString()).toBe(
      page('product b, edited'),
    )
    expect(zlib.gunzipSync(fs.readFileSync(`${edited}.gz`)).toString()).toBe(
      page('product b, edited'),
    )
    // The previous folder goes after the swap; the reused copies stay whole.
    fs.rmSync(first, { recursive: true })
    const home = path.join(second, 'en/index.html')
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${home}.br`)).toString()).toBe(page('home'))
  })
  // Pages as an incremental build leaves them: Astro's cache holds the copy of each keyed page
  // (written when it renders), the new folder a copy of that (pageMemo.ts).
  it('links the copies of pages Astro copied from its cache unread, and compresses those it rendered again', async () => {
    const cacheDir = path.join(root, 'memo-cache')
    const memoFile = path.join(root, 'memo-live.json')
    const pages = {
      'en/index.html': page('home'),
      'en/catalogue/a/index.html': page('product a'),
      'en/catalogue/b/index.html': page('product b'),
      'en/tiny/index.html': '<p>small</p>',
    }
    const render = (files: Record<string, string>) => writeSite(path.join(cacheDir, 'dist'), files)
    const known = () => ({
      memo: new PageMemo<Compressed>(memoFile, 1),
      identity: (file: string) => cachedPageIdentity(cacheDir, file),
    })
    const live = path.join(root, 'memo-1')
    render(pages)
    writeSite(live, pages)
    const first = known()
    expect(await precompress(live, { known: first })).toMatchObject({
      compressed: 3,
      skipped: 1,
    })
    first.memo.save()

    // The next build renders b again, into bytes of the same length (file times tick in steps
    // of a few milliseconds; a later build is seconds later).
    await new Promise((resolve) => setTimeout(resolve, 20))
    const edited = { ...pages, 'en/catalogue/b/index.html': page('product c') }
    render({ 'en/catalogue/b/index.html': edited['en/catalogue/b/index.html'] })
    const next = path.join(root, 'memo-2')
    writeSite(next, edited)
    // The live home page is changed behind the memo's back: compared byte for byte it would be
    // compressed anew; known by its identity, it is linked unread.
    fs.writeFileSync(path.join(live, 'en/index.html'), page('home, not read'))
    const second = known()
    const result = await precompress(next, { previousDir: live, known: second })
    expect(result).toMatchObject({ compressed: 1, reused: 2, skipped: 1 })
    expect(second.memo.hits).toBe(3)
    const b = path.join(next, 'en/catalogue/b/index.html')
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${b}.br`)).toString()).toBe(page('product c'))
    expect(zlib.gunzipSync(fs.readFileSync(`${b}.gz`)).toString()).toBe(page('product c'))
    const a = 'en/catalogue/a/index.html.gz'
    expect(fs.statSync(path.join(next, a)).ino).toBe(fs.statSync(path.join(live, a)).ino)
    expect(fs.existsSync(path.join(next, 'en/tiny/index.html.gz'))).toBe(false)
  })
})

/** A GET or HEAD; the body as the bytes that came, not decoded. */
function request(
  port: number,
  urlPath: string,
  headers: http.OutgoingHttpHeaders = {},
  method = 'GET',
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: urlPath, headers, method },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          )
        },
      )
      req.on('error', reject)
      req.end()
    },
  )
}

const decode = (body: Buffer, encoding: string | undefined) =>
  encoding === 'br'
    ? zlib.brotliDecompressSync(body)
    : encoding === 'gzip'
      ? zlib.gunzipSync(body)
      : body

describe('npm start serves the precompressed copies', () => {
  const dir = path.join(root, 'served')

  it('by Accept-Encoding, with the type, encoding, Vary and security headers; HEAD and 404 too', async () => {
    writeSite(dir, { ...site, '404.html': page('not found') })
    await precompress(dir)
    const server = await serveSite({ dir, port: 0, host: '127.0.0.1' })
    const port = (server.address() as AddressInfo).port
    try {
      const cases = [
        ['/en/', 'gzip, deflate, br, zstd', 'br', 'text/html; charset=utf-8'],
        ['/en/', 'gzip', 'gzip', 'text/html; charset=utf-8'],
        ['/en/', '', undefined, 'text/html; charset=utf-8'],
        ['/en/', 'br;q=0, gzip;q=0', undefined, 'text/html; charset=utf-8'],
        ['/en/', 'gzip;q=0, *', 'br', 'text/html; charset=utf-8'],
        ['/_astro/app.js', 'br', 'br', 'text/javascript; charset=utf-8'],
        ['/en/events.ics', 'gzip', 'gzip', 'text/calendar; charset=utf-8'],
        ['/robots.txt', 'br, gzip', undefined, 'text/plain; charset=utf-8'],
      ] as const
      for (const [urlPath, accept, encoding, type] of cases) {
        const label = `${urlPath} (${accept || 'no Accept-Encoding'})`
        const res = await request(port, urlPath, accept ? { 'accept-encoding': accept } : {})
        expect(res.status, label).toBe(200)
        expect(res.headers['content-encoding'], label).toBe(encoding)
        expect(res.headers['content-type'], label).toBe(type)
        expect(res.headers.vary, label).toBe('Accept-Encoding')
        expect(res.headers['x-frame-options'], label).toBe('DENY')
        expect(res.headers['content-security-policy'], label).toContain("frame-ancestors 'none'")
        const plain = fs.readFileSync(
          path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath),
        )
        expect(decode(res.body, encoding).equals(plain), label).toBe(true)
        expect(Number(res.headers['content-length']), label).toBe(res.body.length)
      }
      const head = await request(port, '/en/', { 'accept-encoding': 'br' }, 'HEAD')
      expect([head.status, head.headers['content-encoding'], head.body.length]).toEqual([
        200,
        'br',
        0,
      ])
      const missing = await request(port, '/nothing/', { 'accept-encoding': 'gzip' })
      expect([missing.status, missing.headers['content-encoding']]).toEqual([404, 'gzip'])
      expect(decode(missing.body, 'gzip').toString()).toBe(page('not found'))
      expect(missing.headers.vary).toBe('Accept-Encoding')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('reads Accept-Encoding by its weights, as RFC 9110 says', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('gzip;q=0.5, br;q=0')).toEqual(['gzip'])
    expect(acceptedEncodings('identity')).toEqual([])
    expect(acceptedEncodings('*;q=0.1')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('BR ; q=1.0')).toEqual(['br'])
    expect(acceptedEncodings(undefined)).toEqual([])
  })
})
