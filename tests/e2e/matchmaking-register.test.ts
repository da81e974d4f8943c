/**
 * Registering for an event's B2B matchmaking from the event page, end to end: the built portal,
 * served over HTTP, posts to the real CMS (cms/server.ts) in headless Chromium. Errors show in
 * the page's language on the fields they concern; a valid registration in German ends with the
 * request to confirm the address from the mailbox. One seeded database in a temporary folder.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formErrorTexts } from '@shared/formErrors'
import { serveSite } from '../../cms/scripts/serveSite'
import { format } from '../../site/i18n/format'
import bg from '../../site/i18n/ui/bg.json'
import de from '../../site/i18n/ui/de.json'
import { urlFor } from '../../site/lib/urls'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { watchCsp } from '../helpers/cspWatch'
import { axeViolations } from '../helpers/siteBrowser'
import { buildSiteInto, projectRoot, runTs, siteEnv } from '../helpers/siteBuild'
import { siteLocation } from '../helpers/siteFacts'

const token = crypto.randomBytes(3).toString('hex')
const shots = path.join(projectRoot, 'test-results')
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-matchmaking-e2e-'))
const location = siteLocation(root)

let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof serveSite>>
let siteUrl: string
let browser: Browser
let slug: string

beforeAll(async () => {
  // As in forms.test.ts: the children get an environment without Vitest's import.meta.env.
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[key]
  fs.mkdirSync(location.dataDir, { recursive: true })
  fs.mkdirSync(shots, { recursive: true })
  site = await serveSite({ dir: location.outDir, port: 0, host: '127.0.0.1' })
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  const env: NodeJS.ProcessEnv = {
    ...siteEnv(location, crypto.randomBytes(32).toString('hex')),
    SITE_URL: siteUrl,
  }
  const log = path.join(root, 'build.log')
  await runTs(path.join(projectRoot, 'tests/helpers/siteSeed.ts'), [location.factsFile], env, log)
  const eventFile = path.join(root, 'event.json')
  await runTs(path.join(projectRoot, 'tests/helpers/matchmakingEvent.ts'), [eventFile], env, log)
  slug = (JSON.parse(fs.readFileSync(eventFile, 'utf8')) as { slug: string }).slug
  for (const key of ['DATA_DIR', 'DATABASE_URI', 'PAYLOAD_SECRET', 'SITE_URL'] as const)
    process.env[key] = env[key]
  for (const key of ['FORMS_RATE_LIMIT', 'FORMS_RATE_LIMIT_POINTS', 'FORMS_RATE_LIMIT_SECONDS'])
    delete process.env[key]
  cms = await startCmsServer({ env: { MAIL_AUTORUN: '1' } })
  await buildSiteInto(location.outDir, { ...env, CMS_URL: cms.url }, log)
  browser = await launchChromium()
}, 1_500_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await new Promise((resolve) => site?.close(resolve))
  if (!process.env.KEEP_MATCHMAKING_E2E) fs.rmSync(root, { recursive: true, force: true })
})

const cspViolations: string[][] = []

async function openForm(page: Page, locale: 'bg' | 'de'): Promise<Locator> {
  cspViolations.push((await watchCsp(page, siteUrl)).violations)
  await page.goto(`${siteUrl}${urlFor(locale, { kind: 'event', slug })}`)
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
    await form.getByLabel(bg['matchmakingForm.name']).fill('И')
    await form.getByLabel(bg['matchmakingForm.email']).fill('ivan-at-example')
    // An offer with a description but no title: the title is what is missing.
    const offer = form.getByRole('group', {
      name: format('bg', bg['matchmakingForm.offer'], { n: 1 }),
    })
    await offer.getByLabel(bg['matchmakingForm.need.description']).fill('Интеграция на ERP')
    await form.getByRole('button', { name: bg['matchmakingForm.submit'] }).click()

    const name = form.getByLabel(bg['matchmakingForm.name'])
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    expect(await errorOf(page, name)).toBe(formErrorTexts.bg.tooShort)
    expect(await errorOf(page, form.getByLabel(bg['matchmakingForm.email']))).toBe(
      formErrorTexts.bg.email,
    )
    expect(await errorOf(page, form.getByLabel(bg['matchmakingForm.organisation']))).toBe(
      formErrorTexts.bg.required,
    )
    expect(await errorOf(page, offer.getByLabel(bg['matchmakingForm.need.title']))).toBe(
      formErrorTexts.bg.required,
    )
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
    await form.getByLabel(de['matchmakingForm.name']).fill(`Greta Beispiel ${token}`)
    await form.getByLabel(de['matchmakingForm.email']).fill(email)
    await form.getByLabel(de['matchmakingForm.organisation']).fill('Beispiel Logistik GmbH')
    await form.getByLabel(de['matchmakingForm.organisationKind']).selectOption('company')
    await form.getByLabel(de['matchmakingForm.country']).selectOption('DE')
    await form.getByLabel(de['matchmakingForm.timeZone']).selectOption('Europe/Berlin')
    await form.getByRole('checkbox', { name: 'Deutsch' }).check()
    const offer = form.getByRole('group', {
      name: format('de', de['matchmakingForm.offer'], { n: 1 }),
    })
    await offer.getByLabel(de['matchmakingForm.need.title']).fill('Tracking für Containerterminals')
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
