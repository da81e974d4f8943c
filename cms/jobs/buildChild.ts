/**
 * The site build's process, started by runSiteBuild (runBuild.ts) for the rebuild job, the
 * tests and the benchmark: `buildChild.ts <outDir> <resultFile> [by]` builds the site into
 * outDir with the project's pipeline (buildSite: lock, astro build, swap, then the search index)
 * and writes the outcome as JSON to resultFile; `by` (job, command, startup) goes into the
 * build's record. A process of its own, so that the Next.js server never bundles Astro or
 * Pagefind and a crashed build cannot take the CMS down with it.
 */
import fs from 'node:fs'

import type { BuildRecord } from '../build/buildRecord'
import { buildSite } from '../build/buildSite'

const builders: BuildRecord['by'][] = ['job', 'command', 'startup']
const [outDir, resultFile, by = 'job'] = process.argv.slice(2)
const builder = builders.find((known) => known === by)
if (!outDir || !resultFile || !builder) {
  console.error(`usage: buildChild.ts <outDir> <resultFile> [${builders.join('|')}]`)
  process.exit(2)
}
try {
  const result = await buildSite({
    outDir,
    env: process.env,
    log: (line) => console.log(line),
    by: builder,
  })
  fs.writeFileSync(resultFile, JSON.stringify({ ok: true, ...result }))
  process.exit(0)
} catch (error) {
  // buildSite's message ends with the log's tail, which the parent has already seen.
  const message = (error as Error).message.split('\n--- last lines')[0]
  fs.writeFileSync(resultFile, JSON.stringify({ ok: false, error: message }))
  process.exit(1)
}
