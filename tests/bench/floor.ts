/**
 * The floor of the portal's build: what its own tools need for the very same pages. A minimal
 * Astro project in a temporary folder (its own config, no integrations, one `[...path].astro`
 * page) renders the finished `<main>` of every page of a built site from one NDJSON file, with
 * a minimal layout; then Pagefind's CLI (the binary of the same npm package) indexes that
 * output. The portal's build divided by this total is how far the portal is from its tools.
 *
 * With `--publish` (bench:build with --edit) it also measures the floor of a publish: one
 * product's pages changed, Astro's incremental build (each page keyed by the hash of its line)
 * rendering them and copying the rest from its cache, then Pagefind over all pages again.
 *
 * `npm run bench:floor -- --site <built site folder> [--keep] [--publish]` measures it on a kept
 * build (`npm run bench:build -- --keep` keeps one); bench:build runs it after its own build.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { parseArgs } from 'node:util'

import { spawnLogged } from '../../cms/build/spawnLogged'
import { lineLog, projectRoot } from '../helpers/siteBuild'
import { isMain } from '../../cms/scripts/isMain'
import { folderBytes } from '../../cms/build/siteFolder'
import { sampleTree } from './memory'
import { mib, secs, table } from './table'

export type FloorResult = {
  pages: number
  /** Bytes of the NDJSON file: every page's path, lang, title and `<main>`. */
  dataBytes: number
  extractMs: number
  astroMs: number
  astroPeak: number
  pagefindMs: number
  pagefindPeak: number
  indexBytes: number
  /**
   * With `publish`: a cold build with Astro's incremental cache (`cachedMs`), then the floor's
   * incremental build after one product's pages changed.
   */
  publish?: { pages: string[]; cachedMs: number; astroMs: number; astroPeak: number }
}

type FloorPage = { path: string; lang: string; title: string; main: string }

/** The site's HTML files, relative, with forward slashes. */
function htmlFiles(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}

/** What the floor renders of one built page; a page without `<main>` keeps an empty one. */
export function floorPage(file: string, html: string): FloorPage {
  const start = html.search(/<main[\s>]/i)
  const end = html.lastIndexOf('</main>')
  return {
    // "en/catalogue/x/index.html" → "en/catalogue/x"; "404.html" → "404"; "index.html" → ""
    path: file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''),
    lang: /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '',
    title: /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '',
    main: start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : '',
  }
}

/** Writes one NDJSON line per page of `siteDir` into `file`; gives the page count. */
function extractPages(siteDir: string, file: string): number {
  const out = fs.openSync(file, 'w')
  const seen = new Set<string>()
  try {
    for (const name of htmlFiles(siteDir)) {
      const page = floorPage(name, fs.readFileSync(path.join(siteDir, name), 'utf8'))
      // `a.html` and `a/index.html` would both become /a/: the floor keeps the first.
      if (seen.has(page.path)) continue
      seen.add(page.path)
      fs.writeSync(out, `${JSON.stringify(page)}\n`)
    }
  } finally {
    fs.closeSync(out)
  }
  return seen.size
}

/**
 * The page of the floor project. getStaticPaths reads the file line by line for the paths and
 * keeps each page's byte range only; each page reads its own line, so the floor holds no more
 * of the site in memory than rendering needs (at 50,000 products the file has gigabytes).
 */
const pageSource = (dataFile: string) => `---
import crypto from 'node:crypto'
import fs from 'node:fs'
import readline from 'node:readline'

// Written into both places: Astro hoists getStaticPaths out of the page, away from its consts.
// Each page's cacheKey is the hash of its line, as the portal's keys hash what a page shows.
export async function getStaticPaths() {
  const input = fs.createReadStream(${JSON.stringify(dataFile)})
  const paths = []
  let start = 0
  // JSON.stringify escapes every line break inside a page: each line is one page.
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const end = start + Buffer.byteLength(line)
    const page = JSON.parse(line)
    const cacheKey = crypto.createHash('sha256').update(line).digest('hex')
    paths.push({ params: { path: page.path || undefined }, props: { start, end }, cacheKey })
    start = end + 1
  }
  return paths
}

const { start, end } = Astro.props
const buffer = Buffer.alloc(end - start)
const fd = fs.openSync(${JSON.stringify(dataFile)}, 'r')
fs.readSync(fd, buffer, 0, buffer.length, start)
fs.closeSync(fd)
const { lang, title, main } = JSON.parse(buffer.toString('utf8'))
---

<!doctype html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title set:html={title} />
  </head>
  <body>
    <Fragment set:html={main} />
  </body>
</html>
`

