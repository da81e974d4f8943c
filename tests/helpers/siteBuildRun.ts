/**
 * Child process: builds the site with the project's own pipeline (astro build, then Pagefind,
 * swapped in whole) into the folder named first on the command line, from the database that the
 * environment points at. The result ({ pages, ms, indexBytes }) goes to the optional second
 * argument, a JSON file. Used by the site tests and the build benchmark.
 */
import fs from 'node:fs'

import { buildSite } from '../../cms/build/buildSite'

const [outDir, resultFile] = process.argv.slice(2)
try {
  const result = await buildSite({ outDir, env: process.env, log: (line) => console.log(line) })
  if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result))
  process.exit(0)
} catch (error) {
  console.error(`site build failed: ${(error as Error).message}`)
  process.exit(1)
}
