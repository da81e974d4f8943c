import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

import { readFacts, type SiteFacts } from './siteFacts'
import { type Parsed, parseHtml, walk } from './siteHtml'

/**
 * The site built by tests/site/globalSetup.ts, with what the database held when it was built.
 * HTML files are parsed once, on first use.
 */
export function loadSite() {
  const { outDir, factsFile, root, dataDir } = inject('site')
  const facts: SiteFacts = readFacts({ outDir, factsFile, root, dataDir })
  // The precompressed copies (`<file>.br`, `<file>.gz`: cms/build/precompress.ts) hold the
  // same text as their file; tests/site/compression.test.ts checks them.
  const all = walk(outDir)
  const plain = new Set(all)
  const files = all.filter((f) => !(/\.(br|gz)$/.test(f) && plain.has(f.slice(0, -3))))
  const fileSet = new Set(files)
  const parsed = new Map<string, Parsed>()

  /** The built file a site path is served from, or undefined when there is none. */
  const fileFor = (urlPath: string): string | undefined => {
    let p = decodeURI(urlPath.split(/[?#]/)[0]).replace(/^\/+/, '')
    if (p === '' || p.endsWith('/')) p += 'index.html'
    return fileSet.has(p) ? p : undefined
  }
  const page = (file: string): Parsed => {
    if (!parsed.has(file)) parsed.set(file, parseHtml(read(file)))
    return parsed.get(file)!
  }
  const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8')
  const htmlFiles = files.filter((f) => f.endsWith('.html'))
  /** Pages of one locale, e.g. `bg/...`. */
  const localePages = (locale: string) => htmlFiles.filter((f) => f.startsWith(`${locale}/`))
  return { outDir, facts, files, htmlFiles, fileFor, page, read, localePages }
}

/**
 * Events that have not ended when the site was built: what feeds and "upcoming" must carry. A
 * postponed event is not among them: its stored date is the old one (no date holds).
 */
export const upcomingEvents = (facts: SiteFacts, locale: string) =>
  facts.docs.events[locale].filter(
    (e) =>
      e.status !== 'postponed' && Date.parse(e.end ?? e.start ?? '') >= Date.parse(facts.builtAt),
  )
