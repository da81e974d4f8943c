/**
 * The search index in parts. Pagefind has no incremental mode: it indexes a set of pages whole
 * and holds all of them in memory until it writes them (a language of the 10,000-product site,
 * 13,000 pages, took 3.8 GiB and a minute). So each language's pages are split into parts of
 * about `SEARCH_INDEX_PART_PAGES` pages, each a Pagefind bundle of its own in
 * `pagefind/<language>/<n>/`, and the browser merges a language's parts into one search
 * (Pagefind's `mergeIndex`, site/islands/pagefind.ts). `pagefind/parts.json` lists them.
 *
 * A page's part follows from its search group: its maker for a product, its API references and
 * the maker's own page (`data-search-group`, SearchMeta.astro), otherwise its path without the
 * locale. So a publish touches few parts, often one per language, and a part whose pages are
 * byte for byte the same as in the live index (and whose German compound splits the site's
 * dictionary still answers the same) is linked from the live index instead of indexed again.
 *
 * Parts are assigned by a hash, so each holds a fair sample of the language's pages: Pagefind
 * scores a page within its part (term rarity, page length), and merged results are ordered by
 * those scores, which stay comparable when the parts are alike.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { replaceFile } from './files'

/** The variable that sets the pages of a part, and its default. */
export const partPagesVariable = 'SEARCH_INDEX_PART_PAGES'
const defaultPartPages = 2000

/** The pages of a part of the index, from the environment; throws on a value that is not one. */
export function partPagesFrom(env: NodeJS.Dict<string>): number {
  const raw = env[partPagesVariable]?.trim() || String(defaultPartPages)
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(
      `${partPagesVariable} must be a whole number of pages, at least 1 (it is "${raw}"); ` +
        `unset it for the default of ${defaultPartPages}.`,
    )
  return value
}

/** The list of parts in the index folder, which the browser reads first. */
export const partsFile = 'parts.json'

export type PartsManifest = {
  version: 1
  /** Per language (as Pagefind names it): its pages, and its parts' folders in the index. */
  languages: Record<string, { pages: number; parts: string[] }>
}

/** A page as the index lists it. */
export type IndexedPage = { file: string; lang: string | undefined; key: string; group: string }

/** The pages of one part: `name` is its folder in the index (`en/0`). */
export type Part = { name: string; lang: string; pages: IndexedPage[] }

/**
 * A language's pages in parts of about `partPages` pages, by the hash of their groups. The
 * number of parts follows from the number of pages; parts no page hashed to are left out.
 */
export function splitIntoParts(pages: IndexedPage[], partPages: number): Part[] {
  const languages = new Map<string, IndexedPage[]>()
  for (const page of pages) {
    // Pagefind's name for pages without a language.
    const lang = page.lang || 'unknown'
    const ofLang = languages.get(lang) ?? []
    ofLang.push(page)
    languages.set(lang, ofLang)
  }
  const parts: Part[] = []
  for (const [lang, ofLang] of [...languages].sort(([a], [b]) => a.localeCompare(b))) {
    const count = Math.max(1, Math.ceil(ofLang.length / partPages))
    const split = Array.from({ length: count }, () => [] as IndexedPage[])
    for (const page of ofLang) split[partOf(page.group, count)]!.push(page)
    split.forEach((inPart, n) => {
      if (inPart.length > 0) parts.push({ name: `${lang}/${n}`, lang, pages: inPart })
    })
  }
  return parts
}

const partOf = (group: string, count: number) =>
  count === 1 ? 0 : crypto.createHash('sha256').update(group).digest().readUInt32BE(0) % count

/** A page's group when it names none: its path without the locale's folder. */
export const groupOfFile = (file: string): string => file.replace(/^[^/]+\//, '')

/**
 * What a part's index is made of: the code that prepares pages and the Pagefind that indexes
 * them (`code`), and each page's path and bytes.
 */
export function partSignature(code: string, part: Part): string {
  const hash = crypto.createHash('sha256').update(`${code}\n${part.name}\n`)
  for (const page of [...part.pages].sort((a, b) => a.file.localeCompare(b.file)))
    hash.update(`${page.file}\0${page.key}\n`)
  return hash.digest('hex')
}

/** The file in a part's folder that names what the part was made of. */
const markFile = 'portal-part.json'

export const readPartMark = (dir: string): string | undefined => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, markFile), 'utf8')) as { signature: string })
      .signature
  } catch {
    return undefined
  }
}

export const writePartMark = (dir: string, signature: string) =>
  fs.writeFileSync(path.join(dir, markFile), JSON.stringify({ signature }))

/**
 * The German dictionary's answers each part's pages depend on (searchCache.ts), by the part's
 * signature, in `<cacheDir>/pagefind-parts/`: kept out of the served index.
 */
export class PartAnswers {
  readonly #folder: string
  readonly #used = new Set<string>()

  constructor(cacheDir: string) {
    this.#folder = path.join(cacheDir, 'pagefind-parts')
    fs.mkdirSync(this.#folder, { recursive: true })
  }

  get(signature: string): [string, boolean][] | undefined {
    try {
      const asked = JSON.parse(
        fs.readFileSync(path.join(this.#folder, `${signature}.json`), 'utf8'),
      ) as [string, boolean][]
      this.#used.add(signature)
      return asked
    } catch {
      return undefined
    }
  }

  put(signature: string, asked: Iterable<[string, boolean]>): void {
    replaceFile(path.join(this.#folder, `${signature}.json`), [...asked])
    this.#used.add(signature)
  }

  /** Removes the records of parts this index did not have. */
  prune(): void {
    for (const name of fs.readdirSync(this.#folder))
      if (!this.#used.has(name.replace(/\.json$/, '')))
        fs.rmSync(path.join(this.#folder, name), { force: true })
  }
}
