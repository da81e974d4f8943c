/**
 * Astro writes its islands' one CSS rule (`astro-island{display:contents}`) as a `<style>`
 * element just before the first island of a page, so inside `<body>`, wherever that island is.
 * HTML allows `<style>` only where metadata content is expected (in `<head>`), and the W3C Nu
 * validator rejects the search page for it. Astro has no option to place it, so once the pages
 * are written this moves it to the end of `<head>`; the rule is the same, and the CSP hash of the
 * element's text (cms/build/siteHeaders.ts) with it. tests/site/validator.test.ts checks pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
// Public through astro's `./runtime/*` export; a rename fails the build instead of passing.
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js'

const islandStyle = `<style>${ISLAND_STYLES}</style>`

/** The page with the islands' `<style>` element in `<head>` only (once), or unchanged. */
export function islandStyleInHead(html: string): string {
  const headEnd = html.indexOf('</head>')
  if (headEnd === -1) return html
  const body = html.slice(headEnd)
  if (!body.includes(islandStyle)) return html
  const head = html.slice(0, headEnd)
  return (head.includes(islandStyle) ? head : head + islandStyle) + body.replaceAll(islandStyle, '')
}

/** Astro integration: moves the islands' style into `<head>` in every built page. */
export function islandStylesInHead(): AstroIntegration {
  return {
    name: 'portal-island-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        let moved = 0
        for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue
          const full = path.join(root, file)
          const html = fs.readFileSync(full, 'utf8')
          const fixed = islandStyleInHead(html)
          if (fixed === html) continue
          fs.writeFileSync(full, fixed)
          moved += 1
        }
        logger.info(`island style moved into <head> on ${moved} pages`)
      },
    },
  }
}
