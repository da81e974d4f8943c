import fs from 'node:fs'

import { siteOutDir } from '../paths'
import { buildSite } from '../build/buildSite'
import { formatBytes } from '../build/siteFolder'
import { withoutTelemetry } from './adminBuild'
import { beginPhase } from './progress'
import { serveSite } from './serveSite'

/**
 * For `npm start`: builds the portal from the CMS's database into dist/ (each start, so that it
 * shows the current content; the content cache keeps an unchanged build quick). Astro's own
 * output is printed with `verbose`, else shown only when the build fails. A failed build keeps
 * the previous one. Returns whether there is something to serve.
 */
export async function buildPortal(env: NodeJS.ProcessEnv, verbose: boolean): Promise<boolean> {
  const dir = siteOutDir()
  const phase = beginPhase('portal', 'building the site from the CMS, with its search index')
  try {
    const built = await buildSite({
      outDir: dir,
      env: withoutTelemetry(env),
      by: 'startup',
      log: verbose ? (line) => console.log(line) : undefined,
    })
    phase.done(`${built.pages} pages, search index ${formatBytes(built.indexBytes)},`)
    return true
  } catch (error) {
    phase.end()
    console.error(`\n✖ portal: ${(error as Error).message}\n`)
    if (!fs.existsSync(dir)) return false
    console.error('portal: serving the previous build in dist/ instead.')
    return true
  }
}

/**
 * Serves dist/ from this process, which does not depend on the CMS's staying up. Returns the
 * portal's URL, or null when it cannot listen.
 */
export async function servePortal(port: number): Promise<string | null> {
  try {
    await serveSite({ dir: siteOutDir(), port })
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
