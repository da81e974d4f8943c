/**
 * The portal's search index: Pagefind over the HTML that `astro build` just wrote, run in the
 * build's `astro:build:done` hook (as Astro Starlight does), so that `astro build` alone gives a
 * complete site. Pagefind splits the index by `<html lang>`; pages mark what to index with
 * `data-pagefind-body` and their facets with `data-pagefind-filter` (site/lib/search.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

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
    const added = await created.index.addDirectory({ path: siteDir })
    check('addDirectory', added.errors)
    if (added.page_count === 0) throw new Error('pagefind found no page with data-pagefind-body')
    const outputPath = path.join(siteDir, 'pagefind')
    const written = await created.index.writeFiles({ outputPath })
    check('writeFiles', written.errors)
    logger.info(`pagefind: ${indexedPages(outputPath)} (of ${added.page_count} pages read)`)
    logger.info(`pagefind: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    // Pagefind indexes in a service process of its own, which close() stops.
    await pagefind.close()
  }
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
