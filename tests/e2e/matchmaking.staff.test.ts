import fs from 'node:fs'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { placeMeeting } from '../../cms/matchmaking/booking'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

/**
 * Staff at a matchmaking event, in the admin: the events overview, the schedule grid, moving a
 * meeting by keyboard and by mouse, the table cards in print, validating a participant; a member
 * user sees none of it. Screenshots go to test-results/ (MM_SHOTS overrides).
 */
const shots = process.env.MM_SHOTS || path.resolve(import.meta.dirname, '..', '..', 'test-results')

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World
const sys = { overrideAccess: true, depth: 0 } as const
const ids = { event: 0, pending: 0, meetings: [] as number[], unplaced: 0 }
let sessionId = ''

// Two tables, four 20-minute slots from 09:00 in Sofia (06:00 UTC).
const slot = (n: number) => new Date(Date.UTC(2030, 5, 1, 6, 30 * n)).toISOString()
const end = (n: number) => new Date(Date.parse(slot(n)) + 20 * 60_000).toISOString()

const people = [
  ['Мария Иванова', 'Софтуер Пловдив ООД', 'BG'],
  ['Jonas Becker', 'Elbe Automation GmbH', 'DE'],
  ['Ana Popescu', 'Cluj IT Cluster', 'RO'],
  ['Георги Димитров', 'Дата Мост АД', 'BG'],
  ['Eleni Papadaki', 'Athens Robotics', 'GR'],
  ['Lukas Novak', 'Brno Sensors s.r.o.', 'CZ'],
] as const

beforeAll(async () => {
  ctx = await startPayload('mm-staff-e2e')
  world = await createWorld(ctx.payload)
  const payload = ctx.payload
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Plovdiv B2B Days',
      slug: 'plovdiv-b2b',
      kind: 'b2b-matchmaking',
      start: '2030-06-01T05:00:00Z',
      end: '2030-06-01T15:00:00Z',
      timeZone: 'Europe/Sofia',
      _status: 'published',
      matchmaking: { enabled: true, scheduling: 'staff', requireValidation: true },
      matchmakingSessions: [
        {
          name: 'Morning',
          start: slot(0),
          end: '2030-06-01T08:00:00Z',
          meetingMinutes: 20,
          breakMinutes: 10,
          tables: 3,
        },
      ],
    } as never,
    ...sys,
  })
  ids.event = event.id
  sessionId = event.matchmakingSessions![0]!.id!
  const p: number[] = []
  for (const [i, [name, organisation, country]] of people.entries())
    p.push(
      (
        await payload.create({
          collection: 'participants',
          data: {
            event: event.id,
            status: 'validated',
            name,
            email: `p${i}@example.com`,
            organisation,
            organisationKind: 'company',
            country,
            timeZone: 'Europe/Sofia',
            locale: 'en',
            consent: true,
          } as never,
          ...sys,
        })
      ).id,
    )
  ids.pending = (
    await payload.create({
      collection: 'participants',
      data: {
        event: event.id,
        status: 'pending',
        name: 'Pending Person',
        email: 'pending@example.com',
        organisation: 'Waiting Ltd',
        organisationKind: 'company',
        country: 'AT',
        timeZone: 'Europe/Vienna',
        locale: 'de',
        consent: true,
      } as never,
      ...sys,
    })
  ).id
  const meet = async (a: number, b: number, n?: number, table?: number) => {
    const m = await payload.create({
      collection: 'meetings',
      data: { event: event.id, requester: a, recipient: b, status: 'accepted' } as never,
      ...sys,
    })
    if (n !== undefined)
      await placeMeeting(
        payload,
        { id: m.id, event: event.id, requester: a, recipient: b },
        { session: sessionId, start: slot(n), end: end(n), table: table! },
      )
    return m.id
  }
  ids.meetings.push(await meet(p[0]!, p[1]!, 0, 1))
  ids.meetings.push(await meet(p[2]!, p[3]!, 0, 2))
  ids.meetings.push(await meet(p[4]!, p[5]!, 1, 1))
  ids.meetings.push(await meet(p[0]!, p[3]!, 2, 3))
  ids.unplaced = await meet(p[1]!, p[4]!)
  // Left for "schedule all".
  await meet(p[2]!, p[5]!)
  cms = await startCmsServer({ log: path.join(ctx.dataDir, 'cms.log') })
  browser = await launchChromium()
  fs.mkdirSync(shots, { recursive: true })
}, 900_000)
afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await ctx?.stop()
})

