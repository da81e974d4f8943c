/**
 * Astro's content store reaches the pages as one JavaScript module, `export default
 * JSON.parse("…")`, the whole store in one string literal (astro/dist/content/
 * vite-plugin-content-virtual-mod.js), which Vite then bundles and Node compiles. V8 compiles a
 * string literal in time that grows with the square of its length: 0.2 s for 5 MB, 2.9 s for
 * 20 MB, 14.2 s for 40 MB. At 10,000 products the store is 105 MB, and compiling it took 79 of
 * the 108 s that every publish spent before its first page (a CPU profile,
 * SITE_BUILD_PROFILE_DIR).
 *
 * In a build, this integration gives the pages a module that reads the store's file itself
 * instead (3.7 s for the same store), once it has checked that the file holds exactly what Astro
 * put in the module. The module also checks the file's length when it runs, so that a store
 * written in between fails the build instead of mixing two versions of the content.
 *
 * The rewrite is a transform, so the module keeps what Astro's loader gave it (its metadata tells
 * the incremental build that the module is content, not code). A module of another shape, or a
 * store file that is not what the module holds (an empty store, a later Astro), is left as it
 * is. Astro's own way to split the store (`experimental.collectionStorage: 'chunked'`) writes it
 * a character at a time: 319 s for the same store.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

/**
 * Astro's id of the store's module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID).
 */
const storeModuleId = '\0astro:data-layer-content'
/** Where Astro keeps the store in a build (astro/dist/content/paths.js, getDataStoreFile). */
const storeFileName = 'data-store.json'
const head = 'export default JSON.parse('
const tail = ')'

/**
 * The module that reads the store from `file`, when `code` is Astro's module of the very text
 * the file holds; undefined when it is not (another shape, another text, no file).
 *
 * @example fromFile('export default JSON.parse("[1]")', '/cache/data-store.json')
 * // 'import { readFileSync } from "node:fs"\nconst text = readFileSync("/cache/data-store.json"…'
 */
export function fromFile(code: string, file: string): string | undefined {
  if (!code.startsWith(head) || !code.endsWith(tail) || !fs.existsSync(file)) return undefined
  let inlined: unknown
  try {
    inlined = JSON.parse(code.slice(head.length, -tail.length))
  } catch {
    return undefined
  }
  const text = fs.readFileSync(file, 'utf8')
  if (inlined !== text) return undefined
  return [
    'import { readFileSync } from "node:fs"',
    `const text = readFileSync(${JSON.stringify(file)}, "utf8")`,
    `if (text.length !== ${text.length})`,
    `  throw new Error(${JSON.stringify(`the content store changed during the build: ${file}`)})`,
    'export default JSON.parse(text)',
  ].join('\n')
}

/** The integration that rewrites the store's module in every build (astro.config.mjs). */
export function contentStoreFromFile(): AstroIntegration {
  let storeFile = ''
  return {
    name: 'portal-content-store',
    hooks: {
      'astro:config:done': ({ config }) => {
        storeFile = path.join(fileURLToPath(config.cacheDir), storeFileName)
      },
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal-content-store-from-file',
                apply: 'build',
                transform(code, id) {
                  if (id !== storeModuleId) return null
                  const started = Date.now()
                  const rewritten = fromFile(code, storeFile)
                  if (rewritten === undefined) {
                    logger.warn(
                      `the content store's module (${code.length} characters) is not the store ` +
                        `file ${storeFile}; left in the bundle, a large store compiles slowly`,
                    )
                    return null
                  }
                  logger.info(
                    `the pages read the content store from its file (${code.length} characters ` +
                      `checked in ${Date.now() - started} ms)`,
                  )
                  return { code: rewritten, map: { mappings: '' } }
                },
              },
            ],
          },
        })
      },
    },
  }
}
