import { describe, expect, it } from 'vitest'

import { floorPage } from '../bench/floor'
import { buildPhases } from '../bench/phases'

/** A build log as the benchmark receives it (from a real build at 100 products), one line a second. */
const log = [
  '20:37:57 [vite] Re-optimizing dependencies because lockfile has changed',
  '20:38:05 [content] Syncing content',
  '[20:38:19] INFO: SMTP_HOST is not set: outgoing mail is written as .eml files to /tmp/mail.',
  '20:38:21 [payload-protocols] protocols: 84 entries',
  '20:38:23 [payload-products] products: 291 entries',
  '20:38:24 [content] Synced content',
  '20:38:24 [build] Collecting build info...',
  '20:38:24 [build] ✓ Completed in 26.91s.',
  '20:38:24 [build] Building static entrypoints...',
  '20:38:31 [vite] ✓ built in 7.15s',
  '20:38:33 [build] Rearranging server assets...',
  ' generating static routes ',
  '20:38:33   ├─ /en/index.html (+16ms)',
  '20:40:03 ✓ Completed in 1m 30s.',
  ' generating optimized images ',
  '20:40:03   ▶ /_astro/uploads/a.webp (before: 85kB, after: 3kB) (+219ms) (1/246)',
  '20:40:50 ✓ Completed in 47.56s.',
  '20:40:50 [build] ✓ Completed in 2m 27s.',
  '20:40:51 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
  '20:40:55 [portal-security-headers] _headers: 1935 characters of CSP',
  '20:41:04 [build] Waiting for integration "portal-search-index", hook "astro:build:done"...',
  '20:41:38 [portal-search-index] pagefind: bg 181, de 181, en 181 (of 543 pages read)',
  '20:41:38 [portal-search-index] pagefind: 43.0 s',
  '20:41:55 [build] 1193 page(s) built in 3m 58s',
  'astro build: 249.7 s',
  'pages are live: 1193 pages in 255.1 s; the search index follows',
  'search index is live: 12.0 s',
]

/** The lines stamped one second apart from t = 0 (seconds are easy to read in the test). */
const stamped = (lines: string[]) => lines.map((line, i) => ({ t: (i + 1) * 1000, line }))

describe('the benchmark reads the phases of a build from its log', () => {
  it('splits the build at Astro’s steps and the integrations’ hooks, in order', () => {
    const lines = stamped(log)
    const phases = buildPhases(lines, 0, lines.length * 1000 + 500)
    expect(phases.map((p) => [p.name, p.ms / 1000])).toEqual([
      ['start (Node, Astro config, CMS)', 2],
      ['content sync', 4],
      ['collect build info', 3],
      ['vite build', 3],
      ['routes (render pages)', 2],
      ['images', 3],
      ['sitemap', 2],
      ['headers (CSP hashes)', 1],
      ['search index (Pagefind)', 3],
      ['other build-done hooks', 1],
      ['astro exit', 1],
      ['compress, swap the pages in', 1],
      ['search index (Pagefind)', 1],
      ['other', 0.5],
    ])
    // Each collection, when its loader was done; Payload's own log line is not a collection.
    expect(phases[1]!.note).toBe('collections done at (s): protocols 2.0, products 3.0')
  })

  it('still reads a build whose pipeline prints fewer steps (no images, no hooks logged)', () => {
    const lines = stamped(
      log.filter((line) => !/optimized images|▶|47\.56s|\[portal-|sitemap/.test(line)),
    )
    const names = buildPhases(lines, 0, lines.length * 1000).map((p) => p.name)
    expect(names).toEqual([
      'start (Node, Astro config, CMS)',
      'content sync',
      'collect build info',
      'vite build',
      'routes (render pages)',
      'other build-done hooks',
      'astro exit',
      'compress, swap the pages in',
      'search index (Pagefind)',
    ])
  })
})

describe('the floor renders what the portal built', () => {
  const html =
    '<!doctype html><html lang="bg" dir="ltr"><head><title>Облак &amp; ERP</title></head>' +
    '<body><nav>menu</nav><main id="main" data-pagefind-body><h1>Облак</h1></main><footer>f</footer></body></html>'

  it('keeps each page’s path, language, title and whole <main>, not the chrome around it', () => {
    expect(floorPage('bg/catalogue/erp/index.html', html)).toEqual({
      path: 'bg/catalogue/erp',
      lang: 'bg',
      title: 'Облак &amp; ERP',
      main: '<main id="main" data-pagefind-body><h1>Облак</h1></main>',
    })
  })

  it('maps the root page and a bare .html file, and keeps a page without <main> empty', () => {
    expect(floorPage('index.html', html).path).toBe('')
    expect(floorPage('404.html', '<html lang="en"><body>gone</body></html>')).toEqual({
      path: '404',
      lang: 'en',
      title: '',
      main: '',
    })
  })
})
