// The portal: an Astro site in site/, generated statically from the CMS (see site/lib/loader.ts).
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, localeCodes } from './cms/locales.ts'

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  srcDir: './site',
  publicDir: './public',
  // Builds go to a fresh folder that the build script swaps in whole (cms/scripts/buildSite.ts).
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
    }),
  ],
  telemetry: false,
})
