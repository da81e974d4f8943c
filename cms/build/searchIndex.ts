/**
 * The portal's search index: Pagefind over the HTML that `astro build` just wrote, run in the
 * build's `astro:build:done` hook (as Astro Starlight does), so that `astro build` alone gives a
 * complete site. Pagefind splits the index by `<html lang>`; pages mark what to index with
 * `data-pagefind-body` and their facets with `data-pagefind-filter` (site/lib/search.ts).
 * Each page is given to Pagefind as searchHtml.ts prepares it: with the Bulgarian and German
 * search terms Pagefind cannot derive itself (cms/shared/searchTerms.ts), key facts out of the
 * excerpts, and weights. The files written to the site are not changed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

import { prepareForIndex, pageWords, readPage, type SearchPage } from './searchHtml'

/** Astro integration: indexes the built site into <outDir>/pagefind; any Pagefind error fails the build. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'portal-search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexSite(fileURLToPath(dir), logger),
    },
  }
}

async function indexSite(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = Date.now()
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind ${step}: ${errors.join('; ')}`)
  }
  try {
    const created = await pagefind.createIndex({})
    check('createIndex', created.errors)
    if (!created.index) throw new Error('pagefind createIndex returned no index')
    const pages = readPages(siteDir)
    const known = dictionaries(pages)
    for (const [sourcePath, page] of pages) {
      const added = await created.index.addHTMLFile({
        sourcePath,
        content: prepareForIndex(page, known.get(page.lang)),
      })
      check(`addHTMLFile ${sourcePath}`, added.errors)
    }
    if (pages.size === 0) throw new Error('pagefind found no page with data-pagefind-body')
    const outputPath = path.join(siteDir, 'pagefind')
    const written = await created.index.writeFiles({ outputPath })
    check('writeFiles', written.errors)
    logger.info(`pagefind: ${indexedPages(outputPath)} (of ${pages.size} pages read)`)
    logger.info(`pagefind: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    // Pagefind indexes in a service process of its own, which close() stops.
    await pagefind.close()
  }
}

/** The built pages Pagefind indexes (those with `data-pagefind-body`), by path in the site. */
function readPages(siteDir: string): Map<string, SearchPage> {
  const pages = new Map<string, SearchPage>()
  const files = fs.readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  for (const file of files.filter((f) => f.endsWith('.html')).sort()) {
    const page = readPage(fs.readFileSync(path.join(siteDir, file), 'utf8'))
    if (page.body) pages.set(file.split(path.sep).join('/'), page)
  }
  return pages
}

/**
 * Per language, the words the site uses (of four letters or more): the dictionary German
 * compounds are split against, so that a part is only ever a word a page really has.
 */
function dictionaries(pages: Map<string, SearchPage>): Map<string, (part: string) => boolean> {
  const words = new Map<string, Set<string>>()
  for (const page of pages.values()) {
    const set = words.get(page.lang) ?? new Set<string>()
    words.set(page.lang, set)
    for (const word of pageWords(page))
      if (word.length >= 4) set.add(word.toLocaleLowerCase(page.lang || undefined))
  }
  return new Map([...words].map(([lang, set]) => [lang, (part: string) => set.has(part)]))
}

/** Pages indexed per language, from the index's entry file: "bg 64, de 64, en 64". */
function indexedPages(pagefindDir: string): string {
  const entry = JSON.parse(
    fs.readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>
  }
  return Object.entries(entry.languages)
    .map(([language, index]) => `${language} ${index.page_count}`)
    .join(', ')
}
