import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  formatHeadersFile,
  headersFor,
  inlineHashes,
  parseHeadersFile,
  siteHeaderRules,
  writeSiteHeaders,
} from '../../cms/build/siteHeaders'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-headers-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const sha = (text: string) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`

describe('the CSP hashes of a built site', () => {
  it('covers every inline script and style the browser runs, and nothing else', () => {
    const dir = path.join(root, 'site')
    fs.mkdirSync(path.join(dir, 'en'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'en', 'index.html'),
      '<html><head><script type="application/ld+json">{"@type":"Thing"}</script>' +
        '<script type="module" src="/_astro/a.js"></script><style>a{color:red}</style></head>' +
        '<body><script>(()=>{self.x=1})()</script><script type="module">import "/b.js"</script>' +
        '<p style="text-align: center;">Hi</p><p style=\'font-family: &quot;A&quot;\'>x</p></body></html>',
    )
    fs.writeFileSync(path.join(dir, 'index.html'), '<script>(()=>{self.x=1})()</script>')
    expect(inlineHashes(dir)).toEqual({
      scripts: [sha('(()=>{self.x=1})()'), sha('import "/b.js"')].sort(),
      styles: [sha('a{color:red}')],
      styleAttributes: [sha('text-align: center;'), sha('font-family: "A"')].sort(),
    })
    const [site] = writeSiteHeaders(dir, { CMS_URL: 'https://cms.example/api-base/' })
    const csp = site!.headers['Content-Security-Policy']!
    expect(csp).toContain("connect-src 'self' https://cms.example;")
    expect(csp).toContain("style-src-attr 'unsafe-hashes' 'sha256-")
    expect(csp).toContain(`'${sha('font-family: "A"')}'`)
    expect(csp).not.toContain('unsafe-inline')
    expect(() => writeSiteHeaders(dir, { CMS_URL: 'cms.example' })).toThrow(/CMS_URL must be/)
  })

  // After a publish, Astro has copied most pages from its cache (pageMemo.ts).
  it('takes the hashes of pages copied unchanged from the last build, and hashes pages rendered again', async () => {
    const dir = path.join(root, 'incremental')
    const cacheDir = path.join(root, 'incremental-cache')
    const pages = {
      'en/a/index.html': '<script>self.a=1</script><style>.a{}</style>',
      'en/b/index.html': '<script>self.b=1</script>',
      'en/404.html': '<script>self.nf=1</script>',
    }
    const write = (base: string, files: Record<string, string>) => {
      for (const [name, html] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(base, name)), { recursive: true })
        fs.writeFileSync(path.join(base, name), html)
      }
    }
    // Astro caches the keyed pages (not the 404 page) when it renders them.
    const { ['en/404.html']: _notCached, ...keyed } = pages
    write(path.join(cacheDir, 'dist'), keyed)
    write(dir, pages)
    expect(inlineHashes(dir, cacheDir).scripts).toEqual(
      [sha('self.a=1'), sha('self.b=1'), sha('self.nf=1')].sort(),
    )

    // The next build renders b and the 404 page again and copies a (file times tick in steps of
    // a few milliseconds; a later build is seconds later). a's file is changed here behind the
    // cache's back: its hashes are known by its identity, unread.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const next = {
      'en/a/index.html': '<script>self.x=1</script><style>.a{}</style>',
      'en/b/index.html': '<script>self.b=2</script>',
      'en/404.html': '<script>self.nf=2</script>',
    }
    write(path.join(cacheDir, 'dist'), { 'en/b/index.html': next['en/b/index.html'] })
    write(dir, next)
    expect(inlineHashes(dir, cacheDir)).toEqual({
      scripts: [sha('self.a=1'), sha('self.b=2'), sha('self.nf=2')].sort(),
      styles: [sha('.a{}')],
      styleAttributes: [],
    })
  })

  it('reads back the _headers file it writes, as Netlify and Cloudflare Pages match paths', () => {
    const rules = siteHeaderRules('http://localhost:3000', {
      scripts: ['sha256-a='],
      styles: [],
      styleAttributes: [],
    })
    const parsed = parseHeadersFile(formatHeadersFile(rules))
    expect(parsed).toEqual(rules)
    expect(headersFor(parsed, '/_astro/x.js')['Cache-Control']).toMatch(/immutable/)
    expect(headersFor(parsed, '/_astro/x.js')['X-Frame-Options']).toBe('DENY')
    expect(headersFor(parsed, '/en/')['Cache-Control']).toBeUndefined()
    // Cloudflare Pages takes header values up to 2,000 characters.
    expect(
      formatHeadersFile(rules)
        .split('\n')
        .every((line) => line.length < 2000),
    ).toBe(true)
  })

  it('lets any web page read the open data, calendars and feeds, but not the pages', () => {
    const rules = parseHeadersFile(
      formatHeadersFile(
        siteHeaderRules('http://localhost:3000', { scripts: [], styles: [], styleAttributes: [] }),
      ),
    )
    for (const open of [
      '/data/en/events.json',
      '/data/schemas/products.schema.json',
      '/en/events.ics',
      '/bg/events/expo.ics',
      '/de/events.xml',
      '/en/publications.xml',
      '/en/rss.xsl',
    ])
      expect(headersFor(rules, open)['Access-Control-Allow-Origin'], open).toBe('*')
    for (const closed of ['/', '/en/', '/en/events/', '/en/developers/', '/_astro/x.js'])
      expect(headersFor(rules, closed)['Access-Control-Allow-Origin'], closed).toBeUndefined()
  })
})
