// The portal (step 2): an Astro site in site/, generated statically from the CMS.
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: './dist',
  integrations: [react()],
})
