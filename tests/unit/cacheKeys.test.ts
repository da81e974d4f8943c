import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Every route with many paths gives each path a `cacheKey` (Astro's incremental build,
 * astro.config.mjs): without one, a page renders on every build, and at 10,000 products a
 * publish would wait for every page again. A route "has many paths" when its address has a
 * parameter besides the locale (a slug, a pair, a selection); the few routes below that have one
 * and still render every time say why. tests/int/incremental.routes.test.ts checks in real
 * builds that the keys are there and complete.
 */

const root = path.resolve(import.meta.dirname, '..', '..')
const pagesDir = path.join(root, 'site', 'pages')

/** Routes with a parameter besides the locale that may render on every build, and why. */
const renderedEveryTime: Record<string, string> = {
  'data/[locale]/[dataset].json.ts':
    'eight open-data files per locale, each a whole collection: a key would hash what rendering reads',
  'data/schemas/[dataset].schema.json.ts': 'eight files in all, made from code only',
}

const routeFiles = (fs.readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => /\.(astro|ts)$/.test(f))
  .map((f) => f.split(path.sep).join('/'))
  .sort()

/** The route's parameters, e.g. ['locale', 'by', 'value']. */
const paramsOf = (file: string) => [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!)

const manyPaths = routeFiles.filter((f) => paramsOf(f).some((p) => p !== 'locale'))

/** Code that adds keys: keyed(…), detailPaths(collection, keyOf), or a cacheKey set by hand. */
const keys = /\bkeyed\(|\bdetailPaths\(\s*'\w+',|\bcacheKey\b/

/**
 * Whether a route's getStaticPaths adds keys (`keys`), or is a helper of site/lib imported by name whose own code does.
 */
function addsKeys(file: string): boolean {
  const source = fs.readFileSync(path.join(pagesDir, file), 'utf8')
  const own = source.match(/export (?:const getStaticPaths =|async function getStaticPaths)[\s\S]*/)
  if (!own) return false
  if (keys.test(own[0])) return true
  const helper = own[0].match(/getStaticPaths = (?:async \(\) =>\s*)?(\w+)/)?.[1]
  const from =
    helper && source.match(new RegExp(`import \\{[^}]*\\b${helper}\\b[^}]*\\} from '([^']+)'`))
  if (!from) return false
  const lib =
    path.join(root, from[1]!.replace(/^@site\//, 'site/').replace(/^\.\.\/(\.\.\/)*/, 'site/')) +
    '.ts'
  if (!fs.existsSync(lib)) return false
  const body = fs
    .readFileSync(lib, 'utf8')
    .split(/\nexport /)
    .find((part) => new RegExp(`^(?:const|async function|function) ${helper}\\b`).test(part))
  return Boolean(body && keys.test(body))
}

describe('cacheKey on every route with many paths', () => {
  it('finds the routes (the scan works)', () => {
    expect(manyPaths).toContain('[locale]/events/[slug].astro')
    expect(manyPaths).toContain('[locale]/compare/[pair].astro')
    expect(manyPaths.length).toBeGreaterThan(10)
  })

  it.each(manyPaths.filter((f) => !(f in renderedEveryTime)))(
    '%s gives each path a cacheKey',
    (file) => {
      expect(addsKeys(file), `${file}: its getStaticPaths returns no cacheKey`).toBe(true)
    },
  )

  it('the routes that render every time exist and have no key to forget', () => {
    for (const file of Object.keys(renderedEveryTime)) {
      expect(routeFiles, file).toContain(file)
      expect(addsKeys(file), `${file} has a key now: take it off the list`).toBe(false)
    }
  })
})
