import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PartsManifest } from '../../cms/build/searchParts'
import { seedContext } from '../../cms/seed/context'
import { blocksToLexical } from '../../cms/seed/richText'
import { buildSiteInto } from '../helpers/siteBuild'
import { startPayload } from '../helpers/payload'
import { fixture } from '../helpers/world'

/**
 * Incremental builds (astro.config.mjs, experimental.incrementalBuild; the keys in
 * site/lib/pageKeys.ts; the content loader reading only what changed, site/lib/loader.ts), with
 * real builds of a small catalogue: two makers, two categories, five products with images, a
 * brochure, interfaces that make a computed connection, a "works with" link and an event.
 *
 * After each edit, the build must render every page that shows what changed (no page anywhere
 * still shows the old text) and copy every keyed page that does not show it, byte for byte; at
 * the end, the incremental output must equal a full build of the same database.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-incremental-'))
const cacheDir = path.join(root, 'astro-cache')
const locales = ['en', 'bg', 'de']

let payload: Payload
let stop: () => Promise<void>
let dataDir: string
const ids: Record<string, number | string> = {}

type Site = { files: Map<string, string>; copied: Set<string>; log: string }

/**
 * Builds the site as a publish does: into the same output folder each time, with its cache
 * folder (the full build at the end goes elsewhere, with a cache of its own).
 */
async function build(
  name: string,
  outDir = path.join(root, 'site'),
  cache = cacheDir,
): Promise<Site> {
  const logFile = path.join(root, `${name}.log`)
  const allFiles = () =>
    fs.existsSync(outDir)
      ? fs
          .readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
      : []
  // The live site's files as they were: a page taken from the live site is the same file (a
  // hard link, cms/build/livePages.ts), and must not have been written since. Not the search
  // index: it is written after the swap, once the old files are gone and their inode numbers
  // free to be used again; every other file is made while they still exist.
  const live = new Map<bigint, bigint>()
  for (const file of allFiles().filter((f) => !f.startsWith(`pagefind${path.sep}`))) {
    const stat = fs.statSync(path.join(outDir, file), { bigint: true })
    live.set(stat.ino, stat.mtimeNs)
  }
  // Parts of the search index of a few pages, so that each language has several.
  const env = { ...process.env, ASTRO_CACHE_DIR: cache, SEARCH_INDEX_PART_PAGES: '4' }
  await buildSiteInto(outDir, env, logFile)
  // A page removed from the site takes its folder with it (a host would list an empty one).
  const emptyFolders = fs
    .readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((folder) => fs.readdirSync(folder).length === 0)
  expect(emptyFolders, `empty folders after ${name}`).toEqual([])
  const files = new Map<string, string>()
  for (const file of allFiles()) {
    const stat = fs.statSync(path.join(outDir, file), { bigint: true })
    if (live.has(stat.ino) && !file.startsWith(`pagefind${path.sep}`))
      expect(stat.mtimeNs, `${file} written in place`).toBe(live.get(stat.ino))
    if (file.endsWith('.html'))
      files.set(`/${file}`, fs.readFileSync(path.join(outDir, file), 'utf8'))
  }
  const log = fs.readFileSync(logFile, 'utf8')
  // Astro's line for a page it copied from the last build: "├─ /en/…/index.html (restored)".
  const copied = new Set([...log.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!))
  return { files, copied, log }
}

/** The pages that carry a cacheKey from this part: products, members, catalogue, home. */
const keyed = (file: string) =>
  /^\/(en|bg|de)\/(catalogue\/[^/]+\/|catalogue\/|catalogue\/page\/\d+\/|members\/[^/]+\/|members\/|)index\.html$/.test(
    file,
  ) && !file.includes('/api/')

const keyedFiles = (site: Site) => [...site.files.keys()].filter(keyed)
const productPages = (slug: string) => locales.map((l) => `/${l}/catalogue/${slug}/index.html`)

/**
 * After an edit that replaced `before` by `after` everywhere: no page shows `before`, the pages
 * that showed it were rendered, and every keyed page that did not show it is copied, unchanged.
 */
