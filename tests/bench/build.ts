/**
 * `npm run bench:build -- --products 10000 [--edit]`: synthetic content (members, products,
 * events in every locale) in a temporary database, then the real build pipeline (runSiteBuild,
 * as the rebuild job runs it: astro build + Pagefind, swapped in) into a temporary folder.
 * Prints pages, seconds, pages per second, peak memory of the build's whole process tree, the
 * search index size, the build's phases from its log (phases.ts), the floor on the very same
 * pages (floor.ts: a minimal Astro project and Pagefind's CLI) and the ratio to it, and with
 * `--edit` the seconds from one publish to the page served and to search finding it (edit.ts),
 * against the floor of a publish (floor.ts: one product's pages changed in the floor project).
 *
 * Options: --products N (1000), --members N (products/10), --events N (products/50, at least
 * 20), --no-floor (skip the floor), --edit (publish a product edit and a maker rename after the
 * cold build), --warm (build a second time unchanged), --port N (5700, the server for --edit),
 * --keep (keep the temporary folder: its database, build, log and the floor project),
 * --reuse <folder> (a folder kept by --keep: skip the content and the cold build, measure the
 * floor and/or --edit on what it holds; the folder is kept), --cold (with --reuse: build the
 * folder's content cold again, from an empty Astro cache and no live site).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { folderBytes } from '../../cms/build/siteFolder'
import { debounceSeconds } from '../../cms/jobs/queue'
import { runSiteBuild } from '../../cms/jobs/runBuild'
import { lineLog, projectRoot, runTs, siteEnv } from '../helpers/siteBuild'
import { type SiteLocation, siteLocation } from '../helpers/siteFacts'
import { measureEdits } from './edit'
import { type FloorResult, floorRows, measureFloor, publishFloorRows } from './floor'
import { sampleTree } from './memory'
import { buildPhases, type LogLine, type Phase } from './phases'
import { mib, secs, table } from './table'

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '1000' },
    members: { type: 'string' },
    events: { type: 'string' },
    floor: { type: 'boolean', default: true },
    edit: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    port: { type: 'string', default: '5700' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
    cold: { type: 'boolean', default: false },
  },
  allowNegative: true,
})
const products = Number(values.products)
const members = Number(values.members ?? Math.ceil(products / 10))
const events = Number(values.events ?? Math.max(20, Math.ceil(products / 50)))

const here = import.meta.dirname
const version = (pkg: string) =>
  (
    JSON.parse(
      fs.readFileSync(path.join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8'),
    ) as { version: string }
  ).version

type Built = {
  pages: number
  ms: number
  indexBytes: number
  peakTree: number
  peakProcess: number
  peakName: string
  phases: Phase[]
}

/** One build into the location's output folder, as the rebuild job runs it, timed and sampled. */
async function build(location: SiteLocation, env: NodeJS.ProcessEnv, logFile: string) {
  const lines: LogLine[] = []
  const log = lineLog(logFile)
  let sampler: ReturnType<typeof sampleTree> | undefined
  const started = Date.now()
  try {
    const result = await runSiteBuild(location.outDir, {
      env,
      by: 'command',
      onLine: (line) => {
        lines.push({ t: Date.now(), line })
        log.write(line)
      },
      onStart: (pid) => (sampler = sampleTree(pid)),
    })
    const ended = Date.now()
    const memory = sampler!.stop()
    return {
      pages: result.pages,
      ms: ended - started,
      // Measured here, not taken from the build: wherever the index step goes, dist/pagefind is it.
      indexBytes: folderBytes(path.join(location.outDir, 'pagefind')),
      ...memory,
      phases: buildPhases(lines, started, ended),
    } satisfies Built
  } finally {
    sampler?.stop()
    log.close()
  }
}

