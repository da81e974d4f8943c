/**
 * B2B matchmaking end to end, as two people do it: the built portal, served over HTTP, talks to
 * the real CMS (cms/server.ts) in headless Chromium. Staff switch matchmaking on for an upcoming
 * event (self-scheduling, no validation); Boyana registers from the Bulgarian event page in
 * Sofia's time zone, Dieter from the German one in Berlin's; both confirm through the link in
 * the .eml file the CMS wrote, Dieter also signs in again with a one-time link; Boyana asks
 * Dieter for a meeting, Dieter accepts one of the free slots, and both see it in their agenda
 * at their own clock; the private calendar feed carries it (ical.js). axe-core checks both
 * matchmaking pages, and the portal's Content-Security-Policy must not have blocked anything.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import ICAL from 'ical.js'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@shared/locales'
import type { DemoLogin } from '../../cms/seed/users'
import { format, type Message } from '../../site/i18n/format'
import { urlFor } from '../../site/lib/urls'
import { watchCsp } from '../helpers/cspWatch'
import { e2ePortal } from '../helpers/e2ePortal'
import { type Mail, readMails } from '../helpers/mail'
import { axeViolations } from '../helpers/siteBrowser'
import { projectRoot } from '../helpers/siteBuild'

const ui = Object.fromEntries(
  (['en', 'bg', 'de'] as const).map((l) => [
    l,
    JSON.parse(
      fs.readFileSync(path.join(projectRoot, 'site', 'i18n', 'ui', `${l}.json`), 'utf8'),
    ) as Record<string, Message>,
  ]),
) as Record<Locale, Record<string, Message>>
/** A portal string as the page shows it. */
const say = (locale: Locale, key: string, vars: Record<string, string | number> = {}) =>
  format(locale, ui[locale][key] ?? key, vars)

const token = crypto.randomBytes(3).toString('hex')
const shots = process.env.MATCHMAKING_SHOTS || path.join(projectRoot, 'test-results')
fs.mkdirSync(shots, { recursive: true })
const portal = e2ePortal('portal-mm-meeting-e2e-', 'KEEP_MATCHMAKING_E2E')
const location = portal.location

/** The two participants: different languages, countries and time zones. */
const boyana = {
  locale: 'bg' as const,
  timeZone: 'Europe/Sofia',
  name: `Боряна Петрова ${token}`,
  email: `boyana.${token}@sofia-erp.example`,
  organisation: `София ЕРП ${token} ООД`,
  country: 'BG',
  request: `ERP integration partner ${token}`,
}
const dieter = {
  locale: 'de' as const,
  timeZone: 'Europe/Berlin',
  name: `Dieter Schmidt ${token}`,
  email: `dieter.${token}@connect.example`,
  organisation: `Connect Systems ${token} GmbH`,
  country: 'DE',
  offer: `SAP connector ${token}`,
}
type Person = typeof boyana | typeof dieter

let cms: { url: string }
let siteUrl: string
let browser: Browser
let event: { id: number; slug: string }
/** The matchmaking session's first slot starts here (UTC). */
let sessionStart: Date
const contexts = new Map<string, BrowserContext>()

beforeAll(async () => {
  ;({ cms, siteUrl, browser } = await portal.start({
    // Generous limits: two people register and sign in from one address in a few seconds.
    cmsEnv: { FORMS_RATE_LIMIT_POINTS: '100' },
    running: async (url) => {
      cms = { url }
      event = await enableMatchmaking()
    },
  }))
}, 1_500_000)

afterAll(async () => {
  for (const context of contexts.values()) await context.close()
  await portal.stop()
})

