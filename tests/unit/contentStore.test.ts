import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { contentStoreFromFile, fromFile } from '../../cms/build/contentStore'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** Astro's module for a store's text, made as Astro makes it (vite-plugin-content-virtual-mod). */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`

/** What a module's default export evaluates to, or the error it throws. */
const evaluate = async (code: string): Promise<unknown> =>
  ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown })
    .default

const astroDist = path.resolve(import.meta.dirname, '../../node_modules/astro/dist/content')

const store = [
  { slug: 'софия-облак', name: 'София „Облак“', quote: 'say "hi" \\ bye', emoji: '🚀🌍' },
  { slug: 'münchen', lines: 'one\ntwo\u2028three', empty: '' },
]
const text = JSON.stringify(store)

function storeFile(name: string, content: string) {
  const file = path.join(root, name, 'data-store.json')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}

describe('the content store read from its file', () => {
  it('gives the pages the very same data as the module Astro made', async () => {
    const file = storeFile('same', text)
    const code = fromFile(astroModule(text), file)!
    expect(code).not.toContain('münchen')
    expect(await evaluate(code)).toEqual(await evaluate(astroModule(text)))
  })

  it('fails the build when the file changed between bundling and rendering', async () => {
    const file = storeFile('changed', text)
    const code = fromFile(astroModule(text), file)!
    fs.writeFileSync(file, JSON.stringify([...store, { slug: 'new' }]))
    await expect(evaluate(code)).rejects.toThrow(/the content store changed during the build/)
  })

  it('leaves the module alone when the file is not what it holds, or it has another shape', () => {
    const file = storeFile('other', text)
    expect(fromFile(astroModule(JSON.stringify([store[0]])), file)).toBeUndefined()
    expect(fromFile(astroModule(text), path.join(root, 'none', 'data-store.json'))).toBeUndefined()
    expect(fromFile('export default new Map()', file)).toBeUndefined()
    expect(
      fromFile(`export default JSON.parse(${JSON.stringify(text)} + "")`, file),
    ).toBeUndefined()
    expect(fromFile(`const a = 1; ${astroModule(text)}`, file)).toBeUndefined()
  })

  it('rewrites only the store module, in builds, and says so in the build log', () => {
    const cacheDir = path.join(root, 'cache')
    const file = storeFile('cache', text)
    type Plugin = { apply: string; transform: (code: string, id: string) => unknown }
    const plugins: Plugin[] = []
    const said: string[] = []
    const { hooks } = contentStoreFromFile()
    hooks['astro:config:done']!({ config: { cacheDir: new URL(`file://${cacheDir}/`) } } as never)
    hooks['astro:config:setup']!({
      updateConfig: (config: { vite: { plugins: Plugin[] } }) => {
        plugins.push(...config.vite.plugins)
      },
      logger: {
        info: (message: string) => said.push(message),
        warn: (message: string) => said.push(`warning: ${message}`),
      },
    } as never)
    const [plugin] = plugins
    expect(plugin!.apply).toBe('build')
    const code = astroModule(text)
    expect(plugin!.transform(code, '/site/pages/index.astro')).toBeNull()
    expect(plugin!.transform(code, '\0astro:data-layer-content')).toEqual({
      code: fromFile(code, file),
      map: { mappings: '' },
    })
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/^the pages read the content store from its file/)
    expect(plugin!.transform(astroModule('[]'), '\0astro:data-layer-content')).toBeNull()
    expect(said[1]).toMatch(/^warning: the content store's module \(\d+ characters\) is not/)
  })

  // When an upgrade of Astro changes any of these, the rewrite would stop: this says so.
  it("matches the module id, shape and file of the installed Astro's store", () => {
    const consts = fs.readFileSync(path.join(astroDist, 'consts.js'), 'utf8')
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";')
    expect(consts).toContain(
      'const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;',
    )
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";')
    const paths = fs.readFileSync(path.join(astroDist, 'paths.js'), 'utf8')
    expect(paths).toContain(
      'return new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir);',
    )
    const plugin = fs.readFileSync(
      path.join(astroDist, 'vite-plugin-content-virtual-mod.js'),
      'utf8',
    )
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`')
  })
})
