/**
 * `bench:build --edit`: from one publish to what a visitor sees. After the cold build, each edit
 * is published through Payload's Local API as staff would (publish.ts, a child process), then
 * the site is rebuilt with the function the CMS's rebuild job calls once its debounce is over
 * (runSiteBuild, cms/jobs/rebuildSite.ts), while the site is served by the portal's own server
 * (cms/scripts/serveSite.ts). Measured from outside, as a visitor would see it, so that the
 * figures mean the same however the rebuild works inside (whole or incremental, the index with
 * the pages or after them):
 * - served: every page that must show the new word has it, fetched over HTTP;
 * - search: the site's search page, in Chromium, lists the page for the new word.
 * The debounce itself (REBUILD_DEBOUNCE_SECONDS) is not counted: the rebuild starts at once.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import type http from 'node:http'
import path from 'node:path'
import readline from 'node:readline'

import type { Browser } from 'playwright-core'

import type { PartsManifest } from '../../cms/build/searchParts'
import { runSiteBuild } from '../../cms/jobs/runBuild'
import { serveSite } from '../../cms/scripts/serveSite'
import type { Locale } from '@shared/locales'
import { urlFor } from '../../site/lib/urls'
import { launchChromium } from '../helpers/browser'
import { lineLog, projectRoot } from '../helpers/siteBuild'
import { sampleTree } from './memory'
import { buildPhases, type LogLine, type Phase } from './phases'

export type EditKind = 'product' | 'maker'

/** What publish.ts reports. */
type Published = { at: number; word: string; label: string; pages: string[]; searchPage: string }

export type EditResult = {
  kind: EditKind
  label: string
  /** Publish → every edited page served with the new text (null: not within the time limit). */
  servedMs: number | null
  /** Publish → search finds the page by the new word (null: not within the time limit). */
  searchMs: number | null
  /** The rebuild alone: start → runSiteBuild resolved, and its pages. */
  rebuildMs: number
  rebuildPages: number
  rebuildPeak: number
  /** How many pages must show the new word. */
  pages: number
  /** The rebuild's phases, from its log. */
  phases: Phase[]
}

/** After the rebuild has finished, how long the served pages and the index may still take. */
const graceMs = 120_000
/** Fetching a page is cheap; a search in a fresh browser context less so (it shares the cores). */
const servedPollMs = 250
const searchPollMs = 500

/** A word no page has: letters only, so that Pagefind indexes it as one word. */
function newWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz'
  const bytes = crypto.randomBytes(8)
  return `quokka${[...bytes].map((b) => letters[b % letters.length]).join('')}`
}

/** Runs publish.ts; resolves as soon as it says the edit is committed (it then shuts down). */
function publish(kind: EditKind, word: string, env: NodeJS.ProcessEnv, logFile: string) {
  const log = lineLog(logFile)
  const file = path.join(import.meta.dirname, 'publish.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', file, kind, word], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const tail: string[] = []
  return new Promise<Published>((resolve, reject) => {
    for (const stream of [child.stdout, child.stderr])
      readline.createInterface({ input: stream }).on('line', (line) => {
        log.write(line)
        tail.push(line)
        if (tail.length > 30) tail.shift()
        const json = /^BENCH_PUBLISH (.*)$/.exec(line)?.[1]
        if (json) resolve(JSON.parse(json) as Published)
      })
    child.on('error', reject)
    child.on('close', (code) => {
      log.close()
      reject(new Error(`publish.ts ${kind} exited with ${code}:\n${tail.join('\n')}`))
    })
  })
}

/** Whether the served page shows `word` (soft hyphens, which the site adds, taken out). */
async function pageShows(base: string, page: string, word: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(page, base))
    if (!response.ok) return false
    const html = (await response.text()).replaceAll('\u00ad', '').replaceAll('&shy;', '')
    return html.includes(word)
  } catch {
    return false
  }
}

/**
 * Whether the site's search finds `page` by `word`: a fresh browser context (nothing cached)
 * opens the search page of the page's language with the word, as a visitor would, and reads the
 * result links once the page says it has searched.
 */
