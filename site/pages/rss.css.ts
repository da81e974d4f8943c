import type { APIRoute } from 'astro'

// Vite's ?inline gives the stylesheet processed, its @imports inlined: the site's own design.
import siteCss from '../styles/global.css?inline'
import feedCss from '../styles/rss.css?inline'

/**
 * /rss.css: the styles of a feed opened in a browser (see lib/rssStylesheet.ts). The pages' CSS
 * has a hashed name the stylesheet cannot know, so the same design is served under a fixed one.
 */
export const GET: APIRoute = () =>
  new Response(`${siteCss}\n${feedCss}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
