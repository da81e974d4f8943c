/**
 * `npm run bench:lighthouse [-- --dir <built site>] [--out <folder>] [--locale en]`: Lighthouse
 * (its default mobile profile: a mid-range phone, simulated slow 4G) over the built site,
 * served by `npm start`'s own server (cms/scripts/serveSite.ts, precompressed copies and all),
 * one page of each type: home, catalogue, product, event, search (with a query), matchmaking.
 * Prints the four category scores and the bytes transferred (all, and JavaScript) per page;
 * the whole reports (HTML and JSON) go to --out for reading what an audit found.
 *
 * Debian's Chromium (/usr/bin/chromium, or CHROME_PATH) through chrome-launcher; nothing leaves
 * the machine: the site is on loopback and Lighthouse downloads nothing.
 * Exits with 1 when a page misses the targets: performance ≥ 95, the other categories 100.
 *
 * `--runs <n>` audits each page n times and keeps the run of median performance, as Lighthouse's
 * docs advise against the spread of single runs (on this shared machine a page without any
 * JavaScript scored 89 to 97).
 *
 * `--cpu <n>` sets Lighthouse's CPU slowdown (4 in its mobile profile, which assumes a desktop
 * about four times as fast as the phone it emulates, a Moto G Power 2022). `--cpu calibrate`
 * measures this machine first (Lighthouse's benchmarkIndex, on the home page) and divides it by
 * that phone's score, 264, as Chrome DevTools' CPU calibration does: on a slow or busy machine
 * the stock 4× emulates a phone several times slower than the one meant (this two-core machine
 * scored 180 to 430 while other builds ran).
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result, type RunnerResult } from 'lighthouse'

import { siteOutDir } from '../../cms/paths'
import { serveSite } from '../../cms/scripts/serveSite'

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const targets: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    out: { type: 'string' },
    locale: { type: 'string', default: 'en' },
    port: { type: 'string', default: '0' },
    cpu: { type: 'string', default: '4' },
    runs: { type: 'string', default: '1' },
  },
})

const dir = path.resolve(args.dir ?? siteOutDir())
const locale = args.locale!
const out = path.resolve(args.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-')))

const isPage = (folder: string) => fs.existsSync(path.join(dir, folder, 'index.html'))
/** The first sub-folder of `parent` that is a page and none of `except`. */
function firstPage(parent: string, except: string[] = []): string | undefined {
  const root = path.join(dir, parent)
  if (!fs.existsSync(root)) return undefined
  return fs
    .readdirSync(root)
    .sort()
    .filter((name) => !except.includes(name))
    .map((name) => `${parent}/${name}`)
    .find(isPage)
}

/** One page of each type in the built site, as paths; a type the site lacks is left out. */
function pagesToAudit(): { type: string; path: string }[] {
  const product = firstPage(`${locale}/catalogue`, ['page'])
  const events = fs.existsSync(path.join(dir, locale, 'events'))
    ? fs.readdirSync(path.join(dir, locale, 'events')).sort()
    : []
  // An event with matchmaking: its page holds the registration form.
  const matchmaking = events
    .map((slug) => `${locale}/events/${slug}/matchmaking`)
    .find((folder) => isPage(folder))
  const event =
    matchmaking?.replace(/\/matchmaking$/, '') ??
    events.map((slug) => `${locale}/events/${slug}`).find(isPage)
  // A word every catalogue has: the search page runs the query from the address on load.
  const query = product ? product.split('/').pop()!.split('-')[0]! : 'cloud'
  const pages = [
    { type: 'home', path: `${locale}/` },
    { type: 'catalogue', path: `${locale}/catalogue/` },
    product && { type: 'product', path: `${product}/` },
    event && { type: 'event', path: `${event}/` },
    { type: 'search', path: `${locale}/search/?q=${encodeURIComponent(query)}` },
    matchmaking && { type: 'matchmaking', path: `${matchmaking}/` },
  ]
  return pages.filter((p): p is { type: string; path: string } => Boolean(p))
}

