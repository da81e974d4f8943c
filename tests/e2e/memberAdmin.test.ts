import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin } from '../helpers/adminBrowser'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { newMails, readMails, sendQueuedMail } from '../helpers/mail'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

/**
 * The member company's admin in Chromium (the built admin, cms/server.ts): it lands on "My
 * company", sees only its own collections, submits a change for review and is told so; staff
 * find it in the review queue and publish it; the preview shows the draft to its owner only.
 * Screenshots at 1280 and 390 px, in English and Bulgarian, go to test-results/.
 */

const shots = path.resolve(import.meta.dirname, '..', '..', 'test-results')
const savedStaff = process.env.STAFF_EMAIL

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World

beforeAll(async () => {
  process.env.STAFF_EMAIL = 'staff@hits.example'
  ctx = await startPayload('member-admin-e2e')
  world = await createWorld(ctx.payload)
  cms = await startCmsServer()
  browser = await launchChromium()
  fs.mkdirSync(shots, { recursive: true })
})
afterAll(async () => {
  if (savedStaff === undefined) delete process.env.STAFF_EMAIL
  else process.env.STAFF_EMAIL = savedStaff
  await browser?.close()
  cms?.stop()
  await ctx?.stop()
})

type Who = 'memberA' | 'editor'

const session = (who: Who, width: number, language: 'en' | 'bg') =>
  signInToAdmin(browser, cms.url, world.users[who].email, { width, language })

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `member-admin-${name}.png`), fullPage: true })

/** Opens the nav on a phone, where it is a drawer. */
async function navLinks(page: Page) {
  const toggle = page.locator('.nav-toggler, button[aria-label*="navigation" i]').first()
  if (await toggle.isVisible().catch(() => false)) await toggle.click()
  return page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
}

describe('a member company in the admin', () => {
  it('lands on "My company" and sees only its own collections', async () => {
    for (const [width, language] of [
      [1280, 'en'],
      [390, 'en'],
      [1280, 'bg'],
      [390, 'bg'],
    ] as const) {
      const { context, page } = await session('memberA', width, language)
      const panel = page.getByTestId('my-company')
      await panel.waitFor()
      expect(await panel.textContent()).toContain('Alpha Cloud')
      expect(await panel.textContent()).not.toContain('Beta')
      await shot(page, `dashboard-${language}-${width}`)
      const links = await navLinks(page)
      expect(links).toContain('/admin/my-company')
      expect(links).toContain('/admin/collections/products')
      for (const hidden of [
        '/admin/collections/users',
        '/admin/globals/settings',
        '/admin/collections/categories',
      ])
        expect(links).not.toContain(hidden)
      if (width < 600) await shot(page, `nav-${language}-${width}`)
      await context.close()
    }
  })

  it('submits a change for review, is told so, and cannot unpublish; the portal keeps its text', async () => {
    const id = world.products.aPublished.id
    const mailsBefore = readMails(ctx.dataDir)
    for (const language of ['en', 'bg'] as const) {
      const { context, page } = await session('memberA', 1280, language)
      await page.goto(`${cms.url}/admin/collections/products/${id}`)
      await page.fill('#field-summary', `Backups every night (${language})`)
      const submit = page.locator('#action-save')
      expect(await submit.textContent()).toBe(
        language === 'en' ? 'Submit for review' : 'Изпрати за преглед',
      )
      await submit.click()
      await page
        .getByText(language === 'en' ? /Sent for review/ : /Изпратено за преглед/)
        .first()
        .waitFor()
      await page.locator('[data-review-status="awaiting"]').waitFor()
      await shot(page, `submitted-${language}-1280`)
      await page.locator('.doc-controls__dots').click()
      expect(await page.locator('#action-unpublish').count()).toBe(0)
      await context.close()
    }
    const published = await ctx.payload.findByID({
      collection: 'products',
      id,
      draft: false,
      overrideAccess: true,
    })
    expect(published.summary).toBe('Alpha Cloud summary')
    await sendQueuedMail(ctx.payload)
    const mails = newMails(ctx.dataDir, mailsBefore)
    expect(mails.map((m) => m.subject)).toEqual(['Alpha Soft submitted "Alpha Cloud" for review'])
  })

  it('previews its draft; a browser without the session cannot', async () => {
    const id = world.products.aPublished.id
    const { context, page } = await session('memberA', 390, 'bg')
    await page.goto(`${cms.url}/admin/collections/products/${id}`)
    const href = await page.locator('#preview-button').getAttribute('href')
    expect(href).toBe(`/api/products/${id}/preview?locale=en`)
    await page.goto(`${cms.url}/api/products/${id}/preview?locale=bg`)
    await page.getByText('Backups every night (bg)').first().waitFor()
    await shot(page, 'preview-bg-390')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${cms.url}/api/products/${id}/preview?locale=en`)
    await shot(page, 'preview-en-1280')
    await context.close()
    const anonymous = await browser.newPage()
    const res = await anonymous.goto(`${cms.url}/api/products/${id}/preview?locale=en`)
    expect(res?.status()).toBe(401)
    expect(await anonymous.content()).not.toContain('Backups every night')
    await anonymous.close()
  })

  it('staff find it in the review queue and publish it', async () => {
    const id = world.products.aPublished.id
    for (const [width, language] of [
      [390, 'bg'],
      [1280, 'en'],
    ] as const) {
      const { context, page } = await session('editor', width, language)
      const links = await navLinks(page)
      expect(links).toContain('/admin/review')
      await page.goto(`${cms.url}/admin/review`)
      const row = page.locator('[data-review-row]').filter({ hasText: 'Alpha Cloud' })
      await row.waitFor()
      await shot(page, `queue-${language}-${width}`)
      if (language === 'en') {
        await row.getByRole('button', { name: 'Publish' }).click()
        await page
          .getByText(/is published|Could not publish/)
          .first()
          .waitFor()
        expect(await page.getByText(/Could not publish/).count()).toBe(0)
        await row.waitFor({ state: 'detached' })
        await shot(page, `queue-published-${language}-${width}`)
      }
      await context.close()
    }
    const published = await ctx.payload.findByID({
      collection: 'products',
      id,
      draft: false,
      overrideAccess: true,
    })
    expect(published.summary).toBe('Backups every night (bg)')
  })
})
