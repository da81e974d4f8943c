/**
 * The search index reads pages prepared by an earlier index back from its cache
 * (cms/build/searchCache.ts) — and must give the very index a fresh preparation gives: also
 * when an edit elsewhere changed the German dictionary that a kept page was split against.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { indexSite } from '../../cms/build/searchIndex'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`

const site = path.join(root, 'site')
const write = (file: string, html: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
  fs.writeFileSync(path.join(site, file), html)
}
write('en/cloud/index.html', page('en', 'Cloud', 'Managed cloud hosting in Sofia.'))
// "Rechenzentrum" is split against the dictionary: "rechen" and "zentrum" are words of the site
// while the other German page says them.
write('de/hosting/index.html', page('de', 'Hosting', 'Unser Rechenzentrum in Sofia.'))
write('de/words/index.html', page('de', 'Wörter', 'Rechen und Zentrum der Stadt.'))

/** An index of the site (with or without the cache): its log and its files' names. */
async function index(name: string, cacheDir?: string) {
  const lines: string[] = []
  const out = path.join(root, name)
  await indexSite(site, out, (line) => lines.push(line), cacheDir ? { cacheDir } : {})
  const files = fs
    .readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(out, file)).isFile())
    .sort()
  // Pagefind names its index and fragment files by their content: equal names, equal index.
  return { log: lines.join('\n'), files }
}

describe('pages prepared for the search index are kept between indexes', () => {
  const cacheDir = path.join(root, 'cache')

  it('reads back unchanged pages and gives the same index as preparing them anew', async () => {
    const first = await index('first', cacheDir)
    expect(first.log).toMatch(/0 pages as prepared before, 3 prepared anew/)
    const second = await index('second', cacheDir)
    expect(second.log).toMatch(/3 pages as prepared before, 0 prepared anew/)
    expect(second.files).toEqual(first.files)
    expect(second.files).toEqual((await index('fresh-1')).files)
  })

  it('prepares a kept page anew when the dictionary it was split against changed', async () => {
    const before = await index('before', cacheDir)
    // The other page no longer says "Zentrum": the kept page's compound splits differently.
    write('de/words/index.html', page('de', 'Wörter', 'Rechen der Stadt.'))
    const after = await index('after', cacheDir)
    expect(after.files).not.toEqual(before.files)
    expect(after.files).toEqual((await index('fresh-2')).files)
    expect(after.log).toMatch(/1 pages as prepared before, 2 prepared anew/)
    // The changed page's old record is gone; the cache holds the three pages of today.
    expect(after.log).toMatch(/1 old records removed/)
  })
})
