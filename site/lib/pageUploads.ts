/**
 * Which uploaded files (a brochure, an SVG logo, an API description) each page copied into the
 * build output (site/lib/uploads.ts). A page that Astro's incremental build copies from the last
 * build is not rendered, so it copies nothing: cms/build/pageUploads.ts copies its files again
 * after the build, from what this recorded for it the last time it rendered.
 *
 * Astro renders several pages at a time (build.concurrency in astro.config.mjs), their renders
 * interleaving at every await: which page an upload belongs to follows the render's own
 * asynchronous context (AsyncLocalStorage), not a "page now rendering" slot, which the next page
 * to start would take over. The record lives on globalThis because the middleware runs in
 * Astro's built server bundle and the integration in Astro's own process: the same process,
 * other modules.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** A file copied into the output: where it comes from, and its path in the site. */
export type CopiedUpload = { source: string; sitePath: string }

type State = {
  /** The uploads of the page whose render the caller is part of. */
  rendering: AsyncLocalStorage<Map<string, CopiedUpload>>
  pages: Map<string, CopiedUpload[]>
}

const key = Symbol.for('portal.pageUploads')

/** This build's record (created on first use). */
function pageUploadsState(): State {
  const global = globalThis as { [key]?: State }
  return (global[key] ??= { rendering: new AsyncLocalStorage(), pages: new Map() })
}

/** Runs the rendering of one page, recording the uploads it uses under its path. */
export async function recordingUploads<T>(pathname: string, render: () => Promise<T>) {
  const state = pageUploadsState()
  const uploads = new Map<string, CopiedUpload>()
  try {
    return await state.rendering.run(uploads, render)
  } finally {
    state.pages.set(pathname, [...uploads.values()])
  }
}

/** Notes that the page rendering now uses an upload (called for every use, copied or not). */
export function noteUpload(upload: CopiedUpload): void {
  pageUploadsState().rendering.getStore()?.set(upload.sitePath, upload)
}
