import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentStoreInParts, inParts } from '../../cms/build/contentStore'

/** Astro's store module for a store, made as Astro makes it (vite-plugin-content-virtual-mod). */
const astroModule = (store: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`

/** What a module's default export evaluates to. */
const evaluate = async (code: string): Promise<unknown> =>
  ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown })
    .default

const astroDist = path.resolve(import.meta.dirname, '../../node_modules/astro/dist/content')

describe("the content store's module in parts", () => {
  const store = [
    { slug: 'софия-облак', name: 'София „Облак“', quote: 'say "hi" \\ bye', emoji: '🚀🌍' },
    { slug: 'münchen', lines: 'one\ntwo\u2028three', empty: '' },
  ]

  it('gives the pages the very same data, cut anywhere, even inside an emoji', async () => {
    const text = JSON.stringify(store)
    for (const length of [1, 2, 3, 7, 64, text.length, text.length + 5]) {
      const { code } = inParts(astroModule(store), length)!
      expect(await evaluate(code), `parts of ${length}`).toEqual(store)
    }
  })

  it('cuts the one long literal into literals no longer than a part', () => {
    const text = JSON.stringify(store)
    const { code, parts } = inParts(astroModule(store), 10)!
    const literals = code.split('\n').slice(1, -1)
    expect(parts).toBe(Math.ceil(text.length / 10))
    expect(literals).toHaveLength(parts)
    for (const literal of literals)
      expect((JSON.parse(literal.replace(/,$/, '')) as string).length).toBeLessThanOrEqual(10)
  })

  it('leaves a module of any other shape alone', () => {
    expect(inParts('export default new Map()')).toBeUndefined()
    expect(inParts('export default JSON.parse([1,2])')).toBeUndefined()
    expect(inParts('export default JSON.parse("[1" + "]")')).toBeUndefined()
    expect(inParts(`const a = 1; ${astroModule(store)}`)).toBeUndefined()
  })

  it('rewrites only the store module, through a Vite plugin', () => {
    const plugins: { name: string; transform: (code: string, id: string) => unknown }[] = []
    const said: string[] = []
    contentStoreInParts().hooks['astro:config:setup']!({
      updateConfig: (config: { vite: { plugins: typeof plugins } }) => {
        plugins.push(...config.vite.plugins)
      },
      logger: {
        info: (message: string) => said.push(message),
        warn: (message: string) => said.push(`warning: ${message}`),
      },
    } as never)
    const [plugin] = plugins
    const code = astroModule(store)
    expect(plugin!.transform(code, '/site/pages/index.astro')).toBeNull()
    expect(plugin!.transform(code, '\0astro:data-layer-content')).toEqual({
      code: inParts(code)!.code,
      map: { mappings: '' },
    })
    expect(said).toEqual([`the store's module in 1 part(s) of ${code.length} characters`])
    // A large store in a shape it does not know: left whole, with a warning in the build log.
    const large = `export default ${JSON.stringify('x'.repeat(5 * 1024 * 1024))}`
    expect(plugin!.transform(large, '\0astro:data-layer-content')).toBeNull()
    expect(said[1]).toMatch(/^warning: the content store's module \(\d+ characters\) is not/)
  })

  // When an upgrade of Astro changes either, the rewrite would quietly stop: this says so.
  it("matches the module id and shape of the installed Astro's store", () => {
    const consts = fs.readFileSync(path.join(astroDist, 'consts.js'), 'utf8')
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";')
    expect(consts).toContain(
      'const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;',
    )
    const plugin = fs.readFileSync(
      path.join(astroDist, 'vite-plugin-content-virtual-mod.js'),
      'utf8',
    )
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`')
  })
})