/** Staff switch matchmaking on for the first upcoming event, through the REST API as admin. */
async function enableMatchmaking() {
  const logins = JSON.parse(
    fs.readFileSync(path.join(location.dataDir, 'demo-logins.json'), 'utf8'),
  ) as DemoLogin[]
  const admin = logins.find((l) => l.role === 'admin')!
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const now = new Date()
  const query = new URLSearchParams({
    'where[start][greater_than]': new Date(now.getTime() + 14 * 864e5).toISOString(),
    'where[status][equals]': 'scheduled',
    // Not the seeded matchmaking event: this test wants an event of its own two participants.
    'where[matchmaking.enabled][not_equals]': 'true',
    sort: 'start',
    limit: '1',
    depth: '0',
  })
  const found = (await (
    await fetch(`${cms.url}/api/events?${query}`, { headers: auth })
  ).json()) as {
    docs: { id: number; slug: string; start: string }[]
  }
  const target = found.docs[0]
  if (!target) throw new Error('the seed has no upcoming event two weeks ahead')
  // A morning session on the event's first day, 09:00–11:00 UTC: 20-minute meetings.
  sessionStart = new Date(target.start)
  sessionStart.setUTCHours(9, 0, 0, 0)
  const day = (days: number) => new Date(now.getTime() + days * 864e5).toISOString()
  const patched = await fetch(`${cms.url}/api/events/${target.id}?locale=en`, {
    method: 'PATCH',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      matchmaking: {
        enabled: true,
        registrationOpens: day(-1),
        registrationCloses: day(10),
        bookingOpens: day(-1),
        bookingCloses: day(12),
        scheduling: 'self',
        requireValidation: false,
      },
      matchmakingSessions: [
        {
          name: 'Morning meetings',
          start: sessionStart.toISOString(),
          end: new Date(sessionStart.getTime() + 2 * 3600e3).toISOString(),
          meetingMinutes: 20,
          breakMinutes: 5,
          tables: 4,
        },
      ],
    }),
  })
  if (!patched.ok) throw new Error(`enabling matchmaking failed: ${await patched.text()}`)
  return { id: target.id, slug: target.slug }
}

const cspViolations: string[][] = []

const tabs = new Map<string, Page>()

/**
 * The person's own browser tab, in their language and time zone. One tab (and browser profile)
 * each, kept for the whole file; the session lives in the profile's localStorage.
 */
async function pageOf(person: Person, width = 1280) {
  let page = tabs.get(person.email)
  if (!page) {
    const context = await browser.newContext({
      locale: person.locale,
      timezoneId: person.timeZone,
      viewport: { width, height: 900 },
    })
    contexts.set(person.email, context)
    page = await context.newPage()
    cspViolations.push((await watchCsp(page, siteUrl)).violations)
    tabs.set(person.email, page)
  }
  await page.setViewportSize({ width, height: width > 500 ? 900 : 844 })
  return page
}

const matchmakingPath = (locale: Locale, agenda = false) =>
  urlFor(locale, { kind: 'matchmaking', slug: event.slug, agenda })

