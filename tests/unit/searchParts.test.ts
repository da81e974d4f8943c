/**
 * The search index in parts (cms/build/searchParts.ts): each language's pages split by their
 * search group, and a later index that takes every part whose pages did not change from the live
 * index, and gives the same index as one made from nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { indexSite } from '../../cms/build/searchIndex'
import { partPagesFrom, type PartsManifest, splitIntoParts } from '../../cms/build/searchParts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-parts-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const page = (lang: string, title: string, text: string, group?: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${text}</p>` +
  (group ? `<div hidden><span data-search-group="${group}"></span></div>` : '') +
  `</main></body></html>`

const site = path.join(root, 'site')
const write = (file: string, html: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
  fs.writeFileSync(path.join(site, file), html)
}

// Three makers, each with its own page and two products, in English; two German pages, where
// "Rechenzentrum" is split against the words of the other page (searchCache.test.ts).
const makers = ['alpha', 'bravo', 'charlie']
for (const maker of makers) {
  write(`en/members/${maker}/index.html`, page('en', maker, `${maker} works.`, `member:${maker}`))
  for (const n of [1, 2])
    write(
      `en/catalogue/${maker}-${n}/index.html`,
      page('en', `${maker} ${n}`, `Product ${n} of ${maker}.`, `member:${maker}`),
    )
}
write('en/about/index.html', page('en', 'About', 'The cluster.'))
write('de/hosting/index.html', page('de', 'Hosting', 'Unser Rechenzentrum in Sofia.'))
write('de/lexikon/index.html', page('de', 'Wörter', 'Rechen und Zentrum der Stadt.'))

const cacheDir = path.join(root, 'cache')

/** Indexes the site into `name`, with the previous index `previous` to take parts from. */
async function index(name: string, previous?: string, partPages = 3) {
  const lines: string[] = []
  const out = path.join(root, name)
  await indexSite(site, out, (line) => lines.push(line), {
    cacheDir,
    ...(previous ? { previousDir: path.join(root, previous) } : {}),
    partPages,
  })
  const manifest = JSON.parse(
    fs.readFileSync(path.join(out, 'parts.json'), 'utf8'),
  ) as PartsManifest
  /** The pages of each part, from Pagefind's fragments (gzipped JSON with a prefix). */
  const urls = new Map<string, string[]>()
  for (const part of Object.values(manifest.languages).flatMap((l) => l.parts)) {
    const fragments = path.join(out, part, 'fragment')
    urls.set(
      part,
      fs
        .readdirSync(fragments)
        .map(
          (file) =>
            (
              JSON.parse(
                zlib
                  .gunzipSync(fs.readFileSync(path.join(fragments, file)))
                  .toString()
                  .replace(/^pagefind_dcd/, ''),
              ) as { url: string }
            ).url,
        )
        .sort(),
    )
  }
  /** The identity of a part's entry file: the same file as the previous index's, or not. */
  const inode = (part: string) => fs.statSync(path.join(out, part, 'pagefind-entry.json')).ino
  const entry = (part: string) =>
    fs.readFileSync(path.join(out, part, 'pagefind-entry.json'), 'utf8')
  return { log: lines.join('\n'), manifest, urls, inode, entry }
}

