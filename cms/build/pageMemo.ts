/**
 * What the build learnt of a page, kept until the page changes, so that a publish does not read
 * every page of the site again after Astro has copied them.
 *
 * Astro's incremental build writes a page's bytes to `<cacheDir>/dist/<file>` each time it renders
 * the page, and copies that file into the output when it does not (astro/dist/core/build/
 * generate.js and incremental.js): so while the cached copy is the same file, unchanged (same
 * inode, size, modification and change times), the page in the output holds the same bytes as
 * when it was last looked at. (File times tick in steps of a few milliseconds at most; a page is
 * rendered again by a later build, seconds later at least.) That is the page's identity here. A
 * page Astro does not cache (no cacheKey: the 404 page, the open-data files) has none and is
 * always read.
 *
 * After a publish at 10,000 products (130,000 pages) three passes used to read every page: the
 * CSP hashes of inline scripts and styles (siteHeaders.ts), the precompressed copies
 * (precompress.ts) and the search index's list of pages (searchIndex.ts). With a memo each reads
 * only the pages Astro rendered again.
 */
import fs from 'node:fs'
import path from 'node:path'

import { fileIdentity, replaceFile } from './files'

/**
 * The identity of the page `file` (its path in the output) as Astro's cache holds it, or
 * undefined when the cache holds no copy of it.
 */
export function cachedPageIdentity(cacheDir: string, file: string): string | undefined {
  return fileIdentity(path.join(cacheDir, 'dist', file))
}

type MemoFile<T> = { version: number; pages: Record<string, [identity: string, value: T]> }

/**
 * Values kept per page under its identity, in one JSON file. `get` answers only for a page whose
 * identity is the one the value was kept under; `save` keeps what was `set` or asked for in this
 * run (pages no longer in the output are dropped), written whole through a rename.
 */
export class PageMemo<T> {
  readonly #previous: MemoFile<T>['pages']
  readonly #next: MemoFile<T>['pages'] = {}
  hits = 0

  /** `version` names the format of the values: a file written with another is not read. */
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    this.#previous = PageMemo.#read<T>(file, version)
  }

  static #read<T>(file: string, version: number): MemoFile<T>['pages'] {
    try {
      const memo = JSON.parse(fs.readFileSync(file, 'utf8')) as MemoFile<T>
      return memo.version === version && memo.pages ? memo.pages : {}
    } catch {
      return {}
    }
  }

  /** The value kept for `page` when it still has `identity`. */
  get(page: string, identity: string | undefined): T | undefined {
    if (identity === undefined) return undefined
    const kept = this.#previous[page]
    if (kept?.[0] !== identity) return undefined
    this.#next[page] = kept
    this.hits++
    return kept[1]
  }

  /** Keeps `value` for `page` while it has `identity` (nothing for a page without one). */
  set(page: string, identity: string | undefined, value: T): void {
    if (identity !== undefined) this.#next[page] = [identity, value]
  }

  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const memo: MemoFile<T> = { version: this.version, pages: this.#next }
    replaceFile(this.file, memo)
  }

  /** Removes the memo file: what it says no longer holds. */
  static forget(file: string): void {
    fs.rmSync(file, { force: true })
  }
}
