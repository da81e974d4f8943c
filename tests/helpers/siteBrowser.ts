import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { serveSite } from '../../cms/scripts/serveSite'
import { launchChromium } from './browser'
import { projectRoot } from './siteBuild'
import { loadSite } from './siteDist'

/** The built site served over HTTP and a headless Chromium, for one browser test file. */
export async function openSite() {
  const site = loadSite()
  // The portal's own static server (what `npm start` serves), on a free port.
  const server = await serveSite({ dir: site.outDir, port: 0, host: '127.0.0.1' })
  const { port } = server.address() as AddressInfo
  const browser: Browser = await launchChromium()
  const shots = path.join(projectRoot, 'test-results')
  fs.mkdirSync(shots, { recursive: true })
  return {
    site,
    url: `http://127.0.0.1:${port}`,
    browser,
    /** Saves a screenshot to test-results/ for a person to look at. */
    shoot: (page: Page, name: string) =>
      page.screenshot({ path: path.join(shots, `site-${name}.png`), fullPage: true }),
    close: async () => {
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** The first number in a text, e.g. the result count in "12 products" or "Намерени: 12". */
export const numberIn = (text: string | null) =>
  Number((text ?? '').replace(/[\s\u00a0.,](?=\d{3}\b)/g, '').match(/\d+/)?.[0] ?? NaN)

/** Site paths of the visible links in the page's main content. */
export const mainLinks = (page: Page) =>
  page
    .locator('main a[href]:visible')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))

let axe: string | undefined
const axeSource = () =>
  (axe ??= `${fs.readFileSync(
    path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'),
    'utf8',
  )}\n;void 0`)

type AxeResult = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
  passes: unknown[]
}

/**
 * Runs axe-core (all its default rules: WCAG 2.x A/AA and best practices) on the page; returns
 * the violations in a short readable form. Throws when axe checked nothing, so that a page
 * axe could not run on never passes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test's driver, not as a <script> element: the portal's Content-Security-
  // Policy allows no inline script, and the test must see the page under that policy.
  await page.evaluate(axeSource())
  const result = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }
    const { violations, passes } = await axe.run(document)
    return {
      passes: passes.length,
      violations: violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    }
  })
  if (result.passes < 10)
    throw new Error(`axe-core ran only ${result.passes} checks on ${page.url()}`)
  return result.violations.map((v) => {
    const more = v.targets.length > 3 ? ` (+${v.targets.length - 3})` : ''
    return `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(' | ')}${more}`
  })
}
