/**
 * Pages prepared for the search index (searchHtml.ts), kept from one index to the next. Pagefind
 * rebuilds its index whole, but preparing a page (parsing it, adding search terms) took three
 * quarters of the index's time at 1,000 products, and a publish changes a handful of pages: the
 * others are read back by the hash of their bytes.
 *
 * A German page's preparation also depends on the site's dictionary (the words German compounds
 * are split against), which any edit may change: each record keeps the dictionary's answers it
 * depends on, and is used only while the dictionary gives the same answers.
 *
 * One file per page under `<dir>/search-<code>/`, where <code> is a digest of the code that
 * prepares pages (this folder's searchHtml.ts, the search terms and the versions of the parser and
 * stemmers), so a new version of the portal does not read an older version's records. Records
 * no index used are removed after each index, and so are the folders of other versions.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'
import { replaceFile } from './files'

export type PreparedRecord = {
  /** A German page's words for the dictionary (pageWords), when it gives any. */
  words?: string[]
  /** The dictionary's answers `content` depends on. */
  asked: [string, boolean][]
  /** What Pagefind reads of the page. */
  content: string
}

/** What prepares a page: its digest names the cache's folder. */
const preparingCode = [
  'cms/build/searchHtml.ts',
  'cms/shared/searchTerms.ts',
  'node_modules/htmlparser2/package.json',
  'node_modules/@orama/stemmers/package.json',
]

export function codeDigest(): string {
  const hash = crypto.createHash('sha256')
  for (const file of preparingCode) {
    hash.update(file)
    hash.update(fs.readFileSync(path.join(projectRoot, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

export class PreparedPages {
  readonly folder: string
  readonly #used = new Set<string>()
  hits = 0
  misses = 0

  /** The cache in `dir` (the build's Astro cache folder). */
  constructor(readonly dir: string) {
    this.folder = path.join(dir, `search-${codeDigest()}`)
    fs.mkdirSync(this.folder, { recursive: true })
  }

  /** The key of a page: the hash of its bytes. */
  static key(html: string): string {
    return crypto.createHash('sha256').update(html).digest('hex')
  }

  #file(key: string) {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`)
  }

  /** The record of a page, if one was kept (a damaged one counts as none). */
  get(key: string): PreparedRecord | undefined {
    try {
      const record = JSON.parse(fs.readFileSync(this.#file(key), 'utf8')) as PreparedRecord
      this.#used.add(key)
      return record
    } catch {
      return undefined
    }
  }

  /** Keeps a page's record (written whole: a new file renamed over the old one). */
  put(key: string, record: PreparedRecord): void {
    const file = this.#file(key)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    replaceFile(file, record)
    this.#used.add(key)
  }

  /** Keeps a page's record although this index did not read it (its part was not indexed again). */
  keep(key: string): void {
    this.#used.add(key)
  }

  /** Removes the records this index did not use and other versions' folders; says how many. */
  prune(): number {
    let removed = 0
    for (const name of fs.readdirSync(this.dir))
      if (name.startsWith('search-') && path.join(this.dir, name) !== this.folder) {
        fs.rmSync(path.join(this.dir, name), { recursive: true, force: true })
        removed++
      }
    for (const entry of fs.readdirSync(this.folder, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue
      const key = entry.name.replace(/\.json$/, '')
      if (this.#used.has(key)) continue
      fs.rmSync(path.join(entry.parentPath, entry.name), { force: true })
      removed++
    }
    return removed
  }
}
