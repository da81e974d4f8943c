// The portal: an Astro site in site/, generated statically from the CMS (see site/lib/loader.ts).
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, localeCodes } from './cms/shared/locales.ts'
import { searchIndex } from './cms/build/searchIndex.ts'
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
  integrations: [
    cmsSecret,
    react(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // The language chooser and the 404 page are not content to index.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404\/?$/.test(new URL(page).pathname),
      // x-default points at the default locale's version, as the pages' own <link> elements do.
      serialize: (item) => {
        const fallback = item.links?.find((link) => link.lang === defaultLocale)
        if (fallback) item.links = [...item.links, { lang: 'x-default', url: fallback.url }]
        return item
      },
    }),
    securityHeaders,
    searchIndex(),
  ],
  telemetry: false,
})