async function loggedIn(email: string, language: 'en' | 'bg', width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  // The admin's language, as its language switch stores it.
  await context.addCookies([{ name: 'payload-lng', value: language, url: cms.url }])
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

const meetingAt = (id: number) =>
  ctx.payload.findByID({ collection: 'meetings', id, ...sys }).then((m) => [m.start, m.table])

describe('matchmaking in the admin, for staff', () => {
  it('staff open the grid and move a meeting by keyboard, then place one by mouse', async () => {
    const page = await loggedIn(world.users.editor.email, 'en')
    // From the dashboard's card to the events, from the event's edit page to its grid.
    // The world's two events with matchmaking, and this file's.
    const { totalDocs } = await ctx.payload.count({
      collection: 'events',
      where: { 'matchmaking.enabled': { equals: true } },
      ...sys,
    })
    expect(totalDocs).toBeGreaterThan(1)
    await page
      .getByTestId('waiting-matchmaking')
      .getByText(`${totalDocs} events with matchmaking`)
      .click()
    await page.getByTestId('matchmaking-events').waitFor()
    await page.screenshot({ path: path.join(shots, 'mm-events-en-1280.png'), fullPage: true })
    await page.goto(`${cms.url}/admin/collections/events/${ids.event}`)
    await page.getByRole('link', { name: 'Open the matchmaking schedule of this event' }).click()
    await page.getByTestId('schedule-grid').waitFor()
    // 09:00 in Sofia, where the event is, for a slot at 06:00 UTC.
    await page.getByRole('rowheader', { name: '09:00–09:20' }).waitFor()
    await page.screenshot({ path: path.join(shots, 'mm-grid-en-1280.png'), fullPage: true })

    // Keyboard: select the first meeting, then the free cell at 10:30, table 2.
    await page.focus(`[data-meeting="${ids.meetings[0]}"]`)
    await page.keyboard.press('Enter')
    await expect(
      page.locator(`[data-meeting="${ids.meetings[0]}"]`).getAttribute('aria-pressed'),
    ).resolves.toBe('true')
    const target = page.getByRole('button', { name: 'Move here: 10:30–10:50, table 2' })
    await target.focus()
    await page.screenshot({ path: path.join(shots, 'mm-grid-selected-en-1280.png') })
    await page.keyboard.press('Enter')
    await page
      .getByTestId('grid-status')
      .getByText(/Moved:/)
      .waitFor()
    await expect(meetingAt(ids.meetings[0]!)).resolves.toEqual([slot(3), 2])
    // The old cell is free again: the unplaced meeting goes there, by mouse.
    await page.locator(`[data-meeting="${ids.unplaced}"]`).click()
    await page.locator(`[data-free="${slot(0)}|1"]`).click()
    await page
      .getByTestId('grid-status')
      .getByText(/Moved:/)
      .waitFor()
    await expect(meetingAt(ids.unplaced)).resolves.toEqual([slot(0), 1])
    // A taken cell is not offered; a table taken meanwhile is refused with words, not a crash.
    await page.locator(`[data-meeting="${ids.meetings[2]}"]`).click()
    // (once the grid has reloaded after the move: the status speaks first)
    await expect.poll(() => page.locator(`[data-free="${slot(0)}|1"]`).count()).toBe(0)
    await expect(page.locator(`[data-free="${slot(0)}|2"]`).count()).resolves.toBe(0)
    await expect(page.locator(`[data-free="${slot(3)}|1"]`).count()).resolves.toBe(1)
    await page.keyboard.press('Escape')
    await expect(
      page.locator(`[data-meeting="${ids.meetings[2]}"]`).getAttribute('aria-pressed'),
    ).resolves.toBe('false')
    await page.screenshot({ path: path.join(shots, 'mm-grid-moved-en-1280.png'), fullPage: true })
  })

  it('in Bulgarian, with schedule all, the CSV links and the printable table cards', async () => {
    const page = await loggedIn(world.users.editor.email, 'bg')
    await page.goto(`${cms.url}/admin/matchmaking`)
    await page.getByTestId('matchmaking-events').waitFor()
    await page.screenshot({ path: path.join(shots, 'mm-events-bg-1280.png'), fullPage: true })
    await page.goto(`${cms.url}/admin/matchmaking/${ids.event}`)
    await page.getByRole('button', { name: 'Насрочи всички приети срещи' }).click()
    await page
      .getByTestId('grid-status')
      .getByText(/Насрочени 6 от 6/)
      .waitFor()
    // The grid shows where they went once the page has reloaded its data.
    await page.getByText('Всички приети срещи имат час и маса.').waitFor()
    await page.screenshot({ path: path.join(shots, 'mm-grid-bg-1280.png'), fullPage: true })
    const csv = await page.request.get(
      `${cms.url}/api/matchmaking/staff/events/${ids.event}/schedule.csv`,
    )
    expect(csv.status()).toBe(200)
    expect(await csv.text()).toContain('Мария Иванова')

    await page.getByRole('link', { name: 'Печат на табелки за масите' }).click()
    await page.getByTestId('table-cards').waitFor()
    expect(await page.locator('[data-table-card]').count()).toBe(3)
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: path.join(shots, 'mm-cards-print-bg.png'), fullPage: true })
    const pdf = await page.pdf({ path: path.join(shots, 'mm-cards-bg.pdf'), format: 'A4' })
    // One sheet per table card, and no blank one.
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3)

    const phone = await loggedIn(world.users.editor.email, 'bg', 390)
    await phone.goto(`${cms.url}/admin/matchmaking/${ids.event}`)
    await phone.getByTestId('schedule-grid').waitFor()
    await phone.screenshot({ path: path.join(shots, 'mm-grid-bg-390.png'), fullPage: true })
  })

  it('staff validate a participant from its page', async () => {
    const page = await loggedIn(world.users.editor.email, 'en')
    await page.goto(`${cms.url}/admin/collections/participants/${ids.pending}`)
    await page.getByTestId('participant-decision').waitFor()
    await page.screenshot({ path: path.join(shots, 'mm-participant-en-1280.png') })
    await page.getByRole('button', { name: 'Validate', exact: true }).click()
    await page.locator('.confirmation-modal').getByRole('button', { name: 'Validate' }).click()
    await expect
      .poll(
        async () =>
          (await ctx.payload.findByID({ collection: 'participants', id: ids.pending, ...sys }))
            .status,
        { timeout: 15_000 },
      )
      .toBe('validated')
  })

  it('a member user sees no matchmaking', async () => {
    const page = await loggedIn(world.users.memberA.email, 'en')
    await page.goto(`${cms.url}/admin/matchmaking/${ids.event}`)
    await page.getByText('Only the cluster team can see matchmaking.').waitFor()
    expect(await page.getByText('Мария Иванова').count()).toBe(0)
    const list = await page.request.get(`${cms.url}/api/participants?depth=0`)
    expect(((await list.json()) as { docs?: unknown[] }).docs ?? []).toHaveLength(0)
  })
})
