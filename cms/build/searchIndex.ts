/**
 * The portal's search index: Pagefind over the built HTML. Pagefind splits the index by
 * `<html lang>`; pages mark what to index with `data-pagefind-body` and their facets with
 * `data-pagefind-filter` (site/lib/search.ts). Each page is given to Pagefind as searchHtml.ts
 * prepares it: with the Bulgarian and German search terms Pagefind cannot derive itself
 * (cms/shared/searchTerms.ts), key facts out of the excerpts, and weights. The files written to
 * the site are not changed.
 *
 * Two ways in: the portal's build pipeline (cms/build/buildSite.ts) swaps the new pages in first
 * and then calls `indexSite` on the live pages, so a publish is served before the index is
 * rebuilt; a plain `astro build` indexes in the `astro:build:done` hook of the `searchIndex()`
 * integration (as Astro Starlight does), so that it alone still gives a complete site. The
 * pipeline sets SITE_SEARCH_INDEX=later for its Astro build, and the hook then leaves it be.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

import { cachedPageIdentity, PageMemo } from './pageMemo'
import { PreparedPages } from './searchCache'
import { pageWords, prepareRecorded, readPage } from './searchHtml'

/** The variable with which buildSite defers the index from `astro build` to after its swap. */
export const searchIndexVariable = 'SITE_SEARCH_INDEX'
export const indexLater = 'later'

/** Astro integration: indexes the built site into <outDir>/pagefind; any Pagefind error fails the build. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'portal-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[searchIndexVariable] === indexLater) {
          logger.info('pagefind: indexed once the pages are live (cms/build/buildSite.ts)')
          return
        }
        const siteDir = fileURLToPath(dir)
        await indexSite(siteDir, path.join(siteDir, 'pagefind'), (line) => logger.info(line))
      },
    },
  }
}

/** What an index build read and wrote. */
export type IndexStats = {
  /** Pages indexed (those with data-pagefind-body). */
  pages: number
  /** Characters of HTML handed to Pagefind, all pages together. */
  htmlChars: number
  ms: number
}

/**
 * Indexes the HTML pages of `siteDir` into the folder `outputPath` (written whole by Pagefind;
 * it need not be inside the site). Throws on any Pagefind error or when no page is indexed.
 */
