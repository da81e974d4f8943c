/**
 * The public forms end to end: the built portal, served over HTTP, posts to the real CMS
 * (cms/server.ts) in headless Chromium; staff see the result in the admin. One seeded database
 * in a temporary folder, one site build pointed at that CMS (CMS_URL) and allowed by its CORS
 * rule (SITE_URL).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formErrorTexts } from '@shared/formErrors'
import { t } from '../../cms/i18n/messages'
import type { DemoLogin } from '../../cms/seed/users'
import { format } from '../../site/i18n/format'
import { urlFor } from '../../site/lib/urls'
import { watchCsp } from '../helpers/cspWatch'
import { e2ePortal } from '../helpers/e2ePortal'
import { axeViolations } from '../helpers/siteBrowser'
import { projectRoot } from '../helpers/siteBuild'
import { readFacts, type SiteFacts } from '../helpers/siteFacts'

const bg = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'site', 'i18n', 'ui', 'bg.json'), 'utf8'),
) as Record<string, string>

const token = crypto.randomBytes(3).toString('hex')
const shots = path.join(projectRoot, 'test-results')
fs.mkdirSync(shots, { recursive: true })
const portal = e2ePortal('portal-forms-e2e-', 'KEEP_FORMS_E2E')
const location = portal.location

let cms: { url: string }
let siteUrl: string
let browser: Browser
let facts: SiteFacts
let editor: DemoLogin

beforeAll(async () => {
  ;({ cms, siteUrl, browser } = await portal.start({
    seeded: () => {
      facts = readFacts(location)
      const logins = JSON.parse(
        fs.readFileSync(path.join(location.dataDir, 'demo-logins.json'), 'utf8'),
      ) as DemoLogin[]
      editor = logins.find((l) => l.role === 'editor')!
    },
  }))
}, 1_500_000)

afterAll(() => portal.stop())

/** What the portal's Content-Security-Policy reported on the pages the tests opened. */
const cspViolations: string[][] = []

/** A page whose portal documents are watched for CSP violations (the admin's are not). */
async function newPage(options: Parameters<Browser['newPage']>[0]) {
  const page = await browser.newPage(options)
  cspViolations.push((await watchCsp(page, siteUrl)).violations)
  return page
}

/** A fully written product in Bulgarian (the English-only test product is not one). */
const bgProduct = () => facts.docs.products.bg.find((p) => p.slug !== facts.untranslated.slug)!

/** The page with the island hydrated: the form is there once React has taken over. */
async function openForm(page: Page, url: string, form: string) {
  await page.goto(`${siteUrl}${url}`)
  // The form's island loads as the visitor scrolls towards it (client:visible).
  await page.locator(form).scrollIntoViewIfNeeded()
  await page.locator(`${form} form`).waitFor({ timeout: 20_000 })
  // The CMS refuses a form sent within 3 s of opening it (a bot's speed).
  await page.waitForTimeout(3_200)
  return page.locator(form)
}

/** How many mail files the CMS wrote (to DATA_DIR/mail, as no SMTP server is set) contain `text`. */
function mailsMentioning(text: string): number {
  const dir = path.join(location.dataDir, 'mail')
  if (!fs.existsSync(dir)) return 0
  return fs
    .readdirSync(dir)
    .filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(text)).length
}

