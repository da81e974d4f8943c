import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { MatchmakingMail } from '../../cms/matchmaking/notify'
import { startAuthWorld } from '../helpers/authApi'
import { password } from '../helpers/world'

/**
 * The staff's matchmaking endpoints (/api/matchmaking/staff/…): who may call them, moving a
 * meeting through the booking ledger, schedule all, the CSV exports and ending a participant's
 * sessions.
 */

// The mails the endpoints ask for, instead of the outbox.
const sent = vi.hoisted(() => [] as MatchmakingMail[])
vi.mock('../../cms/matchmaking/notify', async (original) => ({
  ...(await original<typeof import('../../cms/matchmaking/notify')>()),
  notify: async (_payload: unknown, mail: MatchmakingMail) => {
    sent.push(mail)
  },
}))

let world: Awaited<ReturnType<typeof startAuthWorld>>
let payload: Payload
let editorToken: string
let memberToken: string
let participantSession: string
const ids = {} as Record<'event' | 'selfEvent' | 'a' | 'b' | 'c' | 'd' | 'm1' | 'm2' | 'm3', number>

// One session of four 20-minute slots (07:00, 07:30, 08:00, 08:30 UTC) at two tables.
const slot = (n: number) => new Date(Date.UTC(2030, 5, 1, 7, 30 * n)).toISOString()
const session = {
  name: 'Morning',
  start: slot(0),
  end: '2030-06-01T09:00:00.000Z',
  meetingMinutes: 20,
  breakMinutes: 10,
  tables: 2,
}

const sys = { overrideAccess: true, depth: 0 } as const

async function event(slug: string, scheduling: 'self' | 'staff') {
  const doc = await payload.create({
    collection: 'events',
    data: {
      title: `B2B ${slug}`,
      slug,
      kind: 'b2b-matchmaking',
      start: '2030-06-01T06:00:00Z',
      end: '2030-06-01T15:00:00Z',
      timeZone: 'Europe/Sofia',
      _status: 'published',
      matchmaking: { enabled: true, scheduling, requireValidation: true },
      matchmakingSessions: [session],
    } as never,
    ...sys,
  })
  return doc
}

let people = 0
const participant = (name: string, organisation: string, eventId = ids.event) =>
  payload.create({
    collection: 'participants',
    data: {
      event: eventId,
      status: 'validated',
      name,
      email: `p${++people}@example.com`,
      organisation,
      organisationKind: 'company',
      country: 'BG',
      timeZone: 'Europe/Sofia',
      locale: 'bg',
      consent: true,
      offers: [{ title: 'ERP integration' }],
    } as never,
    ...sys,
  })

const meeting = (requester: number, recipient: number) =>
  payload.create({
    collection: 'meetings',
    data: { event: ids.event, requester, recipient, status: 'accepted' } as never,
    ...sys,
  })

beforeAll(async () => {
  world = await startAuthWorld('mm-staff')
  payload = world.ctx.payload
  editorToken = await world.api.tokenOf('editor@test.example', password)
  memberToken = await world.api.tokenOf('member@alpha.example', password)
  const staffEvent = await event('b2b-staff', 'staff')
  ids.event = staffEvent.id
  ids.selfEvent = (await event('b2b-self', 'self')).id
  ids.a = (await participant('=cmd()', 'Alpha Soft')).id
  ids.b = (await participant('Борислав Петров', 'Бета ООД')).id
  ids.c = (await participant('Carla Weber', 'Gamma GmbH')).id
  ids.d = (await participant('Dan Ionescu', 'Delta SRL')).id
  ids.m1 = (await meeting(ids.a, ids.b)).id
  ids.m2 = (await meeting(ids.c, ids.d)).id
  ids.m3 = (await meeting(ids.a, ids.c)).id
  const { placeMeeting } = await import('../../cms/matchmaking/booking')
  const end = (n: number) => new Date(Date.parse(slot(n)) + 20 * 60_000).toISOString()
  const place = (id: number, requester: number, recipient: number, n: number, table: number) =>
    placeMeeting(
      payload,
      { id, event: ids.event, requester, recipient },
      { session: staffEvent.matchmakingSessions![0]!.id!, start: slot(n), end: end(n), table },
    )
  expect(await place(ids.m1, ids.a, ids.b, 0, 1)).toEqual({ ok: true })
  expect(await place(ids.m2, ids.c, ids.d, 0, 2)).toEqual({ ok: true })
  const { issueToken } = await import('../../cms/matchmaking/session')
  participantSession = await issueToken(payload, ids.a, 'session')
}, 120_000)
afterAll(async () => {
  await world?.stop()
})

