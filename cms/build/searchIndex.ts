/**
 * The portal's search index: Pagefind over the built HTML. Pagefind splits the index by
 * `<html lang>`; pages mark what to index with `data-pagefind-body` and their facets with
 * `data-pagefind-filter` (site/lib/search.ts). Each page is given to Pagefind as searchHtml.ts
 * prepares it: with the Bulgarian and German search terms Pagefind cannot derive itself
 * (cms/shared/searchTerms.ts), key facts out of the excerpts, and weights. The files written to
 * the site are not changed. Each language's index is made in parts (searchParts.ts), and a part
 * whose pages did not change is taken from the live index.
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

import { projectRoot } from '../paths'
import { cachedPageIdentity, PageMemo } from './pageMemo'
import { codeDigest, PreparedPages, type PreparedRecord } from './searchCache'
import { pageWords, prepareRecorded, readPage } from './searchHtml'
import {
  type IndexedPage,
  type Part,
  PartAnswers,
  partPagesFrom,
  partSignature,
  partsFile,
  type PartsManifest,
  readPartMark,
  splitIntoParts,
  groupOfFile,
  writePartMark,
} from './searchParts'
import { linkTree } from './siteFolder'

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
  /** Pages in the index (those with data-pagefind-body), in parts made anew or kept. */
  pages: number
  /** Characters of HTML handed to Pagefind, all pages together. */
  htmlChars: number
  ms: number
}

/** Where an index build finds what it may reuse, and how it splits the pages. */
export type IndexOptions = {
  /** The build's cache folder: pages prepared before (searchCache.ts) and what they were. */
  cacheDir?: string
  /** The live index: parts whose pages did not change are linked from it (needs `cacheDir`). */
  previousDir?: string
  /** Pages per part of a language's index (searchParts.ts); SEARCH_INDEX_PART_PAGES by default. */
  partPages?: number
}

/**
 * Indexes the HTML pages of `siteDir` into the folder `outputPath` (written whole; it need not
 * be inside the site), in parts (searchParts.ts). Throws on any Pagefind error or when no page
 * is indexed.
 */