async function searchFinds(browser: Browser, base: string, page: string, word: string) {
  const context = await browser.newContext()
  try {
    const tab = await context.newPage()
    const lang = page.split('/')[1] as Locale
    const search = new URL(
      `${urlFor(lang, { kind: 'search' })}?q=${encodeURIComponent(word)}`,
      base,
    )
    await tab.goto(search.href)
    await tab
      .locator('main [role="status"]', { hasText: word })
      .first()
      .waitFor({ timeout: 30_000 })
    const urls = await tab
      .locator('main a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    return urls.some((url) => new URL(url, base).pathname === page)
  } catch {
    return false
  } finally {
    await context.close()
  }
}

/**
 * The served search index of `page`'s language, as its list of parts and their entry files
 * (Pagefind rewrites a part's entry file whenever it indexes the part).
 */
async function indexOf(base: string, page: string): Promise<string> {
  const lang = page.split('/')[1]!
  const get = (file: string) =>
    fetch(new URL(`/pagefind/${file}`, base)).then(
      (r) => r.text(),
      () => '',
    )
  const parts = await get('parts.json')
  try {
    const manifest = JSON.parse(parts) as PartsManifest
    const entries = await Promise.all(
      (manifest.languages[lang]?.parts ?? []).map((part) => get(`${part}/pagefind-entry.json`)),
    )
    return [parts, ...entries].join('\n')
  } catch {
    return parts
  }
}

/** Polls `check` until it holds: resolves with the moment it did, or null once `stop()` says so. */
async function pollUntil(check: () => Promise<boolean>, stop: () => boolean, everyMs: number) {
  for (;;) {
    if (await check()) return Date.now()
    if (stop()) return null
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

/**
 * Publishes each edit in turn and rebuilds `outDir` as the rebuild job does, measuring what a
 * visitor sees on http://127.0.0.1:`port`/.
 */
export async function measureEdits(options: {
  outDir: string
  env: NodeJS.ProcessEnv
  logFile: string
  port: number
  kinds?: EditKind[]
}): Promise<EditResult[]> {
  const { outDir, env, logFile, port, kinds = ['product', 'maker'] } = options
  const server: http.Server = await serveSite({ dir: outDir, port, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${port}/`
  const browser = await launchChromium()
  const results: EditResult[] = []
  try {
    for (const kind of kinds) {
      const published = await publish(kind, newWord(), env, logFile)
      const lines: LogLine[] = []
      const file = lineLog(logFile)
      let sampler: ReturnType<typeof sampleTree> | undefined
      let finishedAt: number | undefined
      const rebuildStart = Date.now()
      const rebuild = runSiteBuild(outDir, {
        env,
        onLine: (line) => {
          lines.push({ t: Date.now(), line })
          file.write(line)
        },
        onStart: (pid) => (sampler = sampleTree(pid)),
      }).finally(() => {
        finishedAt = Date.now()
        file.close()
      })
      const stop = () => finishedAt !== undefined && Date.now() - finishedAt > graceMs
      const served = pollUntil(
        async () => {
          const shown = await Promise.all(
            published.pages.map((page) => pageShows(base, page, published.word)),
          )
          return shown.every(Boolean)
        },
        stop,
        servedPollMs,
      )
      // The index is made from the built pages, so it cannot find the word before they are
      // served: searching starts then (or once the rebuild is over), not to load the cores
      // the rebuild is using with a browser every second.
      // Until the served index's entry files change, a search cannot find the word: fetching
      // those small files is the poll, and the browser searches only once they have changed (a
      // browser every second would take a core from the index being built).
      const indexBefore = await indexOf(base, published.searchPage)
      const found = Promise.race([served, rebuild.catch(() => null)]).then(() =>
        pollUntil(
          async () =>
            (await indexOf(base, published.searchPage)) !== indexBefore &&
            searchFinds(browser, base, published.searchPage, published.word),
          stop,
          searchPollMs,
        ),
      )
      const built = await rebuild.catch((error: unknown) => error as Error)
      const memory = sampler?.stop()
      const [servedAt, foundAt] = await Promise.all([served, found])
      if (built instanceof Error) throw built
      results.push({
        kind,
        label: published.label,
        servedMs: servedAt === null ? null : servedAt - published.at,
        searchMs: foundAt === null ? null : foundAt - published.at,
        rebuildMs: finishedAt! - rebuildStart,
        rebuildPages: built.pages,
        rebuildPeak: memory?.peakTree ?? 0,
        pages: published.pages.length,
        phases: buildPhases(lines, rebuildStart, finishedAt!),
      })
    }
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
  return results
}