const staff = (method: string, path: string, body?: unknown, extra?: Record<string, string>) =>
  world.api.call(method, `/api/matchmaking/staff${path}`, body, editorToken, extra)

describe('who may use the staff endpoints', () => {
  const paths = (): [string, string][] => [
    ['GET', `/events/${ids.event}/grid`],
    ['POST', `/meetings/${ids.m3}/move`],
    ['POST', `/events/${ids.event}/schedule-all`],
    ['GET', `/events/${ids.event}/schedule.csv`],
    ['GET', `/events/${ids.event}/participants.csv`],
    ['POST', `/participants/${ids.b}/revoke`],
  ]

  it('refuses anonymous callers, member users and a participant session alone', async () => {
    for (const [method, path] of paths()) {
      const url = `/api/matchmaking/staff${path}`
      const body = method === 'POST' ? { start: slot(3), table: 1 } : undefined
      expect((await world.api.call(method, url, body)).status, `${path} anonymous`).toBe(401)
      expect((await world.api.call(method, url, body, memberToken)).status, `${path} member`).toBe(
        403,
      )
      const asParticipant = await world.api.call(method, url, body, undefined, {
        'x-matchmaking-session': participantSession,
      })
      expect(asParticipant.status, `${path} participant`).toBe(401)
    }
  })

  it("refuses another site's page even with a staff login (CSRF), accepts the admin's own", async () => {
    const grid = `/events/${ids.event}/grid`
    expect((await staff('GET', grid, undefined, { origin: 'https://evil.example' })).status).toBe(
      403,
    )
    expect((await staff('GET', grid, undefined, { origin: world.api.url })).status).toBe(200)
    expect((await staff('GET', grid, undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    )
    // The portal's origin is not the admin's either.
    const portal = new URL(process.env.SITE_URL || 'http://localhost:4321').origin
    expect((await staff('GET', grid, undefined, { origin: portal })).status).toBe(403)
  })
})

type GridAnswer = {
  sessions: {
    slots: { start: string; tables: ({ id: number; requester: { name: string } } | null)[] }[]
  }[]
  unplaced: { id: number }[]
}

describe('the grid and moving a meeting', () => {
  it('shows slots × tables with both parties, and the accepted meetings not placed', async () => {
    const answer = await staff('GET', `/events/${ids.event}/grid`)
    expect(answer.status).toBe(200)
    const grid = answer.body as unknown as GridAnswer
    expect(grid.sessions[0]!.slots.map((s) => s.start)).toEqual([0, 1, 2, 3].map(slot))
    const first = grid.sessions[0]!.slots[0]!.tables
    expect(first.map((m) => m?.id)).toEqual([ids.m1, ids.m2])
    expect(first[0]!.requester.name).toBe('=cmd()')
    expect(grid.unplaced.map((m) => m.id)).toEqual([ids.m3])
    expect((await staff('GET', `/events/999999/grid`)).status).toBe(404)
  })

  it('refuses a taken table and a busy participant (409), moves to a free cell and frees the old slot', async () => {
    sent.length = 0
    const move = (id: number, n: number, table: number) =>
      staff('POST', `/meetings/${id}/move`, { start: slot(n), table })
    // Table 1 at 07:00 holds m1.
    const table = await move(ids.m3, 0, 1)
    expect(table.status).toBe(409)
    expect(table.body.conflict).toBe('table')
    // A (of m3) meets B at 07:00 already, on table 1; table 2 is C–D's: try a free table? None
    // at 07:00, so move m3 to 07:30, then D–C to 07:30 where C is now busy.
    expect((await move(ids.m3, 1, 1)).status).toBe(200)
    const busy = await move(ids.m2, 1, 2)
    expect(busy.status).toBe(409)
    expect(busy.body.conflict).toBe('participant')
    // m1 leaves 07:00 table 1; m2 can take it.
    expect((await move(ids.m1, 2, 1)).status).toBe(200)
    expect((await move(ids.m2, 0, 1)).status).toBe(200)
    const m2 = await payload.findByID({ collection: 'meetings', id: ids.m2, ...sys })
    expect([m2.start, m2.table]).toEqual([slot(0), 1])
    const held = await payload.find({
      collection: 'meeting-bookings',
      where: { meeting: { equals: ids.m1 } },
      ...sys,
    })
    expect(held.docs.map((d) => d.key).every((k) => k.includes(slot(2)))).toBe(true)
    // Each successful move told both parties.
    expect(sent.filter((m) => m.kind === 'moved').length).toBe(6)
    // Nowhere: a time that is no slot, a table the session lacks.
    expect((await move(ids.m1, 0, 3)).status).toBe(400)
    expect(
      (await staff('POST', `/meetings/${ids.m1}/move`, { start: '2030-06-01T07:05:00Z', table: 1 }))
        .status,
    ).toBe(400)
  })
})

describe('schedule all', () => {
  it('is refused for a self-scheduled event', async () => {
    const answer = await staff('POST', `/events/${ids.selfEvent}/schedule-all`)
    expect(answer.status).toBe(409)
  })

  it('places the accepted meetings without a slot and tells both parties', async () => {
    const extra = (await meeting(ids.b, ids.d)).id
    sent.length = 0
    const answer = await staff('POST', `/events/${ids.event}/schedule-all`)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ placed: 4, total: 4, bound: 4 })
    const placed = await payload.findByID({ collection: 'meetings', id: extra, ...sys })
    expect(placed.start && placed.table).toBeTruthy()
    expect(sent.map((m) => (m as { to: number }).to).sort()).toEqual([ids.b, ids.d].sort())
  })
})