function expectOnlyShowingPagesRendered(
  previous: Site,
  next: Site,
  before: string,
  /** Keyed pages that change although they do not show `before` (home counts the products). */
  changing: string[] = [],
) {
  const stale = [...next.files].filter(([, html]) => html.includes(before)).map(([f]) => f)
  expect(stale, `pages still showing "${before}"`).toEqual([])
  const showing = keyedFiles(previous).filter((f) => previous.files.get(f)!.includes(before))
  expect(showing.length).toBeGreaterThan(0)
  for (const file of showing) expect(next.copied.has(file), `${file} was copied`).toBe(false)
  const others = keyedFiles(previous).filter(
    (f) => !showing.includes(f) && !changing.includes(f) && next.files.has(f),
  )
  for (const file of others) {
    expect(next.files.get(file), `${file} changed`).toBe(previous.files.get(file))
    expect(next.copied.has(file), `${file} was rendered again`).toBe(true)
  }
  return { showing, others }
}

const sys = { overrideAccess: true, context: { ...seedContext } }
const publish = { _status: 'published' as const }

async function createCatalogue() {
  const category = async (name: string) =>
    (await payload.create({ collection: 'categories', data: { name, ...publish }, ...sys })).id
  ids.cloud = await category('Cloudware')
  ids.data = await category('Dataware')
  const member = async (name: string, sector: number | string) =>
    (
      await payload.create({
        collection: 'members',
        data: { name, country: 'BG', city: 'Plovdiv', sectors: [sector], ...publish } as never,
        ...sys,
      })
    ).id
  ids.alpha = await member('Alphasoft Works', ids.cloud)
  ids.beta = await member('Betadata Labs', ids.data)
  ids.image = (
    await payload.create({
      collection: 'media',
      data: { alt: 'Dashboard view', owner: ids.alpha } as never,
      filePath: fixture('image.png'),
      ...sys,
    })
  ).id
  ids.brochure = (
    await payload.create({
      collection: 'documents',
      data: { title: 'Orbit brochure', owner: ids.alpha } as never,
      filePath: fixture('doc.pdf'),
      ...sys,
    })
  ).id
  ids.peppol = (
    await payload.create({
      collection: 'protocols',
      data: { name: 'PEPPOL BIS', slug: 'peppol-bis', family: 'business-documents', ...publish },
      ...sys,
    })
  ).id
  const product = async (name: string, data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'products',
        data: { name, kind: 'product', summary: 'Made for a small catalogue', ...data, ...publish },
        ...sys,
      } as never)
    ).id as number
  ids.orbit = await product('Orbitplan', {
    member: ids.alpha,
    categories: [ids.cloud],
    images: [ids.image],
    brochure: ids.brochure,
    interfaces: [{ protocol: ids.peppol, role: 'provides', version: '3' }],
    description: blocksToLexical(['Plans every orbit of the fleet.', '- Route planning']),
  })
  ids.ledger = await product('Ledgerly', { member: ids.alpha, categories: [ids.data] })
  ids.invoice = await product('Invoicely', {
    member: ids.beta,
    categories: [ids.cloud],
    interfaces: [{ protocol: ids.peppol, role: 'consumes', version: '3.0' }],
    integrations: [ids.ledger],
  })
  ids.lake = await product('Lakehouse', { member: ids.beta, categories: [ids.data] })
  ids.sensor = await product('Sensorix', { member: ids.beta })
  await payload.create({
    collection: 'events',
    data: {
      title: 'Orbit Summit',
      slug: 'orbit-summit',
      kind: 'conference',
      start: '2031-05-01T09:00:00Z',
      end: '2031-05-01T17:00:00Z',
      timeZone: 'Europe/Sofia',
      organisers: [ids.alpha],
      ...publish,
    } as never,
    ...sys,
  })
}

let first: Site
/** The last two builds: each case compares its build with the one before. */
let previous: Site
let last: Site