export async function indexSite(
  siteDir: string,
  outputPath: string,
  log: (line: string) => void = () => {},
  options: IndexOptions = {},
): Promise<IndexStats> {
  const started = Date.now()
  const partPages = options.partPages ?? partPagesFrom(process.env)
  try {
    // Pages prepared by an earlier index, by the hash of their bytes (searchCache.ts).
    const cache = options.cacheDir ? new PreparedPages(options.cacheDir) : undefined
    const answers = options.cacheDir ? new PartAnswers(options.cacheDir) : undefined
    const { files, unread } = listPages(siteDir, options.cacheDir)
    const listedAt = Date.now()
    const read = (file: string) => readPage(fs.readFileSync(path.join(siteDir, file), 'utf8'))
    const known = dictionaries(
      (function* () {
        // Only German splits compounds: other pages need not be parsed for the dictionary.
        for (const { file, lang, key } of files)
          if (lang === 'de') yield { lang, words: cache?.get(key)?.words ?? pageWords(read(file)) }
      })(),
    )
    const holds = (lang: string, asked: [string, boolean][]) =>
      asked.every(([part, answer]) => (known.get(lang)?.(part) ?? false) === answer)
    /** A page as Pagefind reads it ('' when it has nothing to index), kept or prepared anew. */
    const prepared = ({ file, lang, key }: IndexedPage): PreparedRecord => {
      const kept = cache?.get(key)
      if (kept && holds(lang ?? '', kept.asked)) {
        cache!.hits++
        return kept
      }
      const page = read(file)
      // Before preparing, which adds the search terms to the page's text.
      const words = page.lang === 'de' ? pageWords(page) : undefined
      const made = page.body
        ? prepareRecorded(page, lang ? known.get(lang) : undefined)
        : { content: '', asked: [] }
      if (cache) {
        cache.misses++
        cache.put(key, { ...(words ? { words } : {}), ...made })
      }
      return made
    }
    // What prepares and indexes the pages: a part made by other code is made again.
    const code = `${cache ? path.basename(cache.folder) : codeDigest()} ${pagefindVersion()}`
    const manifest: PartsManifest = { version: 1, languages: {} }
    let htmlChars = 0
    let indexed = 0
    let kept = 0
    let addMs = 0
    let writeMs = 0
    const parts = splitIntoParts(files, partPages)
    for (const part of parts) {
      const signature = partSignature(code, part)
      const dir = path.join(outputPath, part.name)
      const previous = options.previousDir ? path.join(options.previousDir, part.name) : undefined
      const asked =
        previous && readPartMark(previous) === signature ? answers?.get(signature) : undefined
      if (previous && asked && holds(part.lang, asked)) {
        // Its pages and the dictionary's answers are those the live part was made of.
        linkTree(previous, dir)
        for (const page of part.pages) cache?.keep(page.key)
        addToManifest(manifest, part.name, readEntry(dir))
        kept++
        continue
      }
      const made = await indexPart(part, dir, prepared)
      htmlChars += made.htmlChars
      addMs += made.addMs
      writeMs += made.writeMs
      if (!made.entry) continue
      writePartMark(dir, signature)
      answers?.put(signature, made.asked)
      addToManifest(manifest, part.name, made.entry)
      indexed += made.pages
    }
    const pages = Object.values(manifest.languages).reduce((sum, l) => sum + l.pages, 0)
    if (pages === 0) throw new Error('pagefind found no page with data-pagefind-body')
    fs.mkdirSync(outputPath, { recursive: true })
    fs.writeFileSync(path.join(outputPath, partsFile), JSON.stringify(manifest))
    answers?.prune()
    const ms = Date.now() - started
    const perLanguage = Object.entries(manifest.languages)
      .map(([lang, { pages: count }]) => `${lang} ${count}`)
      .join(', ')
    log(`pagefind: ${perLanguage} (of ${files.length} pages listed)`)
    log(
      `pagefind: ${parts.length - kept} parts of ${parts.length} indexed (${indexed} pages), ` +
        `${kept} kept from the live index (parts of about ${partPages} pages)`,
    )
    if (indexed > 0)
      log(
        `pagefind: ${(htmlChars / 1024 / 1024).toFixed(1)} MiB of HTML indexed, ` +
          `${(htmlChars / indexed / 1024).toFixed(1)} KiB a page`,
      )
    if (options.cacheDir)
      log(`pagefind: ${unread} pages known unread (unchanged since the last index)`)
    if (cache)
      log(
        `pagefind: ${cache.hits} pages as prepared before, ${cache.misses} prepared anew, ` +
          `${cache.prune()} old records removed`,
      )
    const secs = (took: number) => `${(took / 1000).toFixed(1)} s`
    log(
      `pagefind: ${secs(ms)} (listing the pages ${secs(listedAt - started)}, ` +
        `preparing and adding them ${secs(addMs)}, writing the index ${secs(writeMs)}, ` +
        `one part after another)`,
    )
    return { pages, htmlChars, ms }
  } finally {
    // Pagefind indexes in a service process of its own, which close() stops.
    await pagefind.close()
  }
}

/**
 * The pages of the site that have something to index, with their language, group and the key of
 * their bytes. The index of a previous build in the folder is not a page of this one. Pages
 * without data-pagefind-body (comparisons, lists of links) are left out before anything parses
 * them: at 1,000 products they were two pages in three. What a page is to the index is kept by
 * the identity of its bytes (pageMemo.ts): after a publish only the pages Astro rendered again
 * are read here.
 */
