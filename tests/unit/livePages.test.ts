import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { AstroIntegration } from 'astro'
import { afterAll, afterEach, describe, expect, it } from 'vitest'

import { livePages, liveDirVariable, recordLiveBuild } from '../../cms/build/livePages'
import { builtFileOf } from '../../cms/shared/builtFiles'
import { unlinkBeforeRender } from '../../site/lib/livePages'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'live-pages-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
afterEach(() => {
  delete process.env[liveDirVariable]
})

const cacheDir = path.join(root, 'cache')
const liveDir = path.join(root, 'live')
let builds = 0

/** The last build's manifest, as Astro writes it: each keyed URL path and its output file. */
function writeManifest(pages: string[], others: Record<string, { outputFile: string }> = {}) {
  fs.mkdirSync(cacheDir, { recursive: true })
  const urlPath = (page: string) => `/${page.replace(/index\.html$/, '')}`
  const paths = {
    ...Object.fromEntries(pages.map((page) => [urlPath(page), { outputFile: page }])),
    ...others,
  }
  fs.writeFileSync(
    path.join(cacheDir, 'incremental-build.json'),
    JSON.stringify({ routes: { 'site/pages/[...slug].astro': { paths } } }),
  )
}

function writeLive(pages: Record<string, string>) {
  for (const [page, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(liveDir, page)), { recursive: true })
    fs.writeFileSync(path.join(liveDir, page), html)
  }
}

type Hook = (options: unknown) => void
/** Runs the integration's hooks as Astro does, up to the pages' generation; returns its log. */
function startBuild() {
  process.env[liveDirVariable] = liveDir
  const outDir = path.join(root, `out-${++builds}`)
  fs.mkdirSync(outDir)
  const integration: AstroIntegration = livePages()
  const lines: string[] = []
  const logger = { info: (line: string) => lines.push(line) }
  const hook = (name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as Hook
  hook('astro:config:done')({
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), outDir: pathToFileURL(`${outDir}/`) },
  })
  hook('astro:build:setup')({ target: 'server', logger })
  return { outDir, lines, generated: () => hook('astro:build:generated')({ logger }) }
}

const pages = {
  'en/index.html': '<p>home</p>',
  'en/catalogue/a/index.html': '<p>a</p>',
  'en/catalogue/b/index.html': '<p>b</p>',
  'en/compare/a.json': '{"a":1}',
}

describe('unchanged pages taken from the live site', () => {
  it('links the keyed pages of the live build, and removes those this build did not make', () => {
    writeLive({ ...pages, 'en/404.html': '<p>not found</p>' })
    // A file written elsewhere than its URL path says is left to Astro: the middleware could
    // not unlink it before it renders again.
    // A keyed page missing from the live folder is left to Astro too, with no folder made for it.
    writeManifest([...Object.keys(pages), 'en/members/c/index.html'], {
      '/404/': { outputFile: 'en/404.html' },
    })
    recordLiveBuild(cacheDir, liveDir)
    const build = startBuild()
    expect(build.lines.join('\n')).toMatch(/4 linked from the live site/)
    expect(fs.existsSync(path.join(build.outDir, 'en/404.html'))).toBe(false)
    expect(fs.existsSync(path.join(build.outDir, 'en/members'))).toBe(false)
    const a = path.join(build.outDir, 'en/catalogue/a/index.html')
    expect(fs.statSync(a).ino).toBe(
      fs.statSync(path.join(liveDir, 'en/catalogue/a/index.html')).ino,
    )

    // Rendered again: unlinked before Astro writes it, so the live page stays as it was.
    unlinkBeforeRender('/en/catalogue/a/')
    fs.writeFileSync(a, '<p>a, edited</p>')
    expect(fs.readFileSync(path.join(liveDir, 'en/catalogue/a/index.html'), 'utf8')).toBe(
      '<p>a</p>',
    )
    unlinkBeforeRender('/en/compare/a.json')
    fs.writeFileSync(path.join(build.outDir, 'en/compare/a.json'), '{"a":2}')
    expect(fs.readFileSync(path.join(liveDir, 'en/compare/a.json'), 'utf8')).toBe('{"a":1}')
    // b is no longer built: the new manifest has no b.
    writeManifest(['en/index.html', 'en/catalogue/a/index.html', 'en/compare/a.json'])
    build.generated()
    expect(build.lines.join('\n')).toMatch(/1 linked pages no longer built, removed/)
    // Its folder goes with it; the catalogue's stays.
    expect(fs.existsSync(path.join(build.outDir, 'en/catalogue/b'))).toBe(false)
    expect(fs.readdirSync(path.join(build.outDir, 'en/catalogue'))).toEqual(['a'])
    expect(fs.readFileSync(a, 'utf8')).toBe('<p>a, edited</p>')
    expect(fs.existsSync(path.join(build.outDir, 'en/index.html'))).toBe(true)
  })

  it('finds a file from its URL path as Astro writes it', () => {
    expect(builtFileOf('/')).toBe('index.html')
    expect(builtFileOf('/en/catalogue/a/')).toBe('en/catalogue/a/index.html')
    expect(builtFileOf('/en/compare/a.json')).toBe('en/compare/a.json')
    expect(builtFileOf('/bg/%D0%B0/')).toBe('bg/а/index.html')
  })

  it('copies from the cache when the live folder is not what the cache last built', () => {
    writeLive(pages)
    writeManifest(Object.keys(pages))
    recordLiveBuild(cacheDir, liveDir)
    // A build whose pages never went live rewrote the manifest after the record.
    writeManifest(Object.keys(pages).reverse())
    const build = startBuild()
    expect(build.lines.join('\n')).toMatch(/copied from the cache/)
    expect(fs.readdirSync(build.outDir)).toEqual([])
  })

  it('uses the record up: a build that never went live leaves none for the next', () => {
    writeManifest(Object.keys(pages))
    recordLiveBuild(cacheDir, liveDir)
    expect(startBuild().lines.join('\n')).toMatch(/linked from the live site/)
    expect(startBuild().lines.join('\n')).toMatch(/copied from the cache/)
  })

  it('does nothing in a build the portal did not start (no live folder named)', () => {
    writeManifest(Object.keys(pages))
    recordLiveBuild(cacheDir, liveDir)
    const integration = livePages()
    expect(process.env[liveDirVariable]).toBeUndefined()
    const lines: string[] = []
    ;(integration.hooks['astro:config:done'] as Hook)({
      config: { cacheDir: pathToFileURL(`${cacheDir}/`), outDir: pathToFileURL(`${root}/none/`) },
    })
    ;(integration.hooks['astro:build:setup'] as Hook)({
      target: 'server',
      logger: { info: (line: string) => lines.push(line) },
    })
    expect(lines).toEqual([])
  })
})
