// The portal: an Astro site in site/, generated statically from the CMS (see site/lib/loader.ts).
import crypto from 'node:crypto'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { contentStoreFromFile } from './cms/build/contentStore.ts'
import { livePages } from './cms/build/livePages.ts'
import { pageUploads } from './cms/build/pageUploads.ts'
import { searchIndex } from './cms/build/searchIndex.ts'
import { portalSitemap } from './cms/build/sitemap.ts'
import { writeSiteHeaders } from './cms/build/siteHeaders.ts'
import { siteOutDir } from './cms/paths.ts'
import { siteBuildSecret } from './cms/secret.ts'

/**
 * Writes dist/_headers (CSP with the hashes of the inline scripts and styles just built, frame
 * protection, caching) when the build is done: static hosts and the portal's server read it.
 */
let astroCacheDir = ''
const securityHeaders = {
  name: 'portal-security-headers',
  hooks: {
    'astro:config:done': ({ config }) => {
      astroCacheDir = fileURLToPath(config.cacheDir)
    },
    'astro:build:done': ({ dir, logger }) => {
      // The cache folder: pages Astro copied from it unchanged are not read again.
      const [site] = writeSiteHeaders(fileURLToPath(dir), process.env, astroCacheDir)
      logger.info(`_headers: ${site.headers['Content-Security-Policy'].length} characters of CSP`)
    },
  },
}

/**
 * The site reads the CMS through Payload's Local API as an anonymous visitor and signs nothing,
 * but Payload's config refuses to load without a secret in production, which is how Astro
 * builds: unless PAYLOAD_SECRET is set, a build uses the local secret, as `npm start` does.
 */
const cmsSecret = {
  name: 'portal-cms-secret',
  hooks: {
    'astro:config:setup': ({ command }) => {
      // `astro check` syncs the content collections first (command 'sync'), loading Payload too.
      if (command === 'build' || command === 'sync') process.env.PAYLOAD_SECRET = siteBuildSecret()
    },
  },
}

/**
 * Every page passes through site/middleware.ts (the islands' style into <head>, soft hyphens),
 * but Astro's incremental build compares only a page's own module graph, which the middleware is
 * not part of: a page copied from the last build would keep what the old code made of it. The
 * code's hash goes into `vite.define`, which is part of the configuration Astro hashes, so a
 * change to it renders every page again.
 */
const finishedPages = {
  name: 'portal-finished-pages',
  hooks: {
    'astro:config:setup': ({ config, updateConfig }) => {
      const sources = [
        'site/middleware.ts',
        'site/lib/finishPage.ts',
        'site/lib/islandStyles.ts',
        'site/lib/livePages.ts',
        'site/lib/softHyphens.ts',
        'cms/shared/hyphenate.ts',
      ]
      const hash = crypto.createHash('sha256')
      for (const file of sources) hash.update(fs.readFileSync(new URL(file, config.root)))
      const version = JSON.stringify(hash.digest('hex'))
      updateConfig({ vite: { define: { __PORTAL_FINISHED_PAGES__: version } } })
    },
  },
}

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  srcDir: './site',
  publicDir: './public',
  // Builds go to a fresh folder that the build script swaps in whole (cms/build/buildSite.ts).
  outDir: siteOutDir(),
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Four pages at a time: a rebuild mostly copies unchanged pages from the cache, and the copies
  // overlap (a no-change rebuild at 1,000 products: routes 15.7 s against 23.7 s one at a time).
  build: { format: 'directory', concurrency: 4 },
  // A page whose getStaticPaths entry carries a cacheKey (site/lib/cacheKey.ts) is copied from
  // the last build when its key and its code are unchanged: a publish re-renders what it changed.
  experimental: { incrementalBuild: true },
  integrations: [
    cmsSecret,
    // The pages read the content store from its file, not from one huge string literal
    // (cms/build/contentStore.ts).
    contentStoreFromFile(),
    react(),
    // sitemap-index.xml with each page's hreflang set, grouped in linear time (cms/build/sitemap.ts).
    portalSitemap(),
    finishedPages,
    // Unchanged pages hard-linked from the live site instead of copied from the cache.
    livePages(),
    // Before anything reads the output: the files of the pages copied from the last build.
    pageUploads(),
    securityHeaders,
    searchIndex(),
  ],
})
