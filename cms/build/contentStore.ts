/**
 * Astro's content store reaches the pages as one JavaScript module, `export default
 * JSON.parse("…")`, the whole store in one string literal (astro/dist/content/
 * vite-plugin-content-virtual-mod.js). V8 compiles a string literal in time that grows with the
 * square of its length: 0.2 s for 5 MB, 2.9 s for 20 MB, 14.2 s for 40 MB. At 10,000 products
 * the store is 105 MB, and compiling it took 79 of the 108 s that every publish spent before its
 * first page (a CPU profile, SITE_BUILD_PROFILE_DIR).
 *
 * This integration rewrites that module into the same string in parts of 4 MB, joined before it
 * is parsed: each part compiles in linear time, and the pages get the very same data. Astro's
 * own way to split the store (`experimental.collectionStorage: 'chunked'`) writes it a character
 * at a time: 319 s for the same store.
 *
 * The rewrite is a transform, so the module keeps what Astro's loader gave it (its metadata tells
 * the incremental build that the module is content, not code). A module of another shape (an
 * empty store, a later Astro) is left as it is.
 */
import type { AstroIntegration } from 'astro'

/** Astro's id of the store's module (astro/dist/content/consts.js: RESOLVED_DATA_STORE_VIRTUAL_ID). */
const storeModuleId = '\0astro:data-layer-content'
const head = 'export default JSON.parse('
const tail = ')'

/** Characters per part: linear to compile up to about this size (0.14 s for 4 MB). */
export const partLength = 4 * 1024 * 1024

/**
 * The store's module with its one string literal cut into parts of at most `length` characters,
 * and how many, or undefined when the module does not have the shape Astro gives it.
 *
 * @example inParts('export default JSON.parse("[1,2]")', 3) // { code: 'export default JSON.parse([\n"[1,",\n"2]"\n].join(""))', parts: 2 }
 */
export function inParts(
  code: string,
  length = partLength,
): { code: string; parts: number } | undefined {
  if (!code.startsWith(head) || !code.endsWith(tail)) return undefined
  let text: unknown
  try {
    text = JSON.parse(code.slice(head.length, -tail.length))
  } catch {
    return undefined
  }
  if (typeof text !== 'string') return undefined
  const parts: string[] = []
  // A cut inside a surrogate pair is safe: JSON.stringify writes each half as an escape, and
  // join puts the two halves together again.
  for (let at = 0; at < text.length; at += length)
    parts.push(JSON.stringify(text.slice(at, at + length)))
  return { code: `${head}[\n${parts.join(',\n')}\n].join(""))`, parts: parts.length }
}

/** The integration that rewrites the store's module for every build (astro.config.mjs). */
export function contentStoreInParts(): AstroIntegration {
  return {
    name: 'portal-content-store',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal-content-store-in-parts',
                transform(code, id) {
                  if (id !== storeModuleId) return null
                  const split = inParts(code)
                  if (split === undefined) {
                    // Only worth saying where it costs: a large store left whole.
                    if (code.length > partLength)
                      logger.warn(
                        `the content store's module (${code.length} characters) is not in the ` +
                          'shape this integration knows; left whole, it compiles slowly',
                      )
                    return null
                  }
                  logger.info(
                    `the store's module in ${split.parts} part(s) of ${code.length} characters`,
                  )
                  return { code: split.code, map: { mappings: '' } }
                },
              },
            ],
          },
        })
      },
    },
  }
}