/**
 * The floor project's config. The cold floor builds without Astro's incremental cache (writing
 * it is part of the portal's cold build, not of the floor); the publish floor with it.
 */
const configSource = (incremental: boolean) => `import { defineConfig } from 'astro/config'

export default defineConfig({
  srcDir: './src',
  outDir: './dist',
  cacheDir: './.astro-cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  experimental: { incrementalBuild: ${incremental} },
})
`

/** The floor project in `dir`: config, page, package.json, and the portal's node_modules. */
function writeProject(dir: string, dataFile: string) {
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n')
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), configSource(false))
  fs.writeFileSync(path.join(dir, 'src', 'pages', '[...path].astro'), pageSource(dataFile))
  // The same Astro (and its dependencies) as the portal's build.
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
}

/** Runs a command with its output appended to `logFile`, timing it and sampling its memory. */
async function measured(
  command: string,
  args: string[],
  cwd: string,
  logFile: string,
): Promise<{ ms: number; peak: number }> {
  const log = lineLog(logFile)
  const started = Date.now()
  let sampler: ReturnType<typeof sampleTree> | undefined
  try {
    const run = await spawnLogged(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      onLine: log.write,
      onStart: (child) => (sampler = sampleTree(child.pid!)),
    })
    const ms = Date.now() - started
    const { peakTree } = sampler!.stop()
    if (run.code !== 0)
      throw new Error(`${path.basename(command)} ${args[0]} failed:\n${run.tail.join('\n')}`)
    return { ms, peak: peakTree }
  } finally {
    sampler?.stop()
    log.close()
  }
}

/** Pagefind's own binary, as the npm package's runner resolves it (lib/resolveBinary.js). */
const pagefindBinary = () =>
  path.join(
    projectRoot,
    'node_modules',
    '@pagefind',
    `${process.platform}-${os.arch()}`,
    'bin',
    'pagefind_extended',
  )

/**
 * Changes the pages of one product (its page in every locale) in the NDJSON file as a publish
 * would: a new sentence at the end of its `<main>`. Returns the pages changed and the sentence.
 */
async function editOneProduct(dataFile: string): Promise<{ pages: string[]; sentence: string }> {
  // Line by line: at 10,000 products the file is larger than a string may be.
  const lines = () =>
    readline.createInterface({ input: fs.createReadStream(dataFile), crlfDelay: Infinity })
  const product = (page: FloorPage) => /^[a-z]{2}\/catalogue\/([^/]+)$/.exec(page.path)?.[1]
  let slug: string | undefined
  for await (const line of lines()) {
    slug = line ? product(JSON.parse(line) as FloorPage) : undefined
    if (slug) break
  }
  if (!slug) throw new Error('the floor has no product page to edit')
  const sentence = `<p>Edited for the publish floor, ${Date.now()}.</p>`
  const pages: string[] = []
  const edited = `${dataFile}.edited`
  const out = fs.openSync(edited, 'w')
  try {
    for await (const line of lines()) {
      const page = line ? (JSON.parse(line) as FloorPage) : undefined
      if (page && product(page) === slug) {
        pages.push(page.path)
        const main = page.main.replace(/<\/main>$/, `${sentence}</main>`)
        fs.writeSync(out, `${JSON.stringify({ ...page, main })}\n`)
      } else fs.writeSync(out, `${line}\n`)
    }
  } finally {
    fs.closeSync(out)
  }
  fs.renameSync(edited, dataFile)
  return { pages, sentence }
}

/**
 * Measures the floor of the built site in `siteDir`, working in `workDir` (created; the
 * caller removes it). Astro's and Pagefind's output goes to `logFile`.
 */
