import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin } from '../helpers/adminBrowser'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

/**
 * Completeness in the built admin, in Chromium: the member sees its score and what is missing
 * on its dashboard, each item opens the field (in its locale, scrolled to and focused, even in
 * a collapsed array row or the rich text editor), the edit view's card follows a save; staff see
 * every member by score. Screenshots at 1280 and 390 px, English and Bulgarian, go to
 * test-results/ (or SHOTS_DIR).
 */

const shots = process.env.SHOTS_DIR ?? path.resolve(import.meta.dirname, '..', '..', 'test-results')

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World
const sys = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload('completeness-e2e')
  world = await createWorld(ctx.payload)
  // Alpha Soft: an English tagline only, one reference whose outcome is English only.
  await ctx.payload.update({
    collection: 'members',
    id: world.members.a.id,
    locale: 'en',
    data: {
      tagline: 'Cloud ERP for factories',
      city: 'Sofia',
      references: [{ sector: 'manufacturing', country: 'DE', outcome: 'Live in six months' }],
    } as never,
    ...sys,
  })
  cms = await startCmsServer()
  browser = await launchChromium()
  fs.mkdirSync(shots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await ctx?.stop()
})

const session = (who: 'memberA' | 'editor', width: number, language: 'en' | 'bg') =>
  signInToAdmin(browser, cms.url, world.users[who].email, { width, language })

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `completeness-${name}.png`), fullPage: true })

/** The element that has the focus: its id, or the field path of the editor it is in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    const rect = el?.getBoundingClientRect()
    return {
      id: el?.id ?? '',
      path: el?.closest('[data-field-path]')?.getAttribute('data-field-path') ?? '',
      visible: Boolean(rect && rect.top >= 0 && rect.bottom <= window.innerHeight),
    }
  })

describe('a member company’s completeness', () => {
  it('shows on its dashboard, in its language, at 1280 and 390 px', async () => {
    for (const [width, language] of [
      [1280, 'en'],
      [390, 'en'],
      [1280, 'bg'],
      [390, 'bg'],
    ] as const) {
      const { context, page } = await session('memberA', width, language)
      const panel = page.getByTestId('completeness-panel')
      await expect.poll(() => panel.isVisible(), { timeout: 15_000 }).toBe(true)
      const heading = await panel.locator('h2').textContent()
      expect(heading).toBe(language === 'bg' ? 'Попълненост на профила' : 'Profile completeness')
      const score = Number(await panel.getAttribute('data-score'))
      expect(score).toBeGreaterThan(0)
      expect(score).toBeLessThan(100)
      // The page is no wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      )
      await shot(page, `member-${language}-${width}`)
      await context.close()
    }
  })

  it('each item of the edit view’s card opens its field in its locale, scrolled to and focused', async () => {
    const { context, page } = await session('memberA', 1280, 'en')
    const edit = `${cms.url}/admin/collections/members/${world.members.a.id}`
    const panel = page.getByTestId('completeness-field')
    const cases = [
      // A text field: its input has the id.
      ['Tagline in German', '?locale=de#field-tagline', { id: 'field-tagline' }],
      // In a collapsed row of an array further down: the row is opened first.
      [
        'Outcome of reference 1 in Bulgarian',
        '?locale=bg#field-references__0__outcome',
        { id: 'field-references__0__outcome' },
      ],
      // The rich text editor, which has no id.
      ['Description in German', '?locale=de#field-description', { path: 'description' }],
    ] as const
    for (const [label, suffix, want] of cases) {
      await page.goto(edit)
      const link = panel.getByRole('link', { name: label, exact: true })
      expect(await link.getAttribute('href')).toBe(
        `/admin/collections/members/${world.members.a.id}${suffix}`,
      )
      await link.click()
      await page.waitForURL((url) => url.hash.length > 1 && url.search.includes('locale'))
      await expect
        .poll(() => focused(page), { timeout: 15_000 })
        .toMatchObject({
          ...want,
          visible: true,
        })
      if (label.startsWith('Outcome')) await shot(page, 'field-focused-bg-1280')
    }
    await context.close()
  })

  it('the edit view’s card follows a save', async () => {
    const { context, page } = await session('memberA', 1280, 'en')
    await page.goto(`${cms.url}/admin/collections/members/${world.members.a.id}`)
    const card = page.getByTestId('completeness-field')
    await expect.poll(() => card.isVisible(), { timeout: 15_000 }).toBe(true)
    const before = Number(await card.getAttribute('data-score'))
    expect(await card.getByRole('link', { name: 'Contact phone' }).count()).toBe(1)
    await page.fill('#field-contact__phone', '+359 2 123 4567')
    await page.fill('#field-website', 'https://alpha.example')
    await page.keyboard.press('ControlOrMeta+s')
    await expect
      .poll(async () => Number(await card.getAttribute('data-score')), { timeout: 20_000 })
      .toBeGreaterThan(before)
    expect(await card.getByRole('link', { name: 'Contact phone' }).count()).toBe(0)
    await context.close()
  })
})

describe('staff', () => {
  it('see every member sorted by score, in their language, at 1280 and 390 px', async () => {
    for (const [width, language] of [
      [1280, 'en'],
      [390, 'en'],
      [1280, 'bg'],
      [390, 'bg'],
    ] as const) {
      const { context, page } = await session('editor', width, language)
      await page.goto(`${cms.url}/admin/completeness`)
      const table = page.getByTestId('completeness-ranking')
      await expect.poll(() => table.isVisible(), { timeout: 15_000 }).toBe(true)
      const scores = await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-score'))))
      expect(scores).toHaveLength(3)
      expect(scores).toEqual([...scores].sort((a, b) => a - b))
      await shot(page, `staff-${language}-${width}`)
      if (width === 1280 && language === 'bg') {
        await table.getByRole('link', { name: 'Alpha Soft' }).click()
        await expect
          .poll(() => page.getByTestId('completeness-member').isVisible(), { timeout: 15_000 })
          .toBe(true)
        await shot(page, 'staff-member-bg-1280')
      }
      await context.close()
    }
  })

  it('a member user is refused the staff view', async () => {
    const { context, page } = await session('memberA', 1280, 'en')
    await page.goto(`${cms.url}/admin/completeness`)
    await expect
      .poll(() => page.getByText('Only the cluster team and the company itself').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true)
    expect(await page.getByTestId('completeness-ranking').count()).toBe(0)
    await context.close()
  })
})