function report(label: string, r: Built) {
  console.log(`\n${label}`)
  console.log(
    table(
      ['measure', 'value'],
      [
        ['pages', String(r.pages)],
        ['seconds', `${secs(r.ms)} (start of the build process to the site swapped in)`],
        ['pages per second', (r.pages / (r.ms / 1000)).toFixed(0)],
        ['peak memory', `${mib(r.peakTree)} (whole process tree, summed resident memory)`],
        [
          'largest process',
          // Node names its main thread, and so the process, "MainThread".
          `${mib(r.peakProcess)} (${r.peakName === 'MainThread' ? 'node' : r.peakName}, its own peak)`,
        ],
        ['search index', `${mib(r.indexBytes)} (${r.indexBytes} bytes in pagefind/)`],
      ],
    ),
  )
  console.log(`\nphases of the ${label.split(' (')[0]}`)
  console.log(phaseTable(r.phases, r.ms))
}

function phaseTable(phases: Phase[], totalMs: number): string {
  const share = (ms: number) => `${((100 * ms) / totalMs).toFixed(0)} %`
  return table(
    ['phase', 'seconds', 'share', ''],
    phases.map((p) => [p.name, secs(p.ms), share(p.ms), p.note ?? '']),
  )
}

const searchIndexMs = (phases: Phase[]) =>
  phases.filter((p) => p.name.startsWith('search index')).reduce((sum, p) => sum + p.ms, 0)

async function floorReport(
  root: string,
  cold: Built | undefined,
  logFile: string,
): Promise<FloorResult> {
  const workDir = path.join(root, 'floor')
  fs.rmSync(workDir, { recursive: true, force: true })
  const floor = await measureFloor(siteLocation(root).outDir, workDir, logFile, {
    publish: values.edit,
  })
  console.log(
    `\nfloor: the same ${floor.pages} pages' <main> in a minimal Astro project, then Pagefind`,
  )
  const rows = [...floorRows(floor), ...publishFloorRows(floor)]
  console.log(table(['step', 'seconds', 'peak memory', ''], rows))
  if (!cold) return floor
  const floorMs = floor.astroMs + floor.pagefindMs
  const indexMs = searchIndexMs(cold.phases)
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  console.log('\nportal against its floor')
  console.log(
    table(
      ['', 'portal', 'floor', 'ratio'],
      [
        ['whole build', secs(cold.ms), secs(floorMs), ratio(cold.ms, floorMs)],
        [
          'Astro part (all but the index)',
          secs(cold.ms - indexMs),
          secs(floor.astroMs),
          ratio(cold.ms - indexMs, floor.astroMs),
        ],
        ['search index', secs(indexMs), secs(floor.pagefindMs), ratio(indexMs, floor.pagefindMs)],
        [
          'peak memory / Pagefind peak',
          mib(cold.peakTree),
          mib(floor.pagefindPeak),
          ratio(cold.peakTree, floor.pagefindPeak),
        ],
        [
          'search index size',
          mib(cold.indexBytes),
          mib(floor.indexBytes),
          ratio(cold.indexBytes, floor.indexBytes),
        ],
        ['pages', String(cold.pages), String(floor.pages), ''],
      ],
    ),
  )
  return floor
}

async function editReport(
  location: SiteLocation,
  env: NodeJS.ProcessEnv,
  logFile: string,
  floor: FloorResult | undefined,
) {
  const results = await measureEdits({
    outDir: location.outDir,
    env,
    logFile,
    port: Number(values.port),
  })
  const when = (ms: number | null) => (ms === null ? 'not within the limit' : secs(ms))
  console.log(
    `\npublish → visible (the rebuild started at once: the CMS waits its debounce of ` +
      `${debounceSeconds()} s first, not counted here)`,
  )
  console.log(
    table(
      [
        'edit',
        'pages to show it',
        'page served',
        'search finds it',
        'rebuild',
        'pages in the site',
        'peak',
      ],
      results.map((r) => [
        r.label,
        String(r.pages),
        when(r.servedMs),
        when(r.searchMs),
        secs(r.rebuildMs),
        String(r.rebuildPages),
        mib(r.rebuildPeak),
      ]),
    ),
  )
  if (floor?.publish) {
    const served = floor.publish.astroMs
    const search = served + floor.pagefindMs
    const ratio = (ms: number | null, of: number) => (ms === null ? '' : `${(ms / of).toFixed(2)}×`)
    console.log(
      `\npublish against its floor (one product's ${floor.publish.pages.length} pages changed ` +
        `in the floor project: Astro's incremental build, then Pagefind over all pages)`,
    )
    console.log(
      table(
        ['edit', 'served', 'floor', 'ratio', 'search', 'floor', 'ratio'],
        results.map((r) => [
          r.label,
          when(r.servedMs),
          secs(served),
          ratio(r.servedMs, served),
          when(r.searchMs),
          secs(search),
          ratio(r.searchMs, search),
        ]),
      ),
    )
  }
  for (const r of results) {
    console.log(`\nphases of the rebuild after the ${r.kind} edit`)
    console.log(phaseTable(r.phases, r.rebuildMs))
  }
}