export async function measureFloor(
  siteDir: string,
  workDir: string,
  logFile: string,
  { publish = false } = {},
): Promise<FloorResult> {
  fs.mkdirSync(workDir, { recursive: true })
  const dataFile = path.join(workDir, 'pages.ndjson')
  const extractStarted = Date.now()
  const pages = extractPages(siteDir, dataFile)
  const extractMs = Date.now() - extractStarted
  writeProject(workDir, dataFile)
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const buildFloor = () =>
    measured(process.execPath, [astro, 'build', '--root', workDir], workDir, logFile)
  const built = await buildFloor()
  const out = path.join(workDir, 'dist')
  const indexed = await measured(
    pagefindBinary(),
    ['--site', out, '--output-subdir', 'pagefind'],
    workDir,
    logFile,
  )
  // Before the publish floor's build empties the output folder.
  const indexBytes = folderBytes(path.join(out, 'pagefind'))
  let published: FloorResult['publish']
  if (publish) {
    // A publish at the floor: Astro's incremental build renders what changed and copies the rest
    // from its cache; Pagefind has no incremental mode, so the index is the cold one's again.
    fs.writeFileSync(path.join(workDir, 'astro.config.mjs'), configSource(true))
    // Each build starts from an empty output folder, as the portal's do (it builds into a fresh
    // folder and swaps it in), removed before the clock starts: Astro would otherwise spend its
    // time deleting the last output (46 s of a 136 s publish at 10,000 products).
    fs.rmSync(out, { recursive: true, force: true })
    const cached = await buildFloor()
    const { pages: edited, sentence } = await editOneProduct(dataFile)
    fs.rmSync(out, { recursive: true, force: true })
    const again = await buildFloor()
    for (const page of edited)
      if (!fs.readFileSync(path.join(out, page, 'index.html'), 'utf8').includes(sentence))
        throw new Error(`the publish floor did not render ${page} again`)
    published = { pages: edited, cachedMs: cached.ms, astroMs: again.ms, astroPeak: again.peak }
  }
  return {
    publish: published,
    pages,
    dataBytes: fs.statSync(dataFile).size,
    extractMs,
    astroMs: built.ms,
    astroPeak: built.peak,
    pagefindMs: indexed.ms,
    pagefindPeak: indexed.peak,
    indexBytes,
  }
}

/** The floor's rows for the report: [label, seconds, peak memory, note]. */
export function floorRows(floor: FloorResult): string[][] {
  return [
    ['Astro floor', secs(floor.astroMs), mib(floor.astroPeak), `${floor.pages} pages`],
    ['Pagefind floor', secs(floor.pagefindMs), mib(floor.pagefindPeak), mib(floor.indexBytes)],
    [
      'floor total',
      secs(floor.astroMs + floor.pagefindMs),
      mib(Math.max(floor.astroPeak, floor.pagefindPeak)),
      `from ${mib(floor.dataBytes)} of <main> (extracted in ${secs(floor.extractMs)}, not counted)`,
    ],
  ]
}

/** The publish floor's rows for the report, when it was measured. */
export function publishFloorRows(floor: FloorResult): string[][] {
  if (!floor.publish) return []
  const { pages, cachedMs, astroMs, astroPeak } = floor.publish
  return [
    ['Astro floor, cold, cached', secs(cachedMs), '', "with Astro's incremental cache written"],
    [
      'Astro floor, publish',
      secs(astroMs),
      mib(astroPeak),
      `${pages.length} pages changed, the rest from Astro's cache`,
    ],
    [
      'publish floor total',
      secs(astroMs + floor.pagefindMs),
      mib(Math.max(astroPeak, floor.pagefindPeak)),
      'with Pagefind over all pages again (it has no incremental mode)',
    ],
  ]
}

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      keep: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
    },
  })
  if (!values.site) throw new Error('usage: npm run bench:floor -- --site <built site folder>')
  const siteDir = path.resolve(values.site)
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-floor-'))
  const logFile = path.join(workDir, 'floor.log')
  console.log(`floor of ${siteDir} in ${workDir}`)
  try {
    const floor = await measureFloor(siteDir, workDir, logFile, { publish: values.publish })
    const rows = [...floorRows(floor), ...publishFloorRows(floor)]
    console.log(table(['step', 'seconds', 'peak memory', ''], rows))
    if (values.keep) console.log(`log: ${logFile}`)
  } finally {
    if (!values.keep) fs.rmSync(workDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url))
  main().catch((error) => {
    console.error(`floor failed: ${(error as Error).message}`)
    process.exit(1)
  })
