/**
 * The JavaScript a page makes the browser load, from the built site: the islands' modules
 * (astro-island's component-url) and module scripts, with every module they import statically,
 * gzipped as the server sends them. React's runtime (the renderer-url module and its imports,
 * the same file on every page, cached after the first) is counted apart: the budget is on each
 * page's own code. What a module loads with `import()` (the forms' rules, zod) comes later, when
 * the visitor uses it, and is not part of the page's load.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { loadSite } from '../helpers/siteDist'

const site = loadSite()

/** Gzipped kilobytes an island's own code may weigh on any page, beyond React's runtime. */
const budgetKb = 15

const gzipped = new Map<string, number>()
/** Bytes sent for a file: its precompressed .gz when the build made one. */
function sentBytes(file: string): number {
  if (!gzipped.has(file)) {
    const abs = path.join(site.outDir, file)
    gzipped.set(
      file,
      fs.existsSync(`${abs}.gz`)
        ? fs.statSync(`${abs}.gz`).size
        : zlib.gzipSync(fs.readFileSync(abs), { level: 9 }).length,
    )
  }
  return gzipped.get(file)!
}

/** Modules a JavaScript file imports: statically (`import … from`, `import "…"`), or on demand. */
function importsOf(file: string) {
  const text = site.read(file)
  const resolve = (spec: string) => path.posix.join(path.posix.dirname(file), spec)
  const relative = /^\.\.?\//
  const staticImports = [...text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)]
    .map((m) => m[1]!)
    .filter((s) => relative.test(s))
    .map(resolve)
  const dynamicImports = [...text.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)]
    .map((m) => m[1]!)
    .filter((s) => relative.test(s))
    .map(resolve)
  return { staticImports, dynamicImports }
}

/** Every module loaded with `entries`, following static imports only. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>()
  const todo = [...entries]
  while (todo.length) {
    const file = todo.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    todo.push(...importsOf(file).staticImports)
  }
  return seen
}

const attr = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="/([^"?#]+)"`, 'g'))].map((m) => m[1]!)

/** What each page loads, grouped by the set of modules (pages of one type share it). */
function pageScripts() {
  const byEntries = new Map<string, { pages: string[]; own: string[]; runtime: string[] }>()
  for (const page of site.htmlFiles) {
    const html = site.read(page)
    const islands = attr(html, 'component-url')
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"?#]+\.m?js)"/g)].map((m) => m[1]!)
    const renderers = attr(html, 'renderer-url')
    const key = [...islands, ...scripts, '|', ...renderers].sort().join(' ')
    const known = byEntries.get(key)
    if (known) {
      known.pages.push(page)
      continue
    }
    const runtime = closure(renderers)
    const own = [...closure([...islands, ...scripts])].filter((f) => !runtime.has(f))
    byEntries.set(key, { pages: [page], own, runtime: [...runtime] })
  }
  return [...byEntries.values()]
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
const total = (files: string[]) => files.reduce((sum, f) => sum + sentBytes(f), 0)

describe('JavaScript each page loads', () => {
  const groups = pageScripts()

  it(`keeps every page's own island code under ${budgetKb} KB gzipped, beyond React's runtime`, () => {
    expect(groups.length, 'some pages have islands').toBeGreaterThan(3)
    const over = groups
      .map((g) => ({
        page: g.pages[0],
        kb: kb(total(g.own)),
        files: g.own.map((f) => path.basename(f)),
      }))
      .filter((g) => g.kb >= budgetKb)
    expect(over).toEqual([])
  })

  it('loads the form rules (zod) only when a visitor uses a form, on every page with a form', () => {
    const formPages = site.htmlFiles.filter((f) =>
      /^(en|bg|de)\/(catalogue\/[^/]+|members\/[^/]+|membership|events\/[^/]+)\/index\.html$/.test(
        f,
      ),
    )
    const withForm = groups.filter((g) => g.pages.some((p) => formPages.includes(p)))
    const rules = withForm.flatMap((g) => g.own.flatMap((f) => importsOf(f).dynamicImports))
    expect(
      rules.some((f) => /formSchema/.test(f)),
      'the rules are loaded on demand',
    ).toBe(true)
    for (const group of groups) {
      const zod = group.own.filter(
        (f) =>
          /\bzod\b|formSchema|matchmakingSchema/.test(f) || /\$ZodType|ZodError/.test(site.read(f)),
      )
      expect([group.pages[0], zod]).toEqual([group.pages[0], []])
    }
  })

  it("shares React's runtime between pages instead of bundling it into each island", () => {
    const runtimes = new Set(groups.map((g) => g.runtime.sort().join(' ')).filter(Boolean))
    expect(runtimes.size).toBe(1)
  })
})
