/**
 * Every page's last touches, made as it is rendered: the islands' `<style>` moved into `<head>`
 * (lib/islandStyles.ts) and soft hyphens in the long words of `<main>` (lib/softHyphens.ts).
 *
 * They used to rewrite every built file in `astro:build:done`; here the body Astro writes is
 * already final. That matters for the incremental build (astro.config.mjs): Astro keeps the
 * body its render returned, and for a prerendered page that is this middleware's response
 * (astro/dist/core/routing/handler.js runs the middleware around the page;
 * core/app/prerender.js and core/build/generate.js write that response's bytes to the output
 * and to <cacheDir>/dist/), so a page copied from the last build is the finished page and
 * a publish no longer reads and writes every page of the site.
 *
 * It also records which uploaded files each page copied into the output (lib/pageUploads.ts), for
 * the pages that a later build copies instead of rendering, and unlinks a page taken from the
 * live site before it renders again (lib/livePages.ts).
 *
 * Astro hashes a page's own module graph to tell whether its code changed, and this file is not
 * part of it: astro.config.mjs puts a hash of this code into the config hash instead, so a change
 * here renders every page again.
 */
import { defineMiddleware } from 'astro:middleware'

import { finishPage } from './lib/finishPage'
import { unlinkBeforeRender } from './lib/livePages'
import { recordingUploads } from './lib/pageUploads'

export const onRequest = defineMiddleware((context, next) => {
  if (!context.isPrerendered) return next()
  // A page linked from the live site is written anew, not through the link (lib/livePages.ts).
  unlinkBeforeRender(context.url.pathname)
  // The body is read inside: a streamed page renders (and copies its uploads) as it is read.
  return recordingUploads(context.url.pathname, async () => {
    const response = await next()
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response
    const html = await response.text()
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(finishPage(html), {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  })
})