async function loginAsEditor(page: Page) {
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', editor.email)
  await page.fill('input[name="password"]', editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
}

/** Decides an application with its button (English admin), confirmed in the dialog. */
async function decide(page: Page, decision: 'approve' | 'reject') {
  const label = t('en', `decision.${decision}`)
  await page.getByTestId('application-decision').getByRole('button', { name: label }).click()
  await page.locator('.confirmation-modal').getByRole('button', { name: label }).click()
  await page
    .getByTestId('application-decision')
    .getByText(t('en', 'decision.final'))
    .waitFor({ timeout: 30_000 })
}

describe('the inquiry form', () => {
  it('sends an inquiry from a Bulgarian product page; staff find it in the admin', async () => {
    const product = bgProduct()
    const page = await newPage({ viewport: { width: 1280, height: 900 } })
    const form = await openForm(
      page,
      urlFor('bg', { kind: 'product', slug: product.slug }),
      '#inquiry',
    )
    const name = `Анна Купувач ${token}`
    await form.getByLabel(bg['form.name']).fill(name)
    await form.getByLabel(bg['form.email']).fill(`anna.${token}@buyer.example`)
    await form.getByLabel(bg['form.company']).fill('Купувач ООД')
    await form.getByLabel(bg['form.country']).selectOption('DE')
    await form
      .getByLabel(bg['form.message'])
      .fill(`Здравейте, интересуваме се от ${product.title} за 40 потребители. Какви са цените?`)
    await form.getByRole('button', { name: bg['form.inquiry.submit'] }).click()

    const status = form.getByRole('status')
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/\S/)
    const title = new RegExp(
      `^${escape(bg['form.inquiry.title']).replace('\\{member\\}', '(.+)')}$`,
    )
    const member = (await page.locator('#inquiry-title').innerText()).match(title)![1]
    expect(await status.innerText()).toBe(format('bg', bg['form.inquiry.success'], { member }))
    await page.screenshot({ path: path.join(shots, 'forms-inquiry-sent-bg.png'), fullPage: true })
    // Without SMTP the CMS writes its mail to files: the member's notice, answerable to the buyer,
    // sent by the server's mail queue within a few seconds.
    await expect
      .poll(() => mailsMentioning(`anna.${token}@buyer.example`), { timeout: 20_000 })
      .toBeGreaterThan(0)

    await loginAsEditor(page)
    await page.goto(`${cms.url}/admin/collections/inquiries`)
    await page.getByText(name).first().waitFor({ timeout: 20_000 })
    await page.screenshot({ path: path.join(shots, 'forms-inquiry-admin.png') })
    await page.close()
  })

  it('shows a Bulgarian error for an invalid email and sends nothing', async () => {
    const page = await newPage({ viewport: { width: 375, height: 800 } })
    const posts: string[] = []
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()))
    const form = await openForm(
      page,
      urlFor('bg', { kind: 'product', slug: bgProduct().slug }),
      '#inquiry',
    )
    await form.getByLabel(bg['form.name']).fill('Иван Иванов')
    const email = form.getByLabel(bg['form.email'])
    await email.fill('ivan-at-example')
    await form
      .getByLabel(bg['form.message'])
      .fill('Бих искал да науча повече за продукта и цените.')
    await form.getByRole('button', { name: bg['form.inquiry.submit'] }).click()

    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true')
    const errorId = (await email.getAttribute('aria-describedby'))!.split(' ').pop()!
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toBe(formErrorTexts.bg.email)
    // The first field in error has the focus, so the visitor hears what is wrong.
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.waitForTimeout(1_000)
    expect(posts).toEqual([])
    await form.screenshot({ path: path.join(shots, 'forms-inquiry-invalid-bg-phone.png') })
    await page.close()
  })

  it('without JavaScript, offers the member’s contact instead of a form that cannot send', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}${urlFor('bg', { kind: 'product', slug: bgProduct().slug })}`)
    const area = page.locator('#inquiry')
    expect(await area.locator('form').count()).toBe(0)
    expect(await area.locator('.notice').innerText()).toContain('JavaScript')
    expect(
      await area.locator('.notice a[href^="mailto:"], .notice a[href^="tel:"]').count(),
    ).toBeGreaterThan(0)
    await context.close()
  })
})

describe('the membership application', () => {
  it('is sent from the Bulgarian membership page; staff approve it and a draft member exists', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } })
    const form = await openForm(page, urlFor('bg', { kind: 'membership' }), '#apply')
    const company = `Приложение Тест ${token} ЕООД`
    const email = `office.${token}@applicant.example`
    await form.getByLabel(bg['form.companyName']).fill(company)
    await form.getByLabel(bg['form.legalId']).fill('175074752')
    await form.getByLabel(bg['form.website']).fill('https://applicant.example')
    await form.getByLabel(bg['form.employees']).selectOption('10-49')
    await form.getByRole('checkbox').first().check()
    await form.getByLabel(bg['form.recommendedBy']).selectOption({ index: 1 })
    await form.getByLabel(bg['form.contactName']).fill('Мария Петрова')
    await form.getByLabel(bg['form.email']).fill(email)
    await form
      .getByLabel(bg['form.motivation'])
      .fill('Разработваме софтуер за логистика и търсим партньори за износ.')
    await form.getByLabel(bg['form.consent']).check()
    await form.getByRole('button', { name: bg['form.application.submit'] }).click()

    const status = form.getByRole('status')
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/\S/)
    expect(await status.innerText()).toBe(format('bg', bg['form.application.success'], { email }))
    await page.screenshot({
      path: path.join(shots, 'forms-application-sent-bg.png'),
      fullPage: true,
    })

    await loginAsEditor(page)
    await page.goto(`${cms.url}/admin/collections/applications`)
    await page.getByRole('link', { name: company }).first().click()
    // One click (and its confirmation) does the whole step.
    await decide(page, 'approve')
    await page.screenshot({ path: path.join(shots, 'forms-application-approved.png') })

    // The editor's session reads what the admin shows: the application now links a draft member…
    const id = new URL(page.url()).pathname.split('/').pop()
    const res = await page.request.get(`${cms.url}/api/applications/${id}?depth=1&draft=true`)
    expect(res.status()).toBe(200)
    const application = (await res.json()) as {
      status: string
      createdMember?: { name: string; _status: string } | null
      createdUser?: unknown
    }
    expect(application.status).toBe('approved')
    expect(application.createdMember?.name).toBe(company)
    expect(application.createdMember?._status).toBe('draft')
    // …and a member login (whose details an editor may not read: only that it was made).
    expect(application.createdUser).toBeTruthy()
    await page.close()
  })
})

describe('accessibility of the forms (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`no violations on a product page and the membership page, also with errors shown (bg, ${scheme})`, async () => {
      const page = await newPage({ colorScheme: scheme })
      const found: string[] = []
      const pages = [
        [urlFor('bg', { kind: 'product', slug: bgProduct().slug }), '#inquiry'],
        [urlFor('bg', { kind: 'membership' }), '#apply'],
      ] as const
      for (const [url, selector] of pages) {
        await page.goto(`${siteUrl}${url}`)
        const form = page.locator(`${selector} form`)
        await page.locator(selector).scrollIntoViewIfNeeded()
        await form.waitFor({ timeout: 20_000 })
        for (const v of await axeViolations(page)) found.push(`${url}: ${v}`)
        await form.locator('button[type="submit"]').click()
        await form.locator('[aria-invalid="true"]').first().waitFor()
        for (const v of await axeViolations(page)) found.push(`${url} (errors): ${v}`)
      }
      expect(found).toEqual([])
      await page.close()
    })
  }
})

// Last in the file: it uses up this machine's inquiry allowance on the CMS.
describe('the rate limit, seen by a visitor', () => {
  it('says in Bulgarian how long to wait, and keeps what was written', async () => {
    // Other requests from this address (the tests all come from 127.0.0.1) use it up first.
    let answer = 0
    for (let i = 0; i < 10 && answer !== 429; i++) {
      const res = await fetch(`${cms.url}/api/inquiries/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      answer = res.status
    }
    expect(answer).toBe(429)

    const page = await newPage({ viewport: { width: 375, height: 800 } })
    const form = await openForm(
      page,
      urlFor('bg', { kind: 'product', slug: bgProduct().slug }),
      '#inquiry',
    )
    const message = 'Може ли оферта за 25 потребители и обучение на екипа?'
    await form.getByLabel(bg['form.name']).fill('Мария Петрова')
    await form.getByLabel(bg['form.email']).fill(`maria.${token}@buyer.example`)
    await form.getByLabel(bg['form.message']).fill(message)
    await form.getByRole('button', { name: bg['form.inquiry.submit'] }).click()

    // The CMS's Retry-After (up to 10 minutes) is readable across origins and said in words.
    const said = new RegExp(
      `^${escape(bg['form.error.rateLimited']).replace('\\{wait\\}', '(\\d+) минут[аи]?')}$`,
    )
    const alert = form.getByText(said)
    await alert.waitFor({ timeout: 20_000 })
    const minutes = Number((await alert.innerText()).match(said)![1])
    expect(minutes).toBeGreaterThanOrEqual(1)
    expect(minutes).toBeLessThanOrEqual(10)
    expect(await form.getByLabel(bg['form.message']).inputValue()).toBe(message)
    await form.screenshot({ path: path.join(shots, 'forms-inquiry-rate-limited-bg-phone.png') })
    await page.close()
  })
})

