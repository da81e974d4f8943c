import { islandStyleInHead } from './islandStyles'
import { hyphenateHtml } from './softHyphens'

/**
 * A rendered page as it is served: the islands' style in `<head>`, soft hyphens in `<main>`.
 * Run on every HTML page by site/middleware.ts; astro.config.mjs names the files whose code
 * decides it (a change there renders every page again).
 */
export const finishPage = (html: string): string => hyphenateHtml(islandStyleInHead(html))
