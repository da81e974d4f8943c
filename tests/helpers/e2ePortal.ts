import crypto from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { serveSite } from '../../cms/scripts/serveSite'
import { launchChromium } from './browser'
import { startCmsServer } from './cmsServer'
import { buildSiteInto, projectRoot, runTs, siteEnv } from './siteBuild'
import { siteLocation } from './siteFacts'

type Steps = {
  /** After the seed, before the CMS starts: more data of the test's own (`runTs` with `env`). */
  seeded?: (env: NodeJS.ProcessEnv) => Promise<void> | void
  /** On top of the CMS's environment, e.g. a rate limit other than the default. */
  cmsEnv?: Record<string, string>
  /** With the CMS running, before the portal is built from it (e.g. staff switch a feature on). */
  running?: (cmsUrl: string) => Promise<void>
}

/**
 * The world of a browser test of the public forms: one seeded database in a temporary folder
 * (`prefix`, one per test file, so that two files never share one), the real CMS server
 * (cms/server.ts) over it with its mail queue running, and the portal built against that CMS
 * (CMS_URL) and allowed by its CORS rule (SITE_URL), served over HTTP, plus headless Chromium.
 * `start` in beforeAll, `stop` in afterAll; `keep` names the variable that keeps the folder.
 */
export function e2ePortal(prefix: string, keep: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const location = siteLocation(root)
  const log = path.join(root, 'build.log')
  let site: Awaited<ReturnType<typeof serveSite>> | undefined
  let cms: Awaited<ReturnType<typeof startCmsServer>> | undefined
  let browser: Browser | undefined

  async function start(steps: Steps = {}) {
    // Vitest mirrors import.meta.env into a worker's environment (DEV=1, MODE=test…); a site
    // built with those would take itself for a dev server. The children get a clean one.
    for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[key]
    fs.mkdirSync(location.dataDir, { recursive: true })
    // The portal's server first: its port is the origin the CMS must allow. It reads the folder
    // on every request, so it may start before the build has written anything.
    site = await serveSite({ dir: location.outDir, port: 0, host: '127.0.0.1' })
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    const env: NodeJS.ProcessEnv = {
      ...siteEnv(location, crypto.randomBytes(32).toString('hex')),
      SITE_URL: siteUrl,
    }
    await runTs(path.join(projectRoot, 'tests/helpers/siteSeed.ts'), [location.factsFile], env, log)
    await steps.seeded?.(env)
    // startCmsServer passes this process's environment to the CMS server.
    for (const key of ['DATA_DIR', 'DATABASE_URI', 'PAYLOAD_SECRET', 'SITE_URL'] as const)
      process.env[key] = env[key]
    // The default rate limits (5 per 10 minutes), whatever the shell has set, unless the test
    // asks for others.
    for (const key of [
      'FORMS_RATE_LIMIT',
      'FORMS_RATE_LIMIT_POINTS',
      'FORMS_RATE_LIMIT_SECONDS',
      'FORMS_TRUSTED_PROXIES',
    ])
      delete process.env[key]
    // Its mail queue runs, as in any CMS server (the test runner turns it off for its own).
    cms = await startCmsServer({
      env: { MAIL_AUTORUN: '1', ...steps.cmsEnv },
      log: path.join(root, 'cms.log'),
    })
    await steps.running?.(cms.url)
    await buildSiteInto(location.outDir, { ...env, CMS_URL: cms.url }, log)
    browser = await launchChromium()
    return { siteUrl, cms, browser }
  }

  async function stop() {
    await browser?.close()
    cms?.stop()
    await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)))
    if (!process.env[keep]) fs.rmSync(root, { recursive: true, force: true })
  }

  return { root, location, start, stop }
}
