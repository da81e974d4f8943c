/**
 * Uploaded files for the pages an incremental build copied instead of rendering. A page copies
 * the files it uses (a brochure, an SVG logo, an API description) into the output as it renders
 * (site/lib/uploads.ts); a page that Astro restores from its cache renders nothing, and its
 * links would point at files missing from the fresh output folder. The middleware records the
 * files of every page it renders (site/lib/pageUploads.ts); after the build, this copies the
 * files of every page that was not rendered but is in the output, as they were recorded when it
 * last rendered, and keeps the record for the next build in Astro's cache folder.
 *
 * Raster images are left out: Astro makes their variants from its own cache for a restored page
 * and deletes the original from the output anyway.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

type CopiedUpload = { source: string; sitePath: string }
type Record = { [pathname: string]: CopiedUpload[] }
/** What site/lib/pageUploads.ts keeps on globalThis under this key during the build. */
type State = { pages: Map<string, CopiedUpload[]> }
const stateKey = Symbol.for('portal.pageUploads')

const recordName = 'page-uploads.json'

/** Whether a file the page copied stays in the output (raster originals do not). */
const kept = (upload: CopiedUpload) =>
  !upload.sitePath.startsWith('/_astro/') || upload.sitePath.toLowerCase().endsWith('.svg')

function readRecord(file: string): Record {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record
  } catch {
    return {}
  }
}

/** The page's HTML file in the output (build.format 'directory'), from its URL path. */
const pageFile = (outDir: string, pathname: string) =>
  path.join(outDir, decodeURIComponent(pathname), 'index.html')

/**
 * Copies the uploads of the pages in `outDir` that did not render in this build (`rendered`),
 * from the `previous` record; returns the record for the next build and how many files it
 * copied.
 */
function restoreUploads(
  outDir: string,
  previous: Record,
  rendered: Map<string, CopiedUpload[]>,
): { record: Record; copied: number } {
  const record: Record = Object.fromEntries(rendered)
  let copied = 0
  for (const [pathname, uploads] of Object.entries(previous)) {
    if (rendered.has(pathname) || !fs.existsSync(pageFile(outDir, pathname))) continue
    record[pathname] = uploads
    for (const upload of uploads.filter(kept)) {
      const target = path.join(outDir, upload.sitePath)
      if (fs.existsSync(target) || !fs.existsSync(upload.source)) continue
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(upload.source, target)
      copied++
    }
  }
  return { record, copied }
}

/** Astro integration: see the module comment. */
export function pageUploads(): AstroIntegration {
  let recordFile = ''
  return {
    name: 'portal-page-uploads',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = path.join(fileURLToPath(config.cacheDir), recordName)
      },
      'astro:build:done': ({ dir, logger }) => {
        const state = (globalThis as { [stateKey]?: State })[stateKey]
        const rendered = state?.pages ?? new Map<string, CopiedUpload[]>()
        const { record, copied } = restoreUploads(
          fileURLToPath(dir),
          readRecord(recordFile),
          rendered,
        )
        fs.mkdirSync(path.dirname(recordFile), { recursive: true })
        fs.writeFileSync(recordFile, JSON.stringify(record))
        logger.info(`uploads of pages not rendered again: ${copied} files copied`)
      },
    },
  }
}
