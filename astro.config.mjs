// The portal: an Astro site in site/, generated statically from the CMS (see site/lib/loader.ts).
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { islandStylesInHead } from './cms/build/islandStyles.ts'
import { searchIndex } from './cms/build/searchIndex.ts'
import { portalSitemap } from './cms/build/sitemap.ts'
import { softHyphens } from './cms/build/softHyphens.ts'
import { writeSiteHeaders } from './cms/build/siteHeaders.ts'
import { siteOutDir } from './cms/paths.ts'
import { siteBuildSecret } from './cms/secret.ts'

/**
 * Writes dist/_headers (CSP with the hashes of the inline scripts and styles just built, frame
 * protection, caching) when the build is done: static hosts and the portal's server read it.
 */
const securityHeaders = {
  name: 'portal-security-headers',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const [site] = writeSiteHeaders(fileURLToPath(dir), process.env)
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

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  srcDir: './site',
  publicDir: './public',
  // Builds go to a fresh folder that the build script swaps in whole (cms/build/buildSite.ts).
  outDir: siteOutDir(),
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A page whose getStaticPaths entry carries a cacheKey (site/lib/cacheKey.ts) is copied from
  // the last build when its key and its code are unchanged: a publish re-renders what it changed.
  experimental: { incrementalBuild: true },
  integrations: [
    cmsSecret,
    react(),
    // sitemap-index.xml with each page's hreflang set, grouped in linear time (cms/build/sitemap.ts).
    portalSitemap(),
    // Before the headers and the index read the pages: the pages as they are served.
    islandStylesInHead(),
    securityHeaders,
    searchIndex(),
    // After the index: Pagefind reads whole words, visitors get words that break properly.
    softHyphens(),
  ],
})
