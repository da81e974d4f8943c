/**
 * Registering for an event's B2B matchmaking from the event page, end to end: the built portal,
 * served over HTTP, posts to the real CMS (cms/server.ts) in headless Chromium. Errors show in
 * the page's language on the fields they concern; a valid registration in German ends with the
 * request to confirm the address from the mailbox. One seeded database in a temporary folder.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formErrorTexts } from '@shared/formErrors'
import { format } from '../../site/i18n/format'
import bg from '../../site/i18n/ui/bg.json'
import de from '../../site/i18n/ui/de.json'
import { urlFor } from '../../site/lib/urls'
import { watchCsp } from '../helpers/cspWatch'
import { e2ePortal } from '../helpers/e2ePortal'
import { axeViolations } from '../helpers/siteBrowser'
import { projectRoot, runTs } from '../helpers/siteBuild'

const token = crypto.randomBytes(3).toString('hex')
const shots = path.join(projectRoot, 'test-results')
fs.mkdirSync(shots, { recursive: true })
const portal = e2ePortal('portal-matchmaking-e2e-', 'KEEP_MATCHMAKING_E2E')

let siteUrl: string
let browser: Browser
let slug: string

beforeAll(async () => {
  ;({ siteUrl, browser } = await portal.start({
    // An event of its own with matchmaking open for registration (matchmakingPublicEvent.ts).
    seeded: async (env) => {
      const eventFile = path.join(portal.root, 'event.json')
      await runTs(
        path.join(projectRoot, 'tests/helpers/matchmakingPublicEvent.ts'),
        [eventFile],
        env,
        path.join(portal.root, 'build.log'),
      )
      slug = (JSON.parse(fs.readFileSync(eventFile, 'utf8')) as { slug: string }).slug
    },
  }))
}, 1_500_000)

afterAll(() => portal.stop())

const cspViolations: string[][] = []

async function openForm(page: Page, locale: 'bg' | 'de'): Promise<Locator> {
  cspViolations.push((await watchCsp(page, siteUrl)).violations)
  await page.goto(`${siteUrl}${urlFor(locale, { kind: 'event', slug })}`)
  // The form's island loads as the visitor scrolls towards it (client:visible).
  await page.locator('section[aria-labelledby="matchmaking"]').scrollIntoViewIfNeeded()
  const form = page.locator('section[aria-labelledby="matchmaking"] .public-form')
  await form.locator('form').waitFor({ timeout: 20_000 })
  // The CMS refuses a form sent within 3 s of opening it (a bot's speed).
  await page.waitForTimeout(3_200)
  return form
}

/** The error text tied to a control by aria-describedby. */
async function errorOf(page: Page, control: Locator): Promise<string> {
  const id = (await control.getAttribute('aria-describedby'))!.split(' ').pop()!
  return page.locator(`[id="${id}"]`).innerText()
}

describe('matchmaking registration on the event page', () => {
  it('shows what is wrong in Bulgarian, on the fields concerned, and sends nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const posts: string[] = []
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()))
    const form = await openForm(page, 'bg')
    await form.getByLabel(bg['matchmakingForm.name'], { exact: true }).fill('И')
    await form.getByLabel(bg['matchmakingForm.email'], { exact: true }).fill('ivan-at-example')
    // An offer with a description but no title: the title is what is missing.
    const offer = form.getByRole('group', {
      name: format('bg', bg['matchmakingForm.offer'], { n: 1 }),
    })
    await offer
      // Its label goes on with "(optional)".
      .getByLabel(bg['matchmakingForm.need.description'])
      .fill('Интеграция на ERP')
    await form.getByRole('button', { name: bg['matchmakingForm.submit'] }).click()

    const name = form.getByLabel(bg['matchmakingForm.name'], { exact: true })
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    expect(await errorOf(page, name)).toBe(formErrorTexts.bg.tooShort)
    expect(await errorOf(page, form.getByLabel(bg['matchmakingForm.email'], { exact: true }))).toBe(
      formErrorTexts.bg.email,
    )
    expect(
      await errorOf(page, form.getByLabel(bg['matchmakingForm.organisation'], { exact: true })),
    ).toBe(formErrorTexts.bg.required)
    expect(
      await errorOf(page, offer.getByLabel(bg['matchmakingForm.need.title'], { exact: true })),
    ).toBe(formErrorTexts.bg.required)
    expect(await form.locator('input[name="consent"]').getAttribute('aria-invalid')).toBe('true')
    // The first field in error has the focus.
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.waitForTimeout(1_000)
    expect(posts).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({
      path: path.join(shots, 'matchmaking-register-invalid-bg-phone.png'),
      fullPage: true,
    })
    await page.close()
  })

  it('registers from the German page and asks to confirm the address by email', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const form = await openForm(page, 'de')
    const email = `greta.${token}@matchmaking.example`
    await form
      .getByLabel(de['matchmakingForm.name'], { exact: true })
      .fill(`Greta Beispiel ${token}`)
    await form.getByLabel(de['matchmakingForm.email'], { exact: true }).fill(email)
    await form
      .getByLabel(de['matchmakingForm.organisation'], { exact: true })
      .fill('Beispiel Logistik GmbH')
    await form
      .getByLabel(de['matchmakingForm.organisationKind'], { exact: true })
      .selectOption('company')
    await form.getByLabel(de['matchmakingForm.country'], { exact: true }).selectOption('DE')
    await form
      .getByLabel(de['matchmakingForm.timeZone'], { exact: true })
      .selectOption('Europe/Berlin')
    await form.getByRole('checkbox', { name: 'Deutsch' }).check()
    const offer = form.getByRole('group', {
      name: format('de', de['matchmakingForm.offer'], { n: 1 }),
    })
    await offer
      .getByLabel(de['matchmakingForm.need.title'], { exact: true })
      .fill('Tracking für Containerterminals')
    await offer.locator('summary').click()
    await offer.getByRole('checkbox').first().check()
    // A second request row, added and removed again: the focus stays in the list.
    await form.getByRole('button', { name: de['matchmakingForm.requests.add'] }).click()
    await form
      .getByRole('button', { name: format('de', de['matchmakingForm.requests.remove'], { n: 2 }) })
      .click()
    await form.locator('input[name="consent"]').check()
    await form.getByRole('button', { name: de['matchmakingForm.submit'] }).click()

    const status = form.getByRole('status')
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/\S/)
    expect(await status.innerText()).toBe(format('de', de['matchmakingForm.success'], { email }))
    await page.screenshot({ path: path.join(shots, 'matchmaking-register-sent-de.png') })
    await page.close()
  })

  it('reported no Content-Security-Policy violation', () => {
    expect(cspViolations.flat()).toEqual([])
  })
})
