import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { cachedPageIdentity, PageMemo } from '../../cms/build/pageMemo'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'page-memo-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const cacheDir = path.join(root, 'astro-cache')
const page = 'en/catalogue/a/index.html'
/** Astro's cached copy of a page, as generate.js writes it when the page renders. */
const render = (html: string) => {
  const file = path.join(cacheDir, 'dist', page)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, html)
}

describe('what the build keeps of a page until it changes', () => {
  it('forgets a page Astro rendered again, even into bytes of the same length', async () => {
    render('<main>Ledgerly</main>')
    const before = cachedPageIdentity(cacheDir, page)
    expect(before).toBeDefined()
    const memo = new PageMemo<string>(path.join(root, 'memo.json'), 1)
    memo.set(page, before, 'hashes of Ledgerly')
    memo.save()

    // Copied from the cache: the cached file is untouched, so the value holds.
    const kept = new PageMemo<string>(path.join(root, 'memo.json'), 1)
    expect(kept.get(page, cachedPageIdentity(cacheDir, page))).toBe('hashes of Ledgerly')
    expect(kept.hits).toBe(1)

    // Rendered again (by a later build: file times tick in steps of up to a few milliseconds),
    // the same size, other bytes.
    await new Promise((resolve) => setTimeout(resolve, 20))
    render('<main>Tallyo!!</main>')
    expect(cachedPageIdentity(cacheDir, page)).not.toBe(before)
    expect(kept.get(page, cachedPageIdentity(cacheDir, page))).toBeUndefined()
  })

  it('knows nothing of a page Astro does not cache', () => {
    expect(cachedPageIdentity(cacheDir, 'en/404.html')).toBeUndefined()
    const memo = new PageMemo<string>(path.join(root, 'uncached.json'), 1)
    memo.set('en/404.html', undefined, 'x')
    memo.save()
    expect(new PageMemo<string>(memo.file, 1).get('en/404.html', undefined)).toBeUndefined()
  })

  it('keeps only the pages of the last run, and ignores another format or a damaged file', () => {
    render('<main>a</main>')
    const identity = cachedPageIdentity(cacheDir, page)
    const file = path.join(root, 'runs.json')
    const first = new PageMemo<number>(file, 1)
    first.set(page, identity, 1)
    first.set('en/gone/index.html', 'x:1:2', 2)
    first.save()
    const second = new PageMemo<number>(file, 1)
    expect(second.get(page, identity)).toBe(1)
    second.save()
    const third = new PageMemo<number>(file, 1)
    expect(third.get(page, identity)).toBe(1)
    expect(third.get('en/gone/index.html', 'x:1:2')).toBeUndefined()
    expect(new PageMemo<number>(file, 2).get(page, identity)).toBeUndefined()
    fs.writeFileSync(file, '{"version":1,"pages":')
    expect(new PageMemo<number>(file, 1).get(page, identity)).toBeUndefined()
    PageMemo.forget(file)
    expect(fs.existsSync(file)).toBe(false)
  })
})