/** Waits for the CMS to write a mail to `to` whose text matches `pattern`; its first match. */
async function mailLink(to: string, pattern: RegExp, after: Mail[] = []): Promise<string> {
  const seen = new Set(after.map((m) => m.file))
  let match: RegExpExecArray | null = null
  await expect
    .poll(
      () => {
        const mail = readMails(location.dataDir).find(
          (m) => !seen.has(m.file) && m.to.includes(to) && pattern.test(m.body),
        )
        match = mail ? pattern.exec(mail.body) : null
        return Boolean(match)
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true)
  return match![0]
}

/** Fills the registration island on the event's page and sends it. */
async function register(page: Page, person: Person) {
  const l = person.locale
  await page.goto(`${siteUrl}${urlFor(l, { kind: 'event', slug: event.slug })}`)
  // The form's island loads as the visitor scrolls towards it (client:visible).
  await page.locator('section[aria-labelledby="matchmaking"]').scrollIntoViewIfNeeded()
  const form = page.locator('section[aria-labelledby="matchmaking"] .public-form')
  await form.locator('form').waitFor({ timeout: 20_000 })
  // The CMS refuses a form sent within 3 s of opening it (a bot's speed).
  await page.waitForTimeout(3_200)
  await form.getByLabel(say(l, 'matchmakingForm.name')).fill(person.name)
  await form
    .getByLabel(say(l, 'matchmakingForm.email'), { exact: false })
    .first()
    .fill(person.email)
  await form
    .getByLabel(say(l, 'matchmakingForm.organisation'), { exact: true })
    .fill(person.organisation)
  await form.getByLabel(say(l, 'matchmakingForm.organisationKind')).selectOption('company')
  await form.getByLabel(say(l, 'matchmakingForm.country')).selectOption(person.country)
  // The time zone is left at its default: the device's (the context's timezoneId).
  // Both speak English.
  const english = new Intl.DisplayNames([l], { type: 'language' }).of('en')!
  await form.getByRole('checkbox', { name: new RegExp(`^${english}$`, 'i') }).check()
  // The form starts with one empty offer and one empty request.
  const need = form.getByRole('group', {
    name: say(l, `matchmakingForm.${'request' in person ? 'request' : 'offer'}`, { n: 1 }),
  })
  await need
    .getByLabel(say(l, 'matchmakingForm.need.title'), { exact: true })
    .fill('request' in person ? person.request : person.offer)
  // The same category for both (checkboxes are named by their slug): what suggestions score
  // most. Not "the first one": the lists are sorted by name, differently in each language.
  await need.locator('summary').click()
  await need.locator('input[type="checkbox"][id$="-enterprise-software"]').check()
  await form.locator('input[name="consent"]').check()
  await form.getByRole('button', { name: say(l, 'matchmakingForm.submit') }).click()
  await expect
    .poll(() => form.getByRole('status').innerText(), { timeout: 20_000 })
    .toBe(say(l, 'matchmakingForm.success', { email: person.email }))
}

/** The bar a signed-in participant sees. */
const signedIn = (page: Page, person: Person) =>
  page
    .getByText(
      say(person.locale, 'matchmaking.signedIn', {
        name: person.name,
        organisation: person.organisation,
      }),
    )
    .waitFor({ timeout: 20_000 })

describe('two participants meet', () => {
  let confirmLinkOfDieter = ''
  let slotText = ''
  let slot: { start: string } | undefined
  const tables: string[] = []

  it('register from the Bulgarian and the German event page and confirm by mail', async () => {
    for (const person of [boyana, dieter]) {
      const page = await pageOf(person)
      await register(page, person)
      const link = await mailLink(person.email, /https?:\/\/\S+\/matchmaking\/#confirm=[\w-]+/)
      expect(link.startsWith(`${siteUrl}${matchmakingPath(person.locale)}#confirm=`)).toBe(true)
      if (person === dieter) confirmLinkOfDieter = link
      await page.goto(link)
      await signedIn(page, person)
      await page.getByText(say(person.locale, 'matchmaking.signin.confirmed')).waitFor()
      // The secret left the address bar (and so the history and any shared link).
      expect(new URL(page.url()).hash).toBe('')
    }
  })

  it('a spent link says it expired; a mailed one-time link signs in again', async () => {
    const page = await pageOf(dieter)
    await page.goto(`${siteUrl}${matchmakingPath('de')}`)
    await signedIn(page, dieter)
    await page.getByRole('button', { name: say('de', 'matchmaking.signOut') }).click()
    await page.getByText(say('de', 'matchmaking.signedOut')).waitFor()
    await page.goto(confirmLinkOfDieter)
    const expired = page.getByText(say('de', 'matchmaking.signin.expired'))
    await expired.waitFor({ timeout: 20_000 })
    // The message has the focus, and the sign-in form is right there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      say('de', 'matchmaking.signin.expired'),
    )
    const before = readMails(location.dataDir)
    await page.getByLabel(say('de', 'matchmaking.signin.email')).fill(dieter.email)
    await page.getByRole('button', { name: say('de', 'matchmaking.signin.submit') }).click()
    await page.getByText(say('de', 'matchmaking.signin.sent', { email: dieter.email })).waitFor()
    const link = await mailLink(dieter.email, /https?:\/\/\S+\/matchmaking\/#signin=[\w-]+/, before)
    await page.goto(link)
    await signedIn(page, dieter)
    expect(new URL(page.url()).hash).toBe('')
  })

  it('Boyana finds Dieter and asks for a meeting', async () => {
    const page = await pageOf(boyana)
    await page.goto(`${siteUrl}${matchmakingPath('bg')}`)
    await signedIn(page, boyana)
    // Suggested: her request meets his offer, and the page says why.
    await page
      .getByText(
        say('bg', 'matchmaking.reason.request-offer', {
          mine: boyana.request,
          theirs: dieter.offer,
        }),
      )
      .waitFor({ timeout: 20_000 })
    await shoot(page, 'matchmaking-suggestions-bg')
    await page.getByRole('tab', { name: say('bg', 'matchmaking.tabs.browse') }).click()
    await page.getByLabel(say('bg', 'matchmaking.filters.q')).fill('connector')
    await page.getByLabel(say('bg', 'matchmaking.filters.country')).selectOption('DE')
    await page.getByRole('button', { name: say('bg', 'matchmaking.filters.apply') }).click()
    const card = page.locator('article', { hasText: dieter.name })
    await card.waitFor({ timeout: 20_000 })
    await expect
      .poll(() => page.locator('.mm-results').innerText())
      .toBe(say('bg', 'matchmaking.browse.results', { count: 1 }))
    expect(await card.innerText()).not.toContain(dieter.email)
    await card.getByRole('button', { name: say('bg', 'matchmaking.card.request') }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel(say('bg', 'matchmaking.dialog.message')).fill('Да поговорим за SAP.')
    await dialog.getByRole('button', { name: say('bg', 'matchmaking.dialog.send') }).click()
    await page.getByText(say('bg', 'matchmaking.dialog.sent', { name: dieter.name })).waitFor()
    await card
      .getByText(
        say('bg', 'matchmaking.card.requested', {
          status: say('bg', 'matchmaking.status.requested'),
        }),
      )
      .waitFor()
    await page.getByRole('tab', { name: say('bg', 'matchmaking.tabs.requests') }).click()
    await page
      .getByText(
        say('bg', 'matchmaking.requests.to', {
          name: dieter.name,
          organisation: dieter.organisation,
        }),
      )
      .waitFor()
  })

  it('Dieter accepts one of the free slots, shown at his clock', async () => {
    const page = await pageOf(dieter)
    await page.goto(`${siteUrl}${matchmakingPath('de')}`)
    await signedIn(page, dieter)
    await page.getByRole('tab', { name: say('de', 'matchmaking.tabs.requests') }).click()
    const request = page.locator('article', { hasText: boyana.name })
    await request.getByText('Да поговорим за SAP.').waitFor({ timeout: 20_000 })
    await request.getByRole('button', { name: say('de', 'matchmaking.requests.accept') }).click()
    const slots = request.getByRole('radio')
    await slots.first().waitFor({ timeout: 20_000 })
    // Slots are named at Berlin's time, with the zone's name.
    const first = await slots.first().getAttribute('value')
    const label = await request.locator('.mm-slot').first().innerText()
    const berlin = new Intl.DateTimeFormat('de', {
      timeZone: dieter.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(first!))
    expect(label).toContain(berlin.split(/\s/)[0])
    expect(label).toMatch(/MEZ|MESZ|GMT\+1|GMT\+2/)
    slotText = label
    await slots.first().check()
    await request.getByRole('button', { name: say('de', 'matchmaking.requests.accept') }).click()
    await page
      .getByText(say('de', 'matchmaking.requests.accepted', { name: boyana.name }))
      .waitFor()
    slot = { start: first! }
  })

  it('both see the meeting in their agenda at their own clock; the feed carries it', async () => {
    expect(slotText).not.toBe('')
    for (const person of [dieter, boyana]) {
      // Dieter opens his agenda in a new tab, as from a bookmark the next morning: still signed in.
      const page =
        person === dieter ? await contexts.get(person.email)!.newPage() : await pageOf(person)
      await page.goto(`${siteUrl}${matchmakingPath(person.locale, true)}`)
      await signedIn(page, person)
      const other = person === boyana ? dieter : boyana
      const item = page.locator('li', { hasText: other.name })
      await item.waitFor({ timeout: 20_000 })
      const time = new Intl.DateTimeFormat(person.locale, {
        timeZone: person.timeZone,
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(slot!.start))
      expect(await item.locator('time').innerText()).toContain(time)
      expect(Date.parse((await item.locator('time').getAttribute('datetime'))!)).toBe(
        Date.parse(slot!.start),
      )
      // The same table for both, named in each one's language.
      const table = new RegExp(
        say(person.locale, 'matchmaking.meetings.table', { table: '(\\d+)' }),
      ).exec(await item.innerText())?.[1]
      expect(table).toBeTruthy()
      tables.push(table!)
      const day = new Intl.DateTimeFormat(person.locale, {
        timeZone: person.timeZone,
        dateStyle: 'full',
      }).format(new Date(slot!.start))
      await page.getByRole('heading', { name: day }).waitFor()

      const feed = await page
        .getByLabel(say(person.locale, 'matchmaking.calendar.address'))
        .inputValue()
      expect(
        await page
          .getByRole('link', { name: say(person.locale, 'matchmaking.calendar.subscribe') })
          .getAttribute('href'),
      ).toBe(feed.replace(/^https?:/, 'webcal:'))
      // The feed's address names the CMS by CMS_URL, which a test's CMS on a free port lacks.
      const ics = await fetch(`${cms.url}${new URL(feed).pathname}`)
      expect(ics.status).toBe(200)
      expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/)
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()))
      for (const zone of calendar.getAllSubcomponents('vtimezone'))
        ICAL.TimezoneService.register(new ICAL.Timezone(zone))
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
      expect(events).toHaveLength(1)
      expect(events[0]!.startDate.toJSDate().toISOString()).toBe(
        new Date(slot!.start).toISOString(),
      )
      expect(events[0]!.location || events[0]!.description).toBeTruthy()
      await shoot(page, `matchmaking-agenda-${person.locale}`)
      if (page !== tabs.get(person.email)) await page.close()
    }
    expect(tables[0]).toBe(tables[1])
  })

  it('axe-core finds nothing on both matchmaking pages, signed in and out', async () => {
    for (const person of [boyana, dieter])
      for (const agenda of [false, true])
        for (const width of [1280, 390]) {
          const page = await pageOf(person, width)
          await page.goto(`${siteUrl}${matchmakingPath(person.locale, agenda)}`)
          await signedIn(page, person)
          await page.waitForLoadState('networkidle')
          expect(await axeViolations(page), page.url()).toEqual([])
          // Nothing wider than a phone's screen.
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
          ).toBeLessThanOrEqual(width)
          // The calendar feed's whole address shows, wrapped, not cut at its field's edge.
          if (agenda) {
            const feed = page.getByLabel(say(person.locale, 'matchmaking.calendar.address'))
            expect(
              await feed.evaluate(
                (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
              ),
            ).toBe(true)
          }
          await shoot(page, `matchmaking-${agenda ? 'agenda' : 'page'}-${person.locale}-${width}`)
        }
    const context = await browser.newContext({ locale: 'en' })
    const page = await context.newPage()
    cspViolations.push((await watchCsp(page, siteUrl)).violations)
    await page.goto(`${siteUrl}${matchmakingPath('en')}`)
    await page.getByRole('button', { name: say('en', 'matchmaking.signin.submit') }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('the built pages hold no participant data, and the CSP blocked nothing', () => {
    for (const locale of ['en', 'bg', 'de'] as const)
      for (const agenda of [false, true]) {
        const file = path.join(location.outDir, matchmakingPath(locale, agenda), 'index.html')
        // The pages the two participants used must exist; English only if the event has it.
        if (locale === 'en' && !fs.existsSync(file)) continue
        const html = fs.readFileSync(file, 'utf8')
        for (const secret of [boyana.name, boyana.email, dieter.name, dieter.email, token])
          expect(html).not.toContain(secret)
      }
    expect(cspViolations.flat()).toEqual([])
  })
})

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}
