/**
 * Child process of the rebuild job (runBuild.ts): builds the site into the folder named first
 * on the command line with the project's pipeline (buildSite: astro build, Pagefind, swap,
 * lock), and writes the outcome as JSON to the file named second. A process of its own, so
 * that the Next.js server never bundles Astro or Pagefind and a crashed build cannot take the
 * CMS down with it.
 */
import fs from 'node:fs'

import { buildSite } from '../build/buildSite'

const [outDir, resultFile] = process.argv.slice(2)
if (!outDir || !resultFile) {
  console.error('usage: buildChild.ts <outDir> <resultFile>')
  process.exit(2)
}
try {
  const result = await buildSite({
    outDir,
    env: process.env,
    log: (line) => console.log(line),
    by: 'job',
  })
  fs.writeFileSync(resultFile, JSON.stringify({ ok: true, ...result }))
  process.exit(0)
} catch (error) {
  // buildSite's message ends with the log's tail, which the parent has already seen.
  const message = (error as Error).message.split('\n--- last lines')[0]
  fs.writeFileSync(resultFile, JSON.stringify({ ok: false, error: message }))
  process.exit(1)
}
