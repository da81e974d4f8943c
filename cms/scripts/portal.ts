import fs from 'node:fs'

import { siteOutDir } from '../paths'
import { buildSite } from '../build/buildSite'
import { formatBytes } from '../build/siteFolder'
import { serveSite } from './serveSite'

/**
 * For `npm start`: builds the portal from the running CMS's database into dist/ (each start, so
 * that it shows the current content; the content cache keeps an unchanged build quick), then
 * serves dist/ from this process, which does not depend on the CMS's staying up. A failed build
 * keeps serving the previous one. Returns the portal's URL, or null when there is nothing to
 * serve.
 */
export async function buildAndServePortal(
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<string | null> {
  const dir = siteOutDir()
  console.log('portal: building the site and its search index …')
  try {
    const built = await buildSite({ outDir: dir, env, by: 'startup' })
    console.log(
      `portal: built ${built.pages} pages in ${(built.ms / 1000).toFixed(1)} s ` +
        `(search index ${formatBytes(built.indexBytes)})`,
    )
  } catch (error) {
    const message = (error as Error).message
    console.error(`\n✖ portal: ${message}\n`)
    if (!fs.existsSync(dir)) return null
    console.error('portal: serving the previous build in dist/ instead.')
  }
  try {
    await serveSite({ dir, port })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    console.error(
      code === 'EADDRINUSE'
        ? `✖ portal: port ${port} is in use; stop what uses it or set SITE_PORT.`
        : `✖ portal: could not serve dist/: ${(error as Error).message}`,
    )
    return null
  }
  return `http://localhost:${port}/`
}
