import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { AstroIntegration } from 'astro'

/** The site URL the sitemap tests build for. */
export const testSite = 'http://localhost:4321'

type Hook = (options: Record<string, unknown>) => unknown

const logger = { info() {}, warn() {}, error() {}, debug() {} }

/**
 * Runs sitemap integrations' hooks in list order, as Astro does at the end of a build, over the
 * given page pathnames (as Astro's `pages`: no leading slash, '' for the root), and returns the
 * files written, by name.
 */
export async function runSitemap(
  integrations: AstroIntegration[],
  pathnames: readonly string[],
): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'))
  const config = {
    site: testSite,
    base: '/',
    trailingSlash: 'always',
    build: { format: 'directory' },
  }
  const call = async (name: string, options: Record<string, unknown>) => {
    for (const integration of integrations) {
      const hook = (integration.hooks as Record<string, Hook | undefined>)[name]
      if (hook) await hook({ logger, ...options })
    }
  }
  try {
    await call('astro:routes:resolved', { routes: [] })
    await call('astro:config:done', { config })
    const pages = pathnames.map((pathname) => ({ pathname }))
    await call('astro:build:done', { dir: pathToFileURL(dir + '/'), pages })
    return Object.fromEntries(
      fs.readdirSync(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]),
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
