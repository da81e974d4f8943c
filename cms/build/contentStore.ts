/**
 * Astro's content store reaches the pages as one JavaScript module, `export default
 * JSON.parse("…")`, the whole store in one string literal (astro/dist/content/
 * vite-plugin-content-virtual-mod.js), which Vite then bundles and Node compiles. V8 compiles a
 * string literal in time that grows with the square of its length: 0.2 s for 5 MB, 2.9 s for
 * 20 MB, 14.2 s for 40 MB. At 10,000 products the store was 105 MB, and compiling it took 79 of
 * the 108 s that every publish spent before its first page (a CPU profile,
 * SITE_BUILD_PROFILE_DIR). At 50,000 products the store is 454 MB and Astro's module of it
 * 502,757,306 characters, close to V8's longest string (536,870,888).
 *
 * In a build, this integration answers Vite's `load` of that module before Astro does (the hook's
 * `order: 'pre'`), with a module that reads the store's file itself when the pages import it
 * (3.7 s at 10,000 products): Astro's module of the store is never made, parsed or bundled. The
 * module checks the file's size when it runs, so that a store written between bundling and
 * rendering ends the build instead of mixing two versions of the content. It carries Astro's
 * metadata for content data, so the incremental build does not take it for code that every page
 * depends on (astro/dist/core/build/incremental-metadata.js). With no store file (an empty
 * store), or with Astro's chunked store (`experimental.collectionStorage`), Astro's own module
 * is left to be made. That storage writes the store a character at a time: 319 s for the
 * 10,000-product store.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

/**
 * Astro's id of the store's module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID).
 */
const storeModuleId = '\0astro:data-layer-content'
/** Where Astro keeps the store in a build (astro/dist/content/paths.js, getDataStoreFile). */
const storeFileName = 'data-store.json'
/** What Astro's own module of the store says of itself (createContentDataIncrementalMetadata). */
export const contentDataMeta = { astroIncremental: { kind: 'content-data' } }

/** Node's own require: Astro loads this file through Vite's module runner, closed by the build. */
const nodeRequire = createRequire(import.meta.url)
const astroPackage = nodeRequire.resolve('astro/package.json')

/** The devalue Astro wrote the store with (its own dependency), as a file path. */
export const astroDevalue = createRequire(astroPackage).resolve('devalue')

/**
 * The module that reads the store from `file`, which holds `bytes` bytes now and must hold as
 * many when the module runs; when it does not, or cannot be read, the module ends the build
 * (Astro would take a module that throws for an empty store). It exports the store as the Map
 * Astro makes of it (astro/dist/content/data-store.js, fromModule: a Map is taken as it is; an
 * array is unflattened by devalue): the parsed file is garbage as soon as it is unflattened,
 * where Astro's module keeps it as its export for the whole build, beside the Map.
 *
 * @example storeModule('/cache/data-store.json', 1024)
 * // 'import { readFileSync } from "node:fs"\nimport { unflatten } from "/…/devalue/index.js"…'
 */
export function storeModule(file: string, bytes: number, devalue = astroDevalue): string {
  const changed = `the content store changed during the build: ${file}`
  return [
    'import { readFileSync } from "node:fs"',
    `import { unflatten } from ${JSON.stringify(devalue)}`,
    'let store',
    'try {',
    `  const bytes = readFileSync(${JSON.stringify(file)})`,
    `  if (bytes.length !== ${bytes}) throw new Error(${JSON.stringify(changed)})`,
    '  store = unflatten(JSON.parse(bytes.toString("utf8")))',
    '} catch (error) {',
    // Astro takes a store module that throws for an empty store (data-store.js, fromModule),
    // and would build a site without content.
    '  console.error(`the site cannot be built without its content: ${error.message}`)',
    '  process.exit(1)',
    '}',
    'export default store',
  ].join('\n')
}

/** Astro's own content layer, the one its build syncs (astro/dist/content/instance.js). */
const astroContentLayer = path.join(path.dirname(astroPackage), 'dist/content/instance.js')

/**
 * Lets go of the store the content sync filled. Astro's build keeps its content layer, and with
 * it every entry of that store, until the process ends, although the pages read the store from
 * the module above: two copies of the whole catalogue for the whole render. Node's require of
 * the ES module gives the very instance Astro imported.
 */
export function releaseSyncedStore(): boolean {
  const { globalContentLayer } = nodeRequire(astroContentLayer) as {
    globalContentLayer: { get: () => unknown; dispose: () => void }
  }
  if (!globalContentLayer.get()) return false
  globalContentLayer.dispose()
  return true
}

/** The integration that gives the pages the store from its file in builds (astro.config.mjs). */
export function contentStoreFromFile(): AstroIntegration {
  let storeFile = ''
  let chunked = false
  return {
    name: 'portal-content-store',
    hooks: {
      // After the content sync, before the pages (astro/dist/core/build/index.js).
      'astro:build:start': ({ logger }) => {
        if (releaseSyncedStore())
          logger.info('the store of the content sync is let go; the pages read it from its file')
      },
      'astro:config:done': ({ config }) => {
        storeFile = path.join(fileURLToPath(config.cacheDir), storeFileName)
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage
        chunked = storage !== undefined && storage !== 'single-file'
      },
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal-content-store-from-file',
                apply: 'build',
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== storeModuleId || chunked || !fs.existsSync(storeFile)) return null
                    const bytes = fs.statSync(storeFile).size
                    logger.info(
                      `the pages read the content store from its file (${bytes} bytes), not ` +
                        `from a module of it`,
                    )
                    return {
                      code: storeModule(storeFile, bytes),
                      map: { mappings: '' },
                      meta: contentDataMeta,
                    }
                  },
                },
              },
            ],
          },
        })
      },
    },
  }
}