// After every form was sent, checked and rejected above, under the policy the real server sends.
describe("the portal's Content-Security-Policy", () => {
  it('reported no violation on any portal page the forms were used on', async () => {
    const res = await fetch(`${siteUrl}${urlFor('bg', { kind: 'membership' })}`)
    expect(res.headers.get('content-security-policy')).toContain(`connect-src 'self' ${cms.url}`)
    expect(cspViolations.length).toBeGreaterThan(4)
    expect(cspViolations.flat()).toEqual([])
  })
})

describe('compressed answers', () => {
  it("the CMS (Next's compression in cms/server.ts) and the portal's server compress what they send", async () => {
    for (const url of [`${cms.url}/admin/login`, `${cms.url}/api/globals/settings`]) {
      const zipped = await rawGet(url, 'gzip, deflate, br')
      const plain = await rawGet(url, '')
      expect([url, zipped.encoding, plain.encoding]).toEqual([url, 'gzip', undefined])
      expect(zipped.vary).toContain('Accept-Encoding')
      expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 2)
    }
    const page = `${siteUrl}${urlFor('bg', { kind: 'product', slug: bgProduct().slug })}`
    const [br, gz, plain] = await Promise.all([
      rawGet(page, 'br'),
      rawGet(page, 'gzip'),
      rawGet(page, ''),
    ])
    expect([br.encoding, gz.encoding, plain.encoding]).toEqual(['br', 'gzip', undefined])
    expect(zlib.brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true)
    expect(zlib.gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true)
  })
})

/** A GET whose body stays as sent: fetch() would decompress it and drop Content-Encoding. */
function rawGet(url: string, acceptEncoding: string) {
  return new Promise<{ encoding?: string; vary?: string; bytes: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            encoding: res.headers['content-encoding'],
            vary: res.headers.vary,
            bytes: Buffer.concat(chunks),
          }),
        )
      })
      .on('error', reject)
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
