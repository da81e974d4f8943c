/**
 * Unchanged pages are taken from the live site as hard links, instead of Astro copying each one
 * from its cache. Astro's incremental build copies every page it need not render from
 * `<cacheDir>/dist/` into the fresh output folder, unless the folder already holds the file
 * (astro/dist/core/build/generate.js: `existsInDist`, "cached"); at 10,000 products that was
 * 130,000 copies and 90–106 s of every publish. The live folder holds those very bytes, so:
 *
 * 1. before Astro renders (`astro:build:setup`), every page and endpoint file the last build keyed
 *    (its manifest, `<cacheDir>/incremental-build.json`) is hard-linked from the live folder into
 *    the fresh one;
 * 2. a page Astro renders again is unlinked first, by the middleware (site/lib/livePages.ts), so
 *    that Astro's write makes a new file instead of writing into the live site's (only files
 *    where the middleware finds them from their URL path are linked: cms/shared/builtFiles.ts);
 * 3. once the pages are generated (`astro:build:generated`, before anything reads the output), a
 *    linked page this build did not make (a product unpublished) is removed again.
 *
 * Only when the live folder is what the cache's last build made: buildSite.ts records the
 * manifest's identity once the build's pages are live, and each build uses the record up as it
 * starts. A build that failed after Astro, or a process killed before its swap, leaves no record,
 * and the next build copies from the cache as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { builtFileOf } from '../shared/builtFiles'
import { fileIdentity } from './files'

/** The environment variable through which buildSite.ts names the live folder to link from. */
export const liveDirVariable = 'SITE_LIVE_DIR'

const manifestName = 'incremental-build.json'
const recordName = 'live-build.json'

type Manifest = { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> }
type LiveRecord = { liveDir: string; manifest: string }

/** What the middleware reads (site/lib/livePages.ts): the fresh folder pages were linked into. */
type State = { outDir?: string }
const stateKey = Symbol.for('portal.livePages')
const state = (): State => ((globalThis as { [stateKey]?: State })[stateKey] ??= {})

/** The manifest file's identity (a rewrite changes it). */
const manifestIdentity = (cacheDir: string) => fileIdentity(path.join(cacheDir, manifestName))

/** Removes `folder` and its parents up to (not including) `top` while they are empty. */
function removeEmptyFolders(folder: string, top: string): void {
  const inside = path.resolve(top) + path.sep
  for (let dir = path.resolve(folder); dir.startsWith(inside); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir)
    } catch {
      return // not empty (or gone)
    }
  }
}

/** Records that `liveDir` now holds what the cache's last build made (after the swap). */
export function recordLiveBuild(cacheDir: string, liveDir: string): void {
  const manifest = manifestIdentity(cacheDir)
  if (!manifest) return
  const record: LiveRecord = { liveDir: path.resolve(liveDir), manifest }
  fs.writeFileSync(path.join(cacheDir, recordName), JSON.stringify(record))
}

/**
 * Whether the record says `liveDir` is what the cache's current manifest made. The record is
 * used up: until this build's pages are live, the live folder is not what the cache holds.
 */
function takeLiveBuild(cacheDir: string, liveDir: string): boolean {
  const file = path.join(cacheDir, recordName)
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as LiveRecord
    return (
      record.liveDir === path.resolve(liveDir) && record.manifest === manifestIdentity(cacheDir)
    )
  } catch {
    return false
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/**
 * The files a manifest keyed, as paths in the output: those written where the middleware finds
 * them from their URL path (builtFileOf), which is every page and endpoint of this site.
 */
function keyedPages(cacheDir: string): string[] {
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, manifestName), 'utf8')) as Manifest
  } catch {
    return []
  }
  const pages: string[] = []
  for (const route of Object.values(manifest.routes ?? {}))
    for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
      const file = entry.outputFile && decodeURI(entry.outputFile)
      if (file && file === builtFileOf(pathname)) pages.push(file)
    }
  return pages
}

/**
 * Links the live folder's keyed pages into `outDir`; returns the pages linked. A page missing
 * from the live folder is left to Astro (and no folder is left behind for it).
 */
function linkLivePages(liveDir: string, outDir: string, pages: string[]): string[] {
  const linked: string[] = []
  const made = new Set<string>()
  for (const page of pages) {
    const target = path.join(outDir, page)
    const folder = path.dirname(target)
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    try {
      fs.linkSync(path.join(liveDir, page), target)
      linked.push(page)
    } catch {
      // Not in the live folder (or another device): Astro copies it from its cache.
      removeEmptyFolders(folder, outDir)
      made.delete(folder)
    }
  }
  return linked
}

/**
 * Removes the linked pages that this build did not make: still the live folder's file (same
 * inode) and not keyed in the new manifest. Returns how many.
 */
function removeUnbuilt(
  liveDir: string,
  outDir: string,
  linked: string[],
  keyed: Set<string>,
): number {
  let removed = 0
  for (const page of linked) {
    if (keyed.has(page)) continue
    const inOut = fs.statSync(path.join(outDir, page), { throwIfNoEntry: false })
    const inLive = fs.statSync(path.join(liveDir, page), { throwIfNoEntry: false })
    if (inOut && inLive && inOut.ino === inLive.ino) {
      fs.rmSync(path.join(outDir, page))
      removeEmptyFolders(path.dirname(path.join(outDir, page)), outDir)
      removed++
    }
  }
  return removed
}

/** Astro integration: see the module comment. Does nothing without SITE_LIVE_DIR. */
export function livePages(): AstroIntegration {
  let cacheDir = ''
  let outDir = ''
  let linked: string[] = []
  const liveDir = process.env[liveDirVariable]
  return {
    name: 'portal-live-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        outDir = fileURLToPath(config.outDir)
      },
      // After Astro empties the output folder (core/build/static-build.js, viteBuild) and before
      // it generates a page: the last hook in between.
      'astro:build:setup': ({ target, logger }) => {
        if (target !== 'server' || !liveDir || !fs.existsSync(liveDir)) return
        if (!takeLiveBuild(cacheDir, liveDir)) {
          logger.info(
            'unchanged pages: copied from the cache (the live site is not its last build)',
          )
          return
        }
        state().outDir = outDir
        const started = Date.now()
        linked = linkLivePages(liveDir, outDir, keyedPages(cacheDir))
        logger.info(
          `unchanged pages: ${linked.length} linked from the live site in ` +
            `${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
      },
      'astro:build:generated': ({ logger }) => {
        if (!liveDir || linked.length === 0) return
        state().outDir = undefined
        const removed = removeUnbuilt(liveDir, outDir, linked, new Set(keyedPages(cacheDir)))
        logger.info(`unchanged pages: ${removed} linked pages no longer built, removed`)
      },
    },
  }
}