function listPages(
  siteDir: string,
  cacheDir: string | undefined,
): { files: IndexedPage[]; unread: number } {
  const listed = cacheDir
    ? new PageMemo<Listed>(path.join(cacheDir, 'indexed-pages.json'), 2)
    : undefined
  const files: IndexedPage[] = []
  for (const file of htmlFiles(siteDir)) {
    if (file.startsWith('pagefind/')) continue
    const identity = cacheDir ? cachedPageIdentity(cacheDir, file) : undefined
    let page = listed?.get(file, identity)
    if (page === undefined) {
      const html = fs.readFileSync(path.join(siteDir, file), 'utf8')
      page = html.includes('data-pagefind-body')
        ? {
            lang: langOf(html) ?? null,
            key: PreparedPages.key(html),
            group: groupOf(html) ?? groupOfFile(file),
          }
        : false
      listed?.set(file, identity, page)
    }
    if (page) files.push({ file, lang: page.lang ?? undefined, key: page.key, group: page.group })
  }
  listed?.save()
  return { files, unread: listed?.hits ?? 0 }
}

/** What indexing one part gave. */
type PartMade = {
  /** Its entry file, or undefined when none of its pages had anything to index. */
  entry: PagefindEntry | undefined
  pages: number
  htmlChars: number
  /** The dictionary's answers its pages depend on. */
  asked: Map<string, boolean>
  addMs: number
  writeMs: number
}

/**
 * Indexes one part into `dir`, in a Pagefind service of its own: Pagefind holds the whole part in
 * memory until it writes it, and its service process keeps what it took until it is stopped.
 */
async function indexPart(
  part: Part,
  dir: string,
  prepared: (page: IndexedPage) => PreparedRecord,
): Promise<PartMade> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`)
  }
  const addFrom = Date.now()
  const made: PartMade = {
    entry: undefined,
    pages: 0,
    htmlChars: 0,
    asked: new Map(),
    addMs: 0,
    writeMs: 0,
  }
  try {
    const created = await pagefind.createIndex({})
    check('createIndex', created.errors)
    if (!created.index) throw new Error('pagefind createIndex returned no index')
    const { index } = created
    // Pages are read again in small batches, not kept: a big catalogue has tens of thousands.
    // Pagefind's service process indexes one batch while this process prepares the next.
    for (let start = 0; start < part.pages.length; start += batchSize) {
      const results = await Promise.all(
        part.pages.slice(start, start + batchSize).flatMap((page) => {
          const { content, asked } = prepared(page)
          for (const [word, answer] of asked) made.asked.set(word, answer)
          if (!content) return []
          made.pages++
          made.htmlChars += content.length
          return [index.addHTMLFile({ sourcePath: page.file, content })]
        }),
      )
      check(
        'addHTMLFile',
        results.flatMap((file) => file.errors),
      )
    }
    const writeFrom = Date.now()
    made.addMs = writeFrom - addFrom
    if (made.pages > 0) {
      const written = await index.writeFiles({ outputPath: dir })
      check('writeFiles', written.errors)
      made.entry = readEntry(dir)
    }
    made.writeMs = Date.now() - writeFrom
    return made
  } finally {
    await pagefind.close()
  }
}

/** Adds a part's languages and pages, from its entry file, to the list of parts. */
function addToManifest(manifest: PartsManifest, name: string, entry: PagefindEntry) {
  for (const [lang, { page_count }] of Object.entries(entry.languages)) {
    const language = (manifest.languages[lang] ??= { pages: 0, parts: [] })
    language.pages += page_count
    language.parts.push(name)
  }
}

const batchSize = 32

/** A page as the index lists it: its language, group and the key of its bytes; or false. */
type Listed = { lang: string | null; key: string; group: string } | false

/** A page's `<html lang>`, read without parsing the page. */
const langOf = (html: string): string | undefined =>
  /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase()

/** The group a page names for its part of the index (SearchMeta.astro), read without parsing. */
const groupOf = (html: string): string | undefined =>
  /<[^>]*\sdata-search-group="([^"]*)"/i.exec(html)?.[1]

/** The installed Pagefind's version: a new one indexes every part again. */
const pagefindVersion = () =>
  (
    JSON.parse(
      fs.readFileSync(path.join(projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf8'),
    ) as { version: string }
  ).version

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
