/**
 * `npm run build:site`: builds the portal from the CMS's database into SITE_OUT_DIR (dist/ by
 * default), or into `--out <dir>` to try a build without touching the live folder.
 */
import path from 'node:path'

import { buildSite } from '../build/buildSite'
import { formatBytes } from '../build/siteFolder'
import { siteOutDir } from '../paths'
import { isMain } from './isMain'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function main() {
  const at = process.argv.indexOf('--out')
  const outDir = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]!) : siteOutDir()
  try {
    const result = await buildSite({ outDir, log: (line) => console.log(line) })
    console.log(
      `\nsite: ${result.pages} pages in ${seconds(result.ms)}, ` +
        `search index ${formatBytes(result.indexBytes)} → ${outDir}`,
    )
  } catch (error) {
    console.error(`\n✖ ${(error as Error).message}\n`)
    process.exit(1)
  }
}

if (isMain(import.meta.url)) void main()
