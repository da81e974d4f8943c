/**
 * Astro writes its islands' one CSS rule (`astro-island{display:contents}`) as a `<style>`
 * element just before the first island of a page, so inside `<body>`, wherever that island is.
 * HTML allows `<style>` only where metadata content is expected (in `<head>`), and the W3C Nu
 * validator rejects the search page for it. Astro has no option to place it, so as each page is
 * rendered (site/middleware.ts) this moves it to the end of `<head>`; the rule is the same, and
 * the CSP hash of the element's text (cms/build/siteHeaders.ts) with it.
 * tests/site/validator.test.ts checks pages.
 */
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