/** A CSV answer's bytes, and its rows (simple fields, as these tests write them). */
async function csv(path: string) {
  const res = await fetch(`${world.api.url}/api/matchmaking/staff${path}`, {
    headers: { authorization: `JWT ${editorToken}`, 'accept-language': 'bg' },
  })
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  return {
    res,
    bytes,
    text,
    rows: text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n'),
  }
}

describe('CSV exports', () => {
  it('lists every participant, opens with a BOM, and neutralises a formula in a name', async () => {
    const { res, bytes, rows } = await csv(`/events/${ids.event}/participants.csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(rows).toHaveLength(1 + 4)
    // The admin's language (Accept-Language: bg) for the header.
    expect(rows[0]).toMatch(/^ID,Име,Организация/)
    expect(rows.some((r) => r.includes(",'=cmd(),Alpha Soft,"))).toBe(true)
    expect(rows.some((r) => r.includes(',=cmd()'))).toBe(false)
    expect(rows.some((r) => r.includes('Борислав Петров,Бета ООД'))).toBe(true)
  })

  it('lists the schedule in time order in the event’s time zone', async () => {
    const { res, rows } = await csv(`/events/${ids.event}/schedule.csv`)
    expect(res.status).toBe(200)
    const body = rows.slice(1)
    // m2 at 07:00 UTC = 10:00 in Sofia (EEST), table 1.
    expect(body[0]).toMatch(/^Morning,2030-06-01,10:00,10:20,1,Carla Weber,Gamma GmbH,Dan Ionescu/)
    expect(body.some((r) => r.includes("'=cmd(),Alpha Soft,Борислав Петров"))).toBe(true)
  })
})

describe('revoke', () => {
  it("ends a participant's sessions", async () => {
    const { participantOfSession, issueToken } = await import('../../cms/matchmaking/session')
    const raw = await issueToken(payload, ids.b, 'session')
    expect(await participantOfSession(payload, raw)).not.toBeNull()
    expect((await staff('POST', `/participants/${ids.b}/revoke`)).status).toBe(200)
    expect(await participantOfSession(payload, raw)).toBeNull()
    expect((await staff('POST', `/participants/999999/revoke`)).status).toBe(404)
  })

  it('a rejection ends them too', async () => {
    const { participantOfSession, issueToken } = await import('../../cms/matchmaking/session')
    const raw = await issueToken(payload, ids.d, 'session')
    await payload.update({
      collection: 'participants',
      id: ids.d,
      data: { status: 'rejected' },
      ...sys,
    })
    expect(await participantOfSession(payload, raw)).toBeNull()
    const tokens = await payload.count({
      collection: 'matchmaking-tokens',
      where: { participant: { equals: ids.d } },
      overrideAccess: true,
    })
    expect(tokens.totalDocs).toBe(0)
  })
})