describe('the search index in parts', () => {
  it('splits each language into parts, keeping a group together, and lists them', async () => {
    const first = await index('first')
    const { en, de } = first.manifest.languages
    expect(en!.pages).toBe(10)
    expect(de!.pages).toBe(2)
    // Ten pages in parts of about three: four parts, unless no group hashed to one of them.
    expect(en!.parts.length).toBeGreaterThanOrEqual(2)
    expect(en!.parts.every((part) => /^en\/\d$/.test(part))).toBe(true)
    const all = [...first.urls.values()].flat().sort()
    expect(all).toHaveLength(12)
    for (const maker of makers) {
      const partOf = (url: string) => [...first.urls].find(([, urls]) => urls.includes(url))![0]
      const parts = new Set(
        [`/en/members/${maker}/`, `/en/catalogue/${maker}-1/`, `/en/catalogue/${maker}-2/`].map(
          partOf,
        ),
      )
      expect(parts.size, maker).toBe(1)
    }
    const parts = en!.parts.length + de!.parts.length
    expect(first.log).toContain(`${parts} parts of ${parts} indexed (12 pages), 0 kept`)
  })

  it('takes the parts whose pages did not change from the live index', async () => {
    const before = await index('before')
    const again = await index('again', 'before')
    expect(again.log).toMatch(/0 parts of \d+ indexed \(0 pages\), \d+ kept from the live index/)
    for (const part of before.urls.keys()) expect(again.inode(part)).toBe(before.inode(part))
    expect(again.manifest).toEqual(before.manifest)

    // An edit to one maker's product: only that maker's part is indexed again.
    write('en/catalogue/bravo-2/index.html', page('en', 'bravo 2', 'Renamed.', 'member:bravo'))
    const edited = await index('edited', 'again')
    const bravo = [...edited.urls].find(([, urls]) => urls.includes('/en/catalogue/bravo-2/'))![0]
    expect(edited.log).toMatch(/1 parts of \d+ indexed/)
    for (const part of edited.urls.keys())
      if (part === bravo) expect(edited.inode(part)).not.toBe(again.inode(part))
      else expect(edited.inode(part)).toBe(again.inode(part))
    // The same index as one made from nothing (Pagefind names its files by their content).
    const fresh = await index('fresh-edited')
    expect(edited.manifest).toEqual(fresh.manifest)
    for (const part of fresh.urls.keys()) expect(edited.entry(part)).toBe(fresh.entry(part))
  })

  it('indexes a part again when its German compounds now split differently', async () => {
    // One page a part: the hosting page's part holds only it, and its bytes never change.
    const before = await index('de-before', undefined, 1)
    const hosting = [...before.urls].find(([, urls]) => urls.includes('/de/hosting/'))![0]
    // (The two German pages' paths hash to different parts of two.)
    expect(before.urls.get(hosting)).toEqual(['/de/hosting/'])
    const kept = await index('de-kept', 'de-before', 1)
    expect(kept.inode(hosting)).toBe(before.inode(hosting))
    // The other German page no longer says "Zentrum": "Rechenzentrum" splits differently.
    write('de/lexikon/index.html', page('de', 'Wörter', 'Rechen der Stadt.'))
    const changed = await index('de-changed', 'de-kept', 1)
    expect(changed.inode(hosting)).not.toBe(kept.inode(hosting))
    expect(changed.entry(hosting)).not.toBe(kept.entry(hosting))
    expect(changed.entry(hosting)).toBe((await index('de-fresh', undefined, 1)).entry(hosting))
  })

  it('assigns a page to the same part every time, and to the same part in every language', () => {
    const pages = ['en', 'bg', 'de'].flatMap((lang) =>
      Array.from({ length: 50 }, (_, n) => ({
        file: `${lang}/p/${n}/index.html`,
        lang,
        key: String(n),
        group: `p/${n}/index.html`,
      })),
    )
    const parts = splitIntoParts(pages, 10)
    const partOf = (file: string) => parts.find((p) => p.pages.some((pg) => pg.file === file))!
    for (let n = 0; n < 50; n++)
      expect(partOf(`bg/p/${n}/index.html`).name.slice(3)).toBe(
        partOf(`en/p/${n}/index.html`).name.slice(3),
      )
    expect(splitIntoParts(pages, 10)).toEqual(parts)
    // Fifty pages in parts of ten: five parts per language, none empty or far over.
    expect(parts.filter((p) => p.lang === 'en').map((p) => p.pages.length)).toHaveLength(5)
    for (const part of parts) expect(part.pages.length).toBeLessThan(25)
  })

  it('reads the part size from SEARCH_INDEX_PART_PAGES, with a clear error for a bad one', () => {
    expect(partPagesFrom({})).toBe(2000)
    expect(partPagesFrom({ SEARCH_INDEX_PART_PAGES: ' 500 ' })).toBe(500)
    for (const bad of ['0', '-3', '2.5', 'many'])
      expect(() => partPagesFrom({ SEARCH_INDEX_PART_PAGES: bad })).toThrow(
        /SEARCH_INDEX_PART_PAGES must be a whole number of pages, at least 1/,
      )
  })
})
