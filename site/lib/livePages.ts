/**
 * The middleware's part in taking unchanged pages from the live site (cms/build/livePages.ts):
 * a page linked from the live folder into the fresh output is unlinked before it renders again,
 * so that Astro writes the new page into a file of its own, never into the live site's. The
 * state lives on globalThis: the integration runs in Astro's own process, the middleware in its
 * built server bundle.
 */
import fs from 'node:fs'
import path from 'node:path'

const stateKey = Symbol.for('portal.livePages')

/** Before a page renders: `pathname` is its URL path (ending in `/`). */
export function unlinkBeforeRender(pathname: string): void {
  const outDir = (globalThis as { [stateKey]?: { outDir?: string } })[stateKey]?.outDir
  if (!outDir || !pathname.endsWith('/')) return
  fs.rmSync(path.join(outDir, decodeURIComponent(pathname), 'index.html'), { force: true })
}