beforeAll(async () => {
  ;({ payload, stop, dataDir } = await startPayload('incremental'))
  await createCatalogue()
  first = await build('first')
  last = first
}, 600_000)

afterAll(async () => {
  await stop?.()
  fs.rmSync(root, { recursive: true, force: true })
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('incremental builds', { timeout: 600_000 }, () => {
  it('copy every keyed page unchanged when nothing changed, and read no document', async () => {
    const second = await build('second')
    ;[previous, last] = [last, second]
    const files = keyedFiles(first)
    // 5 products, 2 members, their lists, the catalogue and home, in 3 languages.
    expect(files.length).toBe(3 * (5 + 2 + 1 + 1 + 1))
    for (const file of files) {
      expect(second.files.get(file), file).toBe(first.files.get(file))
      expect(second.copied.has(file), `${file} copied`).toBe(true)
    }
    expect(second.log).toMatch(/products: unchanged/)
    // No page changed: every part of the search index is taken from the live one.
    expect(second.log).toMatch(/pagefind: 0 parts of \d+ indexed \(0 pages\), [1-9]\d* kept/)
    // Taken from the live site as links, not copied from the cache (cms/build/livePages.ts).
    expect(second.log).toMatch(/unchanged pages: [1-9]\d* linked from the live site/)
    // The brochure of a copied product page is in the new output too (cms/build/pageUploads.ts).
    const brochure = first.files
      .get('/en/catalogue/orbitplan/index.html')!
      .match(/href="(\/files\/[^"]+)"/)?.[1]
    expect(brochure).toBeDefined()
    expect(fs.existsSync(path.join(root, 'site', decodeURI(brochure!)))).toBe(true)
    // The pages read the store from its file: Astro's module of it is never made.
    expect(first.log).toMatch(/the pages read the content store from its file \(\d+ bytes\)/)
    expect(first.log).toContain('the store of the content sync is let go')
    // Rich text is kept without Lexical's keys that say nothing (compactRichText), and shown.
    const store = fs.readFileSync(path.join(cacheDir, 'data-store.json'), 'utf8')
    expect(store).toContain('Plans every orbit of the fleet.')
    expect(store).not.toMatch(/"(detail|mode|textFormat|direction)":/)
    const page = first.files.get('/en/catalogue/orbitplan/index.html')!
    expect(page).toContain('<p>Plans every orbit of the fleet.</p>')
    expect(page).toContain('<ul class="list-bullet"><li>Route planning</li></ul>')
  })

  it('render an edited product in every language, and the pages that list it', async () => {
    await payload.update({
      collection: 'products',
      id: ids.ledger!,
      data: { name: 'Tallyo', ...publish },
      ...sys,
    })
    const next = await build('product')
    ;[previous, last] = [last, next]
    expect(next.log).toMatch(/products: 15 entries, \d+ documents read again/)
    const { showing, others } = expectOnlyShowingPagesRendered(previous, next, 'Ledgerly')
    // Its own pages (under the same slug), the catalogue, its maker, the product that works with it.
    for (const file of [
      ...productPages('ledgerly'),
      '/en/catalogue/index.html',
      '/bg/members/alphasoft-works/index.html',
      '/de/catalogue/invoicely/index.html',
    ])
      expect(showing).toContain(file)
    expect(others.length).toBeGreaterThan(0)
    // Only the parts of the search index that hold a changed page are indexed again.
    const [, indexed, parts] = /pagefind: (\d+) parts of (\d+) indexed/.exec(next.log)!
    expect(Number(indexed)).toBeGreaterThan(0)
    expect(Number(indexed)).toBeLessThan(Number(parts))
  })

  it('render every product page of a maker whose name changed', async () => {
    await payload.update({
      collection: 'members',
      id: ids.alpha!,
      data: { name: 'Alphasoft Group', ...publish },
      ...sys,
    })
    const next = await build('maker')
    ;[previous, last] = [last, next]
    const { showing } = expectOnlyShowingPagesRendered(previous, next, 'Alphasoft Works')
    for (const slug of ['orbitplan', 'ledgerly'])
      for (const file of productPages(slug)) {
        expect(showing).toContain(file)
        expect(next.files.get(file)).toContain('Alphasoft Group')
      }
  })

  it('render every page that shows a renamed category', async () => {
    await payload.update({
      collection: 'categories',
      id: ids.cloud!,
      locale: 'en',
      data: { name: 'Skyware', ...publish },
      ...sys,
    })
    const next = await build('category')
    ;[previous, last] = [last, next]
    const { showing } = expectOnlyShowingPagesRendered(previous, next, 'Cloudware')
    for (const file of [...productPages('orbitplan'), ...productPages('invoicely')]) {
      expect(showing).toContain(file)
      expect(next.files.get(file)).toContain('Skyware')
    }
    expect(showing).toContain('/en/members/index.html')
  })

  it('drop the pages of a product that is no longer published', async () => {
    await payload.update({
      collection: 'products',
      id: ids.lake!,
      data: { _status: 'draft' },
      ...sys,
    })
    const next = await build('unpublished')
    ;[previous, last] = [last, next]
    for (const file of productPages('lakehouse')) expect(next.files.has(file), file).toBe(false)
    // Linked from the live site before Astro knew it would not build them, and removed again.
    expect(next.log).toMatch(/unchanged pages: [1-9]\d* linked pages no longer built, removed/)
    const homes = locales.map((l) => `/${l}/index.html`)
    expectOnlyShowingPagesRendered(previous, next, 'Lakehouse', homes)
    for (const home of homes) expect(next.copied.has(home), home).toBe(false)
  })

  it('come out as a full build of the same content would', async () => {
    const full = await build('full', path.join(root, 'full'), path.join(root, 'fresh-cache'))
    expect(full.copied.size).toBe(0)
    expect([...last.files.keys()].sort()).toEqual([...full.files.keys()].sort())
    for (const [file, html] of full.files) expect(last.files.get(file), file).toBe(html)
    // What the pipeline derives from the pages, reading only those rendered again (pageMemo.ts):
    // the CSP hashes, every compressed copy and the index's page counts match the full build's.
    const site = path.join(root, 'site')
    const fullSite = path.join(root, 'full')
    expect(last.log).toMatch(/pagefind: [1-9]\d* pages known unread/)
    expect(last.log).toMatch(/precompress: \d+ files compressed, [1-9]\d* reused/)
    expect(fs.readFileSync(path.join(site, '_headers'), 'utf8')).toBe(
      fs.readFileSync(path.join(fullSite, '_headers'), 'utf8'),
    )
    for (const [file, html] of last.files) {
      const copy = (ext: string) => path.join(site, `${file}.${ext}`)
      expect(fs.existsSync(copy('gz')), `${file}.gz`).toBe(
        fs.existsSync(path.join(fullSite, `${file}.gz`)),
      )
      if (fs.existsSync(copy('gz')))
        expect(zlib.gunzipSync(fs.readFileSync(copy('gz'))).toString(), `${file}.gz`).toBe(html)
      if (fs.existsSync(copy('br')))
        expect(
          zlib.brotliDecompressSync(fs.readFileSync(copy('br'))).toString(),
          `${file}.br`,
        ).toBe(html)
    }
    // The search index: the same parts with the same pages; Pagefind names its files by their
    // content, so equal entry files are equal indexes.
    const index = (dir: string) => {
      const parts = fs.readFileSync(path.join(dir, 'pagefind', 'parts.json'), 'utf8')
      const { languages } = JSON.parse(parts) as PartsManifest
      const names = Object.values(languages).flatMap((language) => language.parts)
      expect(names.length).toBeGreaterThan(3)
      const entry = (name: string) =>
        fs.readFileSync(path.join(dir, 'pagefind', name, 'pagefind-entry.json'), 'utf8')
      return { parts, entries: names.map(entry) }
    }
    expect(index(site)).toEqual(index(fullSite))
  })
})
