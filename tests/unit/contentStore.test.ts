import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  astroDevalue,
  contentDataMeta,
  contentStoreFromFile,
  releaseSyncedStore,
  storeModule,
} from '../../cms/build/contentStore'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** Astro's module for a store's text, made as Astro makes it (vite-plugin-content-virtual-mod). */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`

let modules = 0
/** What a module's default export evaluates to, or the error it throws (run from a file). */
const evaluate = async (code: string): Promise<unknown> => {
  const file = path.join(root, `module-${modules++}.mjs`)
  fs.writeFileSync(file, code)
  return ((await import(file)) as { default: unknown }).default
}

const astroDist = path.resolve(import.meta.dirname, '../../node_modules/astro/dist/content')
const devalue = (await import(astroDevalue)) as {
  stringify: (value: unknown) => string
  unflatten: (value: unknown) => unknown
}

/** A store as Astro writes it: devalue, collections of entries by id (mutable-data-store.js). */
const store = new Map([
  [
    'products',
    new Map<string, unknown>([
      ['bg/софия-облак', { name: 'София „Облак“', quote: 'say "hi" \\ bye', emoji: '🚀🌍' }],
      ['de/münchen', { lines: 'one\ntwo\u2028three', empty: '', at: new Date(0) }],
    ]),
  ],
])
const text = devalue.stringify(store)

function storeFile(name: string, content: string) {
  const file = path.join(root, name, 'data-store.json')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}

describe('the content store read from its file', () => {
  it('gives the pages the very store Astro makes of its own module', async () => {
    const file = storeFile('same', text)
    const code = storeModule(file, fs.statSync(file).size)
    expect(code).not.toContain('münchen')
    const made = await evaluate(code)
    expect(made).toBeInstanceOf(Map)
    expect(made).toEqual(devalue.unflatten(await evaluate(astroModule(text))))
    expect(made).toEqual(store)
  })

  // Astro takes a store module that throws for an empty store, so the module ends the process.
  it('ends the build when the file changed between bundling and rendering, or is gone', () => {
    const file = storeFile('changed', text)
    const code = storeModule(file, fs.statSync(file).size)
    const run = () => {
      const module = path.join(root, `module-${modules++}.mjs`)
      fs.writeFileSync(module, code)
      return spawnSync(process.execPath, [module], { encoding: 'utf8' })
    }
    expect(run().status).toBe(0)
    fs.writeFileSync(file, devalue.stringify(new Map([...store, ['events', new Map()]])))
    const changed = run()
    expect(changed.status).toBe(1)
    expect(changed.stderr).toContain(
      `the site cannot be built without its content: the content store changed during the build`,
    )
    fs.rmSync(file)
    const gone = run()
    expect(gone.status).toBe(1)
    expect(gone.stderr).toMatch(/without its content: ENOENT/)
  })

  type Load = { order: string; handler: (id: string) => unknown }
  type Plugin = { apply: string; load: Load }

  /** The integration's Vite plugin for a cache folder and Astro's experimental settings. */
  function pluginFor(cacheDir: string, experimental: Record<string, unknown> = {}) {
    const plugins: Plugin[] = []
    const said: string[] = []
    const { hooks } = contentStoreFromFile()
    hooks['astro:config:setup']!({
      updateConfig: (config: { vite: { plugins: Plugin[] } }) => {
        plugins.push(...config.vite.plugins)
      },
      logger: { info: (message: string) => said.push(message) },
    } as never)
    hooks['astro:config:done']!({
      config: { cacheDir: new URL(`file://${cacheDir}/`), experimental },
    } as never)
    return { plugin: plugins[0]!, said }
  }

  it('loads only the store module, before Astro, in builds, and says so in the build log', () => {
    const file = storeFile('cache', text)
    const { plugin, said } = pluginFor(path.dirname(file))
    expect(plugin.apply).toBe('build')
    expect(plugin.load.order).toBe('pre')
    expect(plugin.load.handler('/site/pages/index.astro')).toBeNull()
    expect(plugin.load.handler('\0astro:data-layer-content')).toEqual({
      code: storeModule(file, Buffer.byteLength(text)),
      map: { mappings: '' },
      meta: contentDataMeta,
    })
    expect(said).toEqual([
      `the pages read the content store from its file (${Buffer.byteLength(text)} bytes), ` +
        'not from a module of it',
    ])
  })

  it("leaves Astro's module to Astro with no store file, or with a chunked store", () => {
    const empty = pluginFor(path.join(root, 'no-store'))
    expect(empty.plugin.load.handler('\0astro:data-layer-content')).toBeNull()
    const file = storeFile('chunked', text)
    const chunked = pluginFor(path.dirname(file), { collectionStorage: 'chunked' })
    expect(chunked.plugin.load.handler('\0astro:data-layer-content')).toBeNull()
    const single = pluginFor(path.dirname(file), { collectionStorage: 'single-file' })
    expect(single.plugin.load.handler('\0astro:data-layer-content')).not.toBeNull()
  })

  it("lets go of the store Astro's content sync filled, once the build starts", async () => {
    const { globalContentLayer } = (await import(path.join(astroDist, 'instance.js'))) as {
      globalContentLayer: { init: (o: object) => unknown; get: () => unknown }
    }
    const synced = { collections: store }
    const layer = globalContentLayer.init({ settings: {}, logger: {}, store: synced })
    expect(globalContentLayer.get()).toBe(layer)
    expect(releaseSyncedStore()).toBe(true)
    expect(globalContentLayer.get()).toBeNull()
    expect(releaseSyncedStore()).toBe(false)
    // Astro's build syncs the content before the astro:build:start hook, and nothing else reads
    // the layer in a build (its other reader is the dev server's content refresh).
    const build = fs.readFileSync(path.join(astroDist, '../core/build/index.js'), 'utf8')
    expect(build.indexOf('await syncInternal(')).toBeGreaterThan(0)
    expect(build.indexOf('await syncInternal(')).toBeLessThan(build.indexOf('runHookBuildStart({'))
  })

  // When an upgrade of Astro changes any of these, the rewrite would stop: this says so.
  it("matches the module id, shape, metadata and file of the installed Astro's store", async () => {
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
    expect(plugin).toContain('meta: createContentDataIncrementalMetadata()')
    // The pages' store takes a Map as it is; a module that throws gives an empty store.
    const dataStore = fs.readFileSync(path.join(astroDist, 'data-store.js'), 'utf8')
    expect(dataStore).toMatch(
      /instanceof Map\) \{\s*return ImmutableDataStore\.fromMap\(data\.default\);/,
    )
    expect(dataStore).toMatch(/\} catch \{\s*\}\s*return new ImmutableDataStore\(\);/)
    // The module says of itself what Astro's says: content data, not code every page imports.
    const { isContentDataIncrementalModule } = (await import(
      path.join(astroDist, '../core/build/incremental-metadata.js')
    )) as { isContentDataIncrementalModule: (info: { meta: unknown }) => boolean }
    expect(isContentDataIncrementalModule({ meta: contentDataMeta })).toBe(true)
    expect(isContentDataIncrementalModule({ meta: {} })).toBe(false)
  })
})