/** Bytes sent over the wire: everything, and the scripts alone (from Lighthouse's own audits). */
function transferred(lhr: Result) {
  type Row = { resourceType: string; transferSize: number; requestCount: number }
  const rows = (lhr.audits['resource-summary']?.details as { items?: Row[] } | undefined)?.items
  const of = (kind: string) => rows?.find((row) => row.resourceType === kind)
  return {
    total: of('total')?.transferSize ?? 0,
    script: of('script')?.transferSize ?? 0,
    requests: of('total')?.requestCount ?? 0,
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Audits `url` --runs times; the run whose performance score is the median of them. */
async function medianRun(url: string, port: number, cpuSlowdownMultiplier: number) {
  const runs: RunnerResult[] = []
  for (let i = 0; i < Math.max(1, Number(args.runs) || 1); i++) {
    const run = await lighthouse(url, {
      port,
      output: ['html', 'json'],
      logLevel: 'error',
      onlyCategories: [...categories],
      // Merged into the mobile profile's throttling: only the CPU part changes.
      throttling: { cpuSlowdownMultiplier },
    })
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
    runs.push(run)
  }
  const performance = (run: RunnerResult) => run.lhr.categories.performance?.score ?? 0
  return runs.sort((a, b) => performance(a) - performance(b))[Math.floor(runs.length / 2)]!
}

/** The score of the phone Lighthouse's mobile profile emulates (DevTools' CalibrationController). */
const phoneBenchmark = 264

/** The CPU slowdown to run with: the given number, or this machine's speed over the phone's. */
async function cpuSlowdown(url: string, port: number): Promise<number> {
  if (args.cpu !== 'calibrate') {
    const value = Number(args.cpu)
    if (!(value >= 1)) throw new Error(`--cpu takes a number ≥ 1 or "calibrate" (got ${args.cpu})`)
    return value
  }
  const run = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance'] })
  const index = run?.lhr.environment.benchmarkIndex ?? 0
  const multiplier = Math.min(4, Math.max(1, Math.round((index / phoneBenchmark) * 10) / 10))
  console.log(`benchmarkIndex ${index}: CPU slowdown ${multiplier}× (stock mobile profile: 4×)`)
  return multiplier
}

async function main() {
  if (!fs.existsSync(path.join(dir, locale)))
    throw new Error(`no built site in ${dir} (build one: npm run build:site, or pass --dir)`)
  fs.mkdirSync(out, { recursive: true })
  const server = await serveSite({ dir, port: Number(args.port), host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  const rows: string[][] = []
  let missed = 0
  try {
    const cpuSlowdownMultiplier = await cpuSlowdown(`${origin}/${locale}/`, chrome.port)
    for (const page of pagesToAudit()) {
      const url = `${origin}/${page.path}`
      const run = await medianRun(url, chrome.port, cpuSlowdownMultiplier)
      const { lhr } = run
      const reports = Array.isArray(run.report) ? run.report : [run.report]
      fs.writeFileSync(path.join(out, `${page.type}.html`), reports[0]!)
      fs.writeFileSync(path.join(out, `${page.type}.json`), reports[1] ?? JSON.stringify(lhr))
      const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100))
      const below = categories.filter((c, i) => scores[i]! < targets[c])
      missed += below.length
      const bytes = transferred(lhr)
      rows.push([
        page.type,
        ...scores.map(String),
        kb(bytes.total),
        kb(bytes.script),
        String(bytes.requests),
        String(Math.round(lhr.environment.benchmarkIndex)),
        below.length ? `below target: ${below.join(', ')}` : '',
      ])
      if (lhr.runtimeError) console.error(`${page.type}: ${lhr.runtimeError.message}`)
    }
  } finally {
    await chrome.kill()
    await new Promise((resolve) => server.close(resolve))
  }
  const head = [
    'page',
    'perf',
    'a11y',
    'best',
    'seo',
    'transferred',
    'of it JS',
    'requests',
    'bench',
    '',
  ]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  for (const row of [head, ...rows])
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd : cell.padStart).call(cell, widths[i]!))
        .join('  '),
    )
  console.log(`reports: ${out}`)
  if (missed) process.exitCode = 1
}

await main()
