/**
 * The build pipeline's order (cms/build/buildSite.ts): the new pages go live as soon as Astro is
 * done, with the previous search index still served; then the index is built from the live
 * pages and swapped in whole; a failed index leaves the previous one. Astro is replaced by a
 * stand-in that writes a few pages; Pagefind is real.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { readBuildHistory, readBuildRecord } from '../../cms/build/buildRecord'
import { buildSite } from '../../cms/build/buildSite'
import type { PartsManifest } from '../../cms/build/searchParts'

/** The pages the stand-in for `astro build` writes next: path → HTML. */
let nextPages: Record<string, string> = {}
/** Called when the index build starts, with the live site's folder. */
let onIndex: (siteDir: string) => void = () => {}

vi.mock('../../cms/build/spawnLogged', () => ({
  spawnLogged: (_node: string, _args: string[], options: { env: NodeJS.ProcessEnv }) => {
    const outDir = options.env.SITE_OUT_DIR!
    for (const [file, html] of Object.entries(nextPages)) {
      fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
      fs.writeFileSync(path.join(outDir, file), html)
    }
    return Promise.resolve({ code: 0, signal: null, tail: [] })
  },
}))

vi.mock('../../cms/build/searchIndex', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../cms/build/searchIndex')>()
  return {
    ...real,
    indexSite: vi.fn((siteDir: string, ...rest: [string, (line: string) => void]) => {
      onIndex(siteDir)
      return real.indexSite(siteDir, ...rest)
    }),
  }
})

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-site-index-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const page = (title: string, body = true) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>` +
  `<main ${body ? 'data-pagefind-body' : ''}><h1>${title}</h1><p>About ${title}.</p></main></body></html>`

const read = (outDir: string, file: string) => fs.readFileSync(path.join(outDir, file), 'utf8')
/** The live index's list of parts and each part's Pagefind entry file, as one text. */
const entry = (outDir: string) => {
  const parts = read(outDir, 'pagefind/parts.json')
  const { languages } = JSON.parse(parts) as PartsManifest
  const names = Object.values(languages).flatMap((language) => language.parts)
  return [parts, ...names.map((name) => read(outDir, `pagefind/${name}/pagefind-entry.json`))].join(
    '\n',
  )
}

/** The English pages in the live index, from its list of parts. */
const pageCount = (outDir: string) =>
  (JSON.parse(read(outDir, 'pagefind/parts.json')) as PartsManifest).languages.en?.pages

let outDir: string
beforeEach(() => {
  outDir = fs.mkdtempSync(path.join(root, 'site-'))
  fs.rmSync(outDir, { recursive: true })
  onIndex = () => {}
})

describe('pages first, then the search index', () => {
  it('serves the new pages, with the previous index, while the new index is built', async () => {
    nextPages = { 'en/a/index.html': page('Alpha') }
    await buildSite({ outDir })
    const firstEntry = entry(outDir)
    expect(pageCount(outDir)).toBe(1)

    nextPages = { 'en/a/index.html': page('Alpha'), 'en/b/index.html': page('Bravo') }
    const seen: string[] = []
    onIndex = (siteDir) => {
      // The index reads the live folder, where the new page already is…
      expect(siteDir).toBe(path.resolve(outDir))
      expect(read(outDir, 'en/b/index.html')).toContain('Bravo')
      // …next to the previous index, whole…
      expect(entry(outDir)).toBe(firstEntry)
      // …and the build says so.
      expect(readBuildRecord(outDir)?.searchIndex).toEqual({ result: 'updating' })
      seen.push('index')
    }
    const result = await buildSite({ outDir })
    expect(seen).toEqual(['index'])
    expect(result.searchIndex.result).toBe('succeeded')
    expect(result.pagesMs).toBeLessThanOrEqual(result.ms)
    // Once the build is done, its new page is in the live index.
    expect(pageCount(outDir)).toBe(2)
    expect(readBuildRecord(outDir)?.searchIndex).toMatchObject({ result: 'succeeded' })
    // One build, one entry in the history, however often its record was written.
    expect(readBuildHistory(outDir)).toHaveLength(2)
    // Nothing left next to the site but its records and the memo of its compressed files.
    expect(
      fs.readdirSync(path.dirname(outDir)).filter((n) => n.startsWith(path.basename(outDir))),
    ).toEqual(
      [
        path.basename(outDir),
        `${path.basename(outDir)}.builds.json`,
        `${path.basename(outDir)}.compressed.json`,
        `${path.basename(outDir)}.last-build.json`,
      ].sort(),
    )
  })

  it('keeps the previous index when the new one fails, and records that the pages are live', async () => {
    nextPages = { 'en/a/index.html': page('Alpha') }
    await buildSite({ outDir })
    const firstEntry = entry(outDir)
    // No page marked for the index: Pagefind has nothing to index, which indexSite refuses.
    nextPages = { 'en/c/index.html': page('Charlie', false) }
    const result = await buildSite({ outDir })
    expect(result.searchIndex).toMatchObject({
      result: 'failed',
      error: expect.stringMatching(/no page with data-pagefind-body/),
    })
    expect(read(outDir, 'en/c/index.html')).toContain('Charlie')
    expect(entry(outDir)).toBe(firstEntry)
    expect(readBuildRecord(outDir)).toMatchObject({
      result: 'succeeded',
      searchIndex: { result: 'failed' },
    })
    expect(readBuildRecord(outDir)?.logTail).toMatch(
      /search index failed, the previous index stays/,
    )
  })

  it('leaves `astro build` alone to index the site when run outside the pipeline', async () => {
    // The pipeline defers the index to after its swap; a plain astro build does not.
    const { searchIndex } = await vi.importActual<typeof import('../../cms/build/searchIndex')>(
      '../../cms/build/searchIndex',
    )
    const dir = fs.mkdtempSync(path.join(root, 'astro-'))
    fs.mkdirSync(path.join(dir, 'en'))
    fs.writeFileSync(path.join(dir, 'en', 'index.html'), page('Delta'))
    const hook = searchIndex().hooks['astro:build:done']!
    const logger = { info: () => {} } as never
    const done = (env?: string) => {
      if (env) process.env.SITE_SEARCH_INDEX = env
      else delete process.env.SITE_SEARCH_INDEX
      return hook({ dir: new URL(`file://${dir}/`), logger } as never)
    }
    await done('later')
    expect(fs.existsSync(path.join(dir, 'pagefind'))).toBe(false)
    await done()
    expect(fs.existsSync(path.join(dir, 'pagefind', 'parts.json'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'pagefind', 'en', '0', 'pagefind-entry.json'))).toBe(true)
    delete process.env.SITE_SEARCH_INDEX
  })
})
