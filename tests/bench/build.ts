/**
 * `npm run bench:build -- --products 10000`: synthetic content (members, products, events in
 * every locale) in a temporary database, then the real build pipeline (buildSite: astro build +
 * Pagefind) into a temporary folder. Prints pages, seconds, pages per second, peak memory of the
 * build's process tree and the search index size.
 *
 * Options: --products N (1000), --members N (products/10), --events N (products/50, at least
 * 20), --warm (build a second time, reusing Astro's cache), --keep (keep the temporary folder).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { buildSiteInto, runTs, siteEnv } from '../helpers/siteBuild'
import { siteLocation } from '../helpers/siteFacts'
import { sampleTree } from './memory'

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '1000' },
    members: { type: 'string' },
    events: { type: 'string' },
    warm: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const products = Number(values.products)
const members = Number(values.members ?? Math.ceil(products / 10))
const events = Number(values.events ?? Math.max(20, Math.ceil(products / 50)))

const here = import.meta.dirname
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function build(
  location: ReturnType<typeof siteLocation>,
  env: NodeJS.ProcessEnv,
  logFile: string,
) {
  let sampler: ReturnType<typeof sampleTree> | undefined
  const started = Date.now()
  const result = await buildSiteInto(location.outDir, env, logFile, (pid) => {
    sampler = sampleTree(pid)
  })
  const memory = sampler!.stop()
  return { ...result, totalMs: Date.now() - started, ...memory }
}

function report(label: string, r: Awaited<ReturnType<typeof build>>) {
  console.log(`\n${label}`)
  console.log(`  pages              ${r.pages}`)
  console.log(
    `  seconds            ${secs(r.ms)} (buildSite), ${secs(r.totalMs)} with process start`,
  )
  console.log(`  pages per second   ${(r.pages / (r.ms / 1000)).toFixed(0)}`)
  console.log(
    `  peak memory        ${mib(r.peakTree)} (whole build process tree), ${mib(r.peakProcess)} (largest process: ${r.peakName})`,
  )
  console.log(`  search index       ${mib(r.indexBytes)} (${r.indexBytes} bytes)`)
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  const location = siteLocation(root)
  fs.mkdirSync(location.dataDir, { recursive: true })
  const env = siteEnv(location, crypto.randomBytes(32).toString('hex'))
  const logFile = path.join(root, 'bench.log')
  console.log(
    `bench: ${products} products, ${members} members, ${events} events (+ the seed data) in ${root}`,
  )
  try {
    const args = [String(products), String(members), String(events)]
    await runTs(path.join(here, 'generate.ts'), args, env, logFile)
    const line = fs.readFileSync(logFile, 'utf8').match(/^BENCH_DATA (.*)$/m)?.[1]
    const data = JSON.parse(line ?? '{}') as {
      members: number
      products: number
      events: number
      seedMs: number
      generateMs: number
    }
    console.log(
      `content: ${data.products} products, ${data.members} members, ${data.events} events published ` +
        `(seed ${secs(data.seedMs)}, synthetic ${secs(data.generateMs)})`,
    )
    report('cold build (empty Astro cache)', await build(location, env, logFile))
    if (values.warm)
      report(
        'second build (unchanged content, Astro cache kept)',
        await build(location, env, logFile),
      )
    if (values.keep) console.log(`\nlog: ${logFile}`)
  } finally {
    if (!values.keep) fs.rmSync(root, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).message}`)
  process.exit(1)
})
