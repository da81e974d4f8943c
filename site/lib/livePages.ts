/**
 * The middleware's part in taking unchanged pages from the live site (cms/build/livePages.ts):
 * a page linked from the live folder into the fresh output is unlinked before it renders again,
 * so that Astro writes the new page into a file of its own, never into the live site's. The
 * state lives on globalThis: the integration runs in Astro's own process, the middleware in its
 * built server bundle.
 */
import fs from 'node:fs'
import path from 'node:path'

import { builtFileOf } from '@shared/builtFiles'

const stateKey = Symbol.for('portal.livePages')

/**
 * Before a page or endpoint renders: `pathname` is its URL path. Only files at
 * `builtFileOf(pathname)` are ever linked (cms/build/livePages.ts), so this is the one to
 * remove.
 */
export function unlinkBeforeRender(pathname: string): void {
  const outDir = (globalThis as { [stateKey]?: { outDir?: string } })[stateKey]?.outDir
  if (!outDir) return
  fs.rmSync(path.join(outDir, builtFileOf(pathname)), { force: true })
}
