/**
 * The portal under its own Content-Security-Policy, served by the portal's real server (what
 * `npm start` runs) from the policy the build wrote into dist/_headers: pages, Pagefind search,
 * the catalogue filter and both forms must work, and the browser must report no violation.
 * The forms' CMS is answered in the browser here (the full round trip to a running CMS is
 * tests/e2e/forms.test.ts, which watches for violations too); the policy is checked before any
 * request leaves the page, so a CMS origin missing from connect-src fails here as well.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@shared/locales'
import { formsOrigin, headersFileName, parseHeadersFile } from '../../cms/build/siteHeaders'
import { routeOf, urlFor } from '../../site/lib/urls'
import { watchCsp } from '../helpers/cspWatch'
import { numberIn, openSite } from '../helpers/siteBrowser'
import { projectRoot } from '../helpers/siteBuild'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

const ui = (locale: Locale) =>
  JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'site', 'i18n', 'ui', `${locale}.json`), 'utf8'),
  ) as Record<string, string>

/** The policy the build wrote for every path. */
const builtPolicy = () =>
  parseHeadersFile(fs.readFileSync(path.join(ctx.site.outDir, headersFileName), 'utf8')).find(
    (rule) => rule.path === '/*',
  )!.headers

describe('the Content-Security-Policy of the portal', () => {
  it('is served from the built _headers: no inline script allowed by default, no framing', async () => {
    const policy = builtPolicy()
    const csp = policy['Content-Security-Policy']!
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '))!
    expect(scriptSrc).toMatch(/'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+$/)
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*(\s|;|$)/)
    expect(csp).toContain(`connect-src 'self' ${formsOrigin(process.env)}`)
    expect(csp).toContain("frame-ancestors 'none'")
    const urls = [
      urlFor('en', { kind: 'home' }),
      urlFor('bg', { kind: 'catalogue' }),
      '/pagefind/parts.json',
      '/en/no-such-page/',
    ]
    for (const url of urls) {
      const res = await fetch(`${ctx.url}${url}`)
      expect(res.headers.get('content-security-policy'), url).toBe(csp)
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe(policy['Referrer-Policy'])
      expect(res.headers.get('permissions-policy')).toBe(policy['Permissions-Policy'])
    }
  })

  it('keeps another site from framing a page', async () => {
    // Another origin (another port) on this machine, whose page frames the portal's.
    const framer = http.createServer((_, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(`<iframe src="${ctx.url}/en/" width="600" height="400"></iframe>`),
    )
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve))
    const page = await ctx.browser.newPage()
    try {
      await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`)
      const frame = page.frames().find((f) => f !== page.mainFrame())!
      // The framed page never shows: Chromium puts its error page in the frame instead.
      await expect.poll(() => frame.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/)
      expect(await frame.locator('#main').count()).toBe(0)
    } finally {
      await page.close()
      framer.close()
    }
  })

  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 800 }],
  ] as const) {
    it(`pages, search, catalogue filter and forms work with no violation (${device})`, async () => {
      const context = await ctx.browser.newContext({ viewport })
      const { violations } = await watchCsp(context)
      const posted = await answerForms(context)
      const page = await context.newPage()
      for (const locale of ['en', 'bg'] as const) {
        await page.goto(`${ctx.url}${urlFor(locale, { kind: 'home' })}`)
        await shoot(page, `home-${locale}-${device}`)
        await searchFindsAProduct(page, locale)
        await shoot(page, `search-${locale}-${device}`)
        await catalogueFilterNarrows(page, locale)
        await inquiryIsSent(page, locale)
        await shoot(page, `inquiry-sent-${locale}-${device}`)
        await page.goto(`${ctx.url}${urlFor(locale, { kind: 'membership' })}`)
        await page.locator('#apply').scrollIntoViewIfNeeded()
        await page.locator('#apply form').waitFor({ timeout: 20_000 })
      }
      expect(posted).toEqual(['inquiries en', 'inquiries bg'])
      expect(violations).toEqual([])
      await context.close()
    })
  }
})

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(projectRoot, 'test-results', `site-csp-${name}.png`) })

/** Answers the forms' POSTs in the browser as the CMS does (201, CORS for this origin). */
async function answerForms(context: BrowserContext) {
  const posted: string[] = []
  const cors = {
    'access-control-allow-origin': ctx.url,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type, accept',
  }
  await context.route(`${formsOrigin(process.env)}/api/**`, async (route) => {
    const request = route.request()
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
    const body = request.postDataJSON() as { locale?: string }
    posted.push(`${new URL(request.url()).pathname.split('/')[2]} ${body.locale}`)
    return route.fulfill({ status: 201, headers: cors, json: { ok: true } })
  })
  return posted
}

async function searchFindsAProduct(page: Page, locale: Locale) {
  const product = ctx.site.facts.docs.products[locale][0]!
  await page.goto(`${ctx.url}${urlFor(locale, { kind: 'search' })}`)
  await page.getByRole('searchbox').fill(product.title)
  const target = urlFor(locale, routeOf('products', product))
  await page.locator(`main a[href="${target}"]`).first().waitFor({ timeout: 20_000 })
}

async function catalogueFilterNarrows(page: Page, locale: Locale) {
  const status = page.locator('main [role="status"]').first()
  const total = ctx.site.facts.docs.products[locale].length
  await page.goto(`${ctx.url}${urlFor(locale, { kind: 'catalogue' })}`)
  await expect
    .poll(async () => numberIn(await status.textContent()), { timeout: 20_000 })
    .toBe(total)
  // The filters fold away on a narrow screen: open them as a visitor would.
  const panel = page.locator('main details').first()
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel.locator('summary').click()
  // A value that narrows the catalogue: its label ends with its count, e.g. "Bulgaria (12)".
  const boxes = page.locator('main input[type="checkbox"]')
  for (let i = 0; i < (await boxes.count()); i++) {
    const id = await boxes.nth(i).getAttribute('id')
    const count = numberIn(
      (await page.locator(`label[for="${id}"]`).innerText()).match(/\(([^)]*)\)\s*$/)?.[1] ?? '',
    )
    if (!(count > 0 && count < total)) continue
    await boxes.nth(i).check()
    await expect.poll(async () => numberIn(await status.textContent())).toBe(count)
    return
  }
  throw new Error(`no filter value narrows the ${locale} catalogue`)
}

async function inquiryIsSent(page: Page, locale: Locale) {
  const labels = ui(locale)
  const product = ctx.site.facts.docs.products[locale].find((p) => p.summary)!
  await page.goto(`${ctx.url}${urlFor(locale, routeOf('products', product))}`)
  const form = page.locator('#inquiry')
  // The form's island loads as the visitor scrolls towards it (client:visible).
  await form.scrollIntoViewIfNeeded()
  await form.locator('form').waitFor({ timeout: 20_000 })
  await form.getByLabel(labels['form.name']!).fill('Anna Buyer')
  await form.getByLabel(labels['form.email']!).fill('anna@buyer.example')
  await form
    .getByLabel(labels['form.message']!)
    .fill('We would like an offer for 40 users, with training for the team.')
  await form.getByRole('button', { name: labels['form.inquiry.submit'] }).click()
  const said = labels['form.inquiry.success']!.split('{member}')[0]!
  await expect.poll(() => form.getByRole('status').innerText(), { timeout: 20_000 }).toContain(said)
}