export async function indexSite(
  siteDir: string,
  outputPath: string,
  log: (line: string) => void = () => {},
  options: { cacheDir?: string } = {},
): Promise<IndexStats> {
  const started = Date.now()
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`)
  }
  try {
    // Pages prepared by an earlier index, by the hash of their bytes (searchCache.ts).
    const cache = options.cacheDir ? new PreparedPages(options.cacheDir) : undefined
    // The index of a previous build in the folder is not a page of this one. Pages without
    // data-pagefind-body (comparisons, lists of links) are left out before anything parses them:
    // at 1,000 products they were two pages in three, and parsing them took most of the time.
    // What a page is to the index is kept by the identity of its bytes (pageMemo.ts): after a
    // publish only the pages Astro rendered again are read here.
    const listed = options.cacheDir
      ? new PageMemo<Listed>(path.join(options.cacheDir, 'indexed-pages.json'), 1)
      : undefined
    const files: { file: string; lang: string | undefined; key: string }[] = []
    for (const file of htmlFiles(siteDir)) {
      if (file.startsWith('pagefind/')) continue
      const identity = options.cacheDir ? cachedPageIdentity(options.cacheDir, file) : undefined
      let page = listed?.get(file, identity)
      if (page === undefined) {
        const html = fs.readFileSync(path.join(siteDir, file), 'utf8')
        page = html.includes('data-pagefind-body')
          ? { lang: langOf(html) ?? null, key: PreparedPages.key(html) }
          : false
        listed?.set(file, identity, page)
      }
      if (page) files.push({ file, lang: page.lang ?? undefined, key: page.key })
    }
    listed?.save()
    const listedAt = Date.now()
    const read = (file: string) => readPage(fs.readFileSync(path.join(siteDir, file), 'utf8'))
    const known = dictionaries(
      (function* () {
        // Only German splits compounds: other pages need not be parsed for the dictionary.
        for (const { file, lang, key } of files)
          if (lang === 'de') yield { lang, words: cache?.get(key)?.words ?? pageWords(read(file)) }
      })(),
    )
    /** A page as Pagefind reads it ('' when it has nothing to index), kept or prepared anew. */
    const prepared = ({ file, lang, key }: (typeof files)[number]): string => {
      const isWord = lang ? known.get(lang) : undefined
      const kept = cache?.get(key)
      if (kept?.asked.every(([part, answer]) => (isWord?.(part) ?? false) === answer)) {
        cache!.hits++
        return kept.content
      }
      const page = read(file)
      // Before preparing, which adds the search terms to the page's text.
      const words = page.lang === 'de' ? pageWords(page) : undefined
      const made = page.body ? prepareRecorded(page, isWord) : { content: '', asked: [] }
      if (cache) {
        cache.misses++
        cache.put(key, { ...(words ? { words } : {}), ...made })
      }
      return made.content
    }
    // One language at a time, each in a Pagefind service of its own: Pagefind holds a whole
    // index in memory until it writes it, and its index is split by language anyway (each
    // language's files are named by it; pagefind-entry.json lists the languages). At 10,000
    // products the three languages in one service peaked at 6.6 GiB.
    const languages = new Map<string, typeof files>()
    for (const file of files) {
      const lang = file.lang ?? ''
      const pages = languages.get(lang) ?? []
      pages.push(file)
      languages.set(lang, pages)
    }
    let indexed = 0
    let htmlChars = 0
    let addMs = 0
    let writeMs = 0
    const entries: PagefindEntry[] = []
    for (const [, pages] of [...languages].sort(([a], [b]) => a.localeCompare(b))) {
      const addFrom = Date.now()
      const created = await pagefind.createIndex({})
      check('createIndex', created.errors)
      if (!created.index) throw new Error('pagefind createIndex returned no index')
      const { index } = created
      // Pages are read again in small batches, not kept: a big catalogue has tens of thousands.
      // Pagefind's service process indexes one batch while this process prepares the next.
      let added = 0
      for (let start = 0; start < pages.length; start += batchSize) {
        const results = await Promise.all(
          pages.slice(start, start + batchSize).flatMap((file) => {
            const content = prepared(file)
            if (!content) return []
            added++
            htmlChars += content.length
            return [index.addHTMLFile({ sourcePath: file.file, content })]
          }),
        )
        check(
          'addHTMLFile',
          results.flatMap((file) => file.errors),
        )
      }
      const writeFrom = Date.now()
      addMs += writeFrom - addFrom
      if (added > 0) {
        const written = await index.writeFiles({ outputPath })
        check('writeFiles', written.errors)
        entries.push(readEntry(outputPath))
        indexed += added
      }
      await pagefind.close()
      writeMs += Date.now() - writeFrom
    }
    if (indexed === 0) throw new Error('pagefind found no page with data-pagefind-body')
    writeEntry(outputPath, entries)
    const ms = Date.now() - started
    log(`pagefind: ${indexedPages(outputPath)} (of ${indexed} pages read)`)
    log(
      `pagefind: ${(htmlChars / 1024 / 1024).toFixed(1)} MiB of HTML indexed, ` +
        `${(htmlChars / indexed / 1024).toFixed(1)} KiB a page`,
    )
    if (listed) log(`pagefind: ${listed.hits} pages known unread (unchanged since the last index)`)
    if (cache)
      log(
        `pagefind: ${cache.hits} pages as prepared before, ${cache.misses} prepared anew, ` +
          `${cache.prune()} old records removed`,
      )
    const secs = (took: number) => `${(took / 1000).toFixed(1)} s`
    log(
      `pagefind: ${secs(ms)} (listing the pages ${secs(listedAt - started)}, ` +
        `preparing and adding them ${secs(addMs)}, writing the index ${secs(writeMs)}, ` +
        `${entries.length} languages one after another)`,
    )
    return { pages: indexed, htmlChars, ms }
  } finally {
    // Pagefind indexes in a service process of its own, which close() stops.
    await pagefind.close()
  }
}

const batchSize = 32

/** A page as the index lists it: its language and the key of its bytes, or false (no body). */
type Listed = { lang: string | null; key: string } | false

/** A page's `<html lang>`, read without parsing the page. */
const langOf = (html: string): string | undefined =>
  /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase()

/** The site's HTML files, as paths in the site with forward slashes. */
const htmlFiles = (siteDir: string): string[] =>
  fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort()

/**
 * Per language, the words the site uses (of four letters or more): the dictionary German
 * compounds are split against, so that a part is only ever a word a page really has.
 */
function dictionaries(
  pages: Iterable<{ lang: string; words: string[] }>,
): Map<string, (part: string) => boolean> {
  const words = new Map<string, Set<string>>()
  for (const page of pages) {
    const set = words.get(page.lang) ?? new Set<string>()
    words.set(page.lang, set)
    for (const word of page.words)
      if (word.length >= 4) set.add(word.toLocaleLowerCase(page.lang || undefined))
  }
  return new Map([...words].map(([lang, set]) => [lang, (part: string) => set.has(part)]))
}

/** Pagefind's entry file: its version, and each language's index (pagefind/src/output/entry.rs). */
type PagefindEntry = {
  version: string
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>
  include_characters: string[]
}

const entryFile = (pagefindDir: string) => path.join(pagefindDir, 'pagefind-entry.json')

const readEntry = (pagefindDir: string) =>
  JSON.parse(fs.readFileSync(entryFile(pagefindDir), 'utf8')) as PagefindEntry

/**
 * The entry file of the languages indexed one by one into the same folder: each writing left
 * an entry with its own language only (the index files themselves are named by language).
 */
function writeEntry(pagefindDir: string, entries: PagefindEntry[]) {
  const merged: PagefindEntry = {
    ...entries[0]!,
    languages: Object.assign(
      {},
      ...entries.map((entry) => entry.languages),
    ) as PagefindEntry['languages'],
  }
  // Two of our languages that Pagefind took for one would have overwritten each other's files.
  const names = entries.flatMap((entry) => Object.keys(entry.languages))
  if (new Set(names).size !== names.length)
    throw new Error(`pagefind indexed a language twice: ${names.join(', ')}`)
  fs.writeFileSync(entryFile(pagefindDir), JSON.stringify(merged))
}

/** Pages indexed per language, from the index's entry file: "bg 64, de 64, en 64". */
function indexedPages(pagefindDir: string): string {
  return Object.entries(readEntry(pagefindDir).languages)
    .map(([language, index]) => `${language} ${index.page_count}`)
    .join(', ')
}