/** Makes the content (seed + synthetic) and builds it cold; prints both. */
async function coldBuild(location: SiteLocation, env: NodeJS.ProcessEnv, logFile: string) {
  const args = [String(products), String(members), String(events)]
  await runTs(path.join(here, 'generate.ts'), args, env, logFile)
  const line = fs.readFileSync(logFile, 'utf8').match(/^BENCH_DATA (.*)$/m)?.[1]
  const data = JSON.parse(line ?? '{}') as Record<string, number>
  console.log(
    `\ncontent: ${data.products} products, ${data.members} members, ${data.events} events ` +
      `published (seed ${secs(data.seedMs!)}, synthetic ${secs(data.generateMs!)})`,
  )
  const cold = await build(location, env, logFile)
  report('cold build (empty Astro cache)', cold)
  return cold
}

async function main() {
  const reuse = values.reuse ? path.resolve(values.reuse) : undefined
  const root = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  const keep = values.keep || Boolean(reuse)
  const location = siteLocation(root)
  fs.mkdirSync(location.dataDir, { recursive: true })
  const env = siteEnv(location, crypto.randomBytes(32).toString('hex'))
  // The search index in parts of the size a deployment has (the tests' are small), unless the
  // benchmark's own environment sets one.
  env.SEARCH_INDEX_PART_PAGES = process.env.SEARCH_INDEX_PART_PAGES ?? ''
  const logFile = path.join(root, 'bench.log')
  console.log(
    table(
      ['setting', 'value'],
      [
        [
          'content',
          reuse
            ? `reused: the database${values.cold ? '' : ' and build'} in ${reuse}`
            : `${products} products, ${members} members, ${events} events (+ the seed data)`,
        ],
        ['floor', values.floor ? 'yes' : 'no (--no-floor)'],
        ['edit', values.edit ? `yes, served on port ${values.port}` : 'no (--edit to measure)'],
        ['warm rebuild', values.warm ? 'yes' : 'no'],
        ['folder', `${root}${keep ? ' (kept)' : ' (removed at the end; --keep)'}`],
        ['build heap', `${env.SITE_BUILD_HEAP_MB || 2048} MiB (SITE_BUILD_HEAP_MB)`],
        [
          'tools',
          `Node ${process.versions.node}, Astro ${version('astro')}, Pagefind ${version('pagefind')}`,
        ],
        ['machine', `${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(1)}`],
      ],
    ),
  )
  try {
    let cold: Built | undefined
    if (!reuse) cold = await coldBuild(location, env, logFile)
    else if (values.cold) {
      // What a build leaves beside the database: Astro's cache, the site and its records.
      for (const name of fs.readdirSync(root))
        if (name === 'astro-cache' || name === 'dist' || name.startsWith('dist.'))
          fs.rmSync(path.join(root, name), { recursive: true, force: true })
      cold = await build(location, env, logFile)
      report('cold build of the reused content (empty Astro cache, no live site)', cold)
    }
    const floor = values.floor ? await floorReport(root, cold, logFile) : undefined
    if (values.warm)
      report(
        'second build (unchanged content, Astro cache kept)',
        await build(location, env, logFile),
      )
    if (values.edit) await editReport(location, env, logFile, floor)
    if (keep) console.log(`\nlog: ${logFile}`)
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).message}`)
  process.exit(1)
})
