import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { bookingKeys, placeMeeting } from '../../cms/matchmaking/booking'
import { startRestServer } from '../helpers/http'
import {
  createMatchmakingEvent,
  daysAhead,
  matchmakingApi,
  participant,
} from '../helpers/meetingWorld'
import { startPayload } from '../helpers/payload'

// What the endpoints ask the mail part to send (cms/matchmaking/notify.ts), recorded.
const mails = vi.hoisted(() => [] as Record<string, unknown>[])
vi.mock('../../cms/matchmaking/notify', () => ({
  notify: async (_payload: unknown, mail: Record<string, unknown>) => void mails.push(mail),
}))

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let call: ReturnType<typeof matchmakingApi>
let event: { id: number }
type P = Awaited<ReturnType<typeof participant>>

const hall = [daysAhead(3, 9), new Date(Date.parse(daysAhead(3, 9)) + 30 * 60_000).toISOString()]
const person = (extra: Record<string, unknown> = {}) => participant(ctx.payload, event.id, extra)
const request = async (from: P, to: P, message = 'Shall we talk about ERP connectors?') => {
  const res = await call('POST', '/meetings', from.session, { with: to.id, message })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.id as number
}
const setEvent = (matchmaking: Record<string, unknown>) =>
  ctx.payload.update({
    collection: 'events',
    id: event.id,
    data: { matchmaking: { enabled: true, ...matchmaking } } as never,
    overrideAccess: true,
    context: { seeding: true },
  })
const bookings = async (meeting: number) =>
  (
    await ctx.payload.count({
      collection: 'meeting-bookings',
      where: { meeting: { equals: meeting } },
      overrideAccess: true,
    })
  ).totalDocs

beforeAll(async () => {
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('mm-meetings')
  event = await createMatchmakingEvent(ctx.payload, 'brokerage')
  server = await startRestServer(ctx.payload.config)
  call = matchmakingApi(server.url)
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})
beforeEach(() => void (mails.length = 0))

describe('meeting requests', () => {
  it('sends a request both parties see, the other as a card without email, and mails the recipient', async () => {
    const [a, b] = [await person(), await person()]
    const res = await call('POST', '/meetings', a.session, {
      with: b.id,
      message: '  Hello\u202E there\r\n\r\n\r\n\r\nBye  ',
      locale: 'en',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'requested', direction: 'outgoing', start: null })
    expect(res.body.message).toBe('Hello there\n\nBye')
    expect(res.body.with).toMatchObject({ id: b.id, name: b.name })
    expect(res.body.with).not.toHaveProperty('email')
    expect(mails).toEqual([{ kind: 'requested', meeting: res.body.id, to: b.id }])

    const seen = await call('GET', '/meetings', b.session)
    expect(seen.status).toBe(200)
    expect(seen.body.docs).toHaveLength(1)
    expect(seen.body.docs[0]).toMatchObject({ id: res.body.id, direction: 'incoming' })
    expect(seen.body.docs[0].with).toMatchObject({ id: a.id, name: a.name })
    expect(JSON.stringify(seen.body)).not.toContain('@example.com')
  })

  it('refuses a second open request between the same two people, in either direction', async () => {
    const [a, b] = [await person(), await person()]
    await request(a, b)
    expect((await call('POST', '/meetings', a.session, { with: b.id })).status).toBe(409)
    const back = await call('POST', '/meetings', b.session, { with: a.id })
    expect(back.status).toBe(409)
    expect(back.body.codes._form).toBe('notAllowed')
  })

  it('refuses oneself, the unvalidated, other events and a pending requester', async () => {
    const a = await person()
    const pending = await person({ status: 'pending' })
    const otherEvent = await createMatchmakingEvent(ctx.payload, 'elsewhere')
    const stranger = await participant(ctx.payload, otherEvent.id)
    expect((await call('POST', '/meetings', a.session, { with: a.id })).status).toBe(409)
    expect((await call('POST', '/meetings', a.session, { with: pending.id })).status).toBe(404)
    expect((await call('POST', '/meetings', a.session, { with: stranger.id })).status).toBe(404)
    expect((await call('POST', '/meetings', a.session, { with: 999999 })).status).toBe(404)
    const fromPending = await call('POST', '/meetings', pending.session, { with: a.id })
    expect(fromPending.status).toBe(403)
    expect(fromPending.body.codes._form).toBe('notValidated')
  })

  it('answers bad bodies with field codes and no session with 401', async () => {
    const a = await person()
    const long = await call('POST', '/meetings', a.session, {
      with: a.id,
      message: 'x'.repeat(501),
    })
    expect(long.status).toBe(400)
    expect(long.body.codes.message).toBe('tooLong')
    const extra = await call('POST', '/meetings', a.session, { with: 1, admin: true })
    expect(extra.body.codes.admin).toBe('unknownField')
    expect((await call('POST', '/meetings', a.session, { with: 'x y' })).status).toBe(400)
    expect((await call('POST', '/meetings', null, { with: a.id })).status).toBe(401)
    expect((await call('GET', '/meetings', 'not-a-session')).status).toBe(401)
  })

  it('limits requests per participant (MATCHMAKING_REQUESTS_PER_HOUR)', async () => {
    const a = await person()
    const others = [await person(), await person(), await person()]
    process.env.FORMS_RATE_LIMIT = 'on'
    process.env.MATCHMAKING_REQUESTS_PER_HOUR = '2'
    try {
      const statuses = []
      for (const o of others)
        statuses.push((await call('POST', '/meetings', a.session, { with: o.id })).status)
      expect(statuses).toEqual([201, 201, 429])
    } finally {
      process.env.FORMS_RATE_LIMIT = 'off'
      delete process.env.MATCHMAKING_REQUESTS_PER_HOUR
    }
  })
})

describe('the state machine', () => {
  it('lets only the recipient accept or decline, and only a party see or cancel', async () => {
    const [a, b, c] = [await person(), await person(), await person()]
    const id = await request(a, b)
    // Not one's own: as unknown as a meeting that does not exist.
    for (const action of ['accept', 'decline', 'cancel'])
      expect((await call('POST', `/meetings/${id}/${action}`, c.session, {})).status).toBe(404)
    expect((await call('GET', `/meetings/${id}/slots`, c.session)).status).toBe(404)
    // The requester cannot answer its own request.
    const own = await call('POST', `/meetings/${id}/accept`, a.session, { start: hall[0] })
    expect(own.status).toBe(409)
    expect((await call('POST', `/meetings/${id}/decline`, a.session, {})).status).toBe(409)
    const declined = await call('POST', `/meetings/${id}/decline`, b.session, {})
    expect(declined.status).toBe(200)
    expect(declined.body.status).toBe('declined')
    expect(mails.at(-1)).toEqual({ kind: 'declined', meeting: id, to: a.id })
    // Declined is final.
    expect((await call('POST', `/meetings/${id}/cancel`, a.session, {})).status).toBe(409)
    expect((await call('POST', `/meetings/${id}/accept`, b.session, {})).status).toBe(409)
  })

  it('answers hostile ids with 404, never 500', async () => {
    const a = await person()
    for (const id of ['abc', '0', '-1', '1.5', '1e3', '99999999999999999999', '%00', "1'--"]) {
      const res = await call('POST', `/meetings/${id}/accept`, a.session, {})
      expect(res.status, id).toBe(404)
      expect((await call('GET', `/meetings/${id}/slots`, a.session)).status, id).toBe(404)
    }
  })

  it('lets either party cancel a request, and mails the other one', async () => {
    const [a, b] = [await person(), await person()]
    const id = await request(a, b)
    const res = await call('POST', `/meetings/${id}/cancel`, a.session)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('cancelled')
    expect(mails.at(-1)).toEqual({ kind: 'cancelled', meeting: id, to: b.id })
  })
})

describe('self-scheduled accept', () => {
  it('places the meeting at a free table; the slot leaves both parties’ free slots; cancel frees it', async () => {
    const [a, b, c] = [await person(), await person(), await person()]
    const id = await request(a, b)
    const free = await call('GET', `/meetings/${id}/slots`, b.session)
    expect(free.status).toBe(200)
    expect(free.body.slots.map((s: { start: string }) => s.start)).toEqual([
      ...hall,
      daysAhead(3, 14),
      new Date(Date.parse(daysAhead(3, 14)) + 30 * 60_000).toISOString(),
    ])
    expect((await call('POST', `/meetings/${id}/accept`, b.session, {})).status).toBe(400)
    const res = await call('POST', `/meetings/${id}/accept`, b.session, { start: hall[0] })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      status: 'accepted',
      session: 'brokerage-hall',
      table: 1,
      room: null,
    })
    expect(Date.parse(res.body.start)).toBe(Date.parse(hall[0]))
    expect(mails.at(-1)).toEqual({ kind: 'accepted', meeting: id, to: a.id })
    expect(await bookings(id)).toBe(3)

    // a and b are busy at 09:00: a request of either with c no longer offers it.
    const withA = await request(c, a)
    const withB = await request(b, c)
    for (const [other, recipient] of [
      [withA, a],
      [withB, c],
    ] as const) {
      const left = await call('GET', `/meetings/${other}/slots`, c.session)
      expect(left.body.slots.map((s: { start: string }) => s.start)).not.toContain(hall[0])
      const busy = await call('POST', `/meetings/${other}/accept`, recipient.session, {
        start: hall[0],
      })
      expect(busy.status).toBe(409)
      expect(busy.body.codes._form).toBe('slotTaken')
    }

    const cancelled = await call('POST', `/meetings/${id}/cancel`, a.session)
    expect(cancelled.status).toBe(200)
    expect(await bookings(id)).toBe(0)
    const again = await call('GET', `/meetings/${withA}/slots`, a.session)
    expect(again.body.slots.map((s: { start: string }) => s.start)).toContain(hall[0])
  })

  it('gives an online meeting its room, the table’s own address', async () => {
    const [a, b] = [await person(), await person()]
    const id = await request(a, b)
    const start = daysAhead(3, 14)
    const res = await call('POST', `/meetings/${id}/accept`, b.session, { start })
    expect(res.status).toBe(200)
    expect(res.body.room).toBe(`https://meet.example/room-${res.body.table}`)
    const list = await call('GET', '/meetings', a.session)
    const rooms = list.body.docs.map((m: { room: string | null }) => m.room).filter(Boolean)
    expect(rooms).toEqual([res.body.room])
  })

  it('two accepts racing for the last table of a slot: exactly one wins', async () => {
    const [a, b, c, d, e, f] = await Promise.all([1, 2, 3, 4, 5, 6].map(() => person()))
    // Table 1 of the 09:30 slot is taken by someone else.
    const first = await request(a, b)
    const placed = await placeMeeting(
      ctx.payload,
      { id: first, event: event.id, requester: a.id, recipient: b.id },
      { session: 'brokerage-hall', start: hall[1], end: daysAhead(3, 10), table: 1 },
    )
    expect(placed.ok).toBe(true)
    const [m1, m2] = [await request(c, d), await request(e, f)]
    const answers = await Promise.all([
      call('POST', `/meetings/${m1}/accept`, d.session, { start: hall[1] }),
      call('POST', `/meetings/${m2}/accept`, f.session, { start: hall[1] }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = answers.find((r) => r.status === 409)!
    expect(loser.body.codes._form).toBe('slotTaken')
    const atSlot = await ctx.payload.find({
      collection: 'meetings',
      where: { and: [{ status: { equals: 'accepted' } }, { start: { equals: hall[1] } }] },
      overrideAccess: true,
    })
    expect(atSlot.docs.map((m) => m.table).sort()).toEqual([1, 2])
  })
})

describe('staff-scheduled mode and the booking window', () => {
  it('accepts without a slot: staff place it later', async () => {
    const [a, b] = [await person(), await person()]
    const id = await request(a, b)
    await setEvent({
      scheduling: 'staff',
      bookingOpens: daysAhead(-1),
      bookingCloses: daysAhead(2),
    })
    try {
      const res = await call('POST', `/meetings/${id}/accept`, b.session, {})
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status: 'accepted', start: null, table: null })
      expect(await bookings(id)).toBe(0)
    } finally {
      await setEvent({
        scheduling: 'self',
        bookingOpens: daysAhead(-1),
        bookingCloses: daysAhead(2),
      })
    }
  })

  it('refuses requests and accepts while booking is closed', async () => {
    const [a, b, c] = [await person(), await person(), await person()]
    const id = await request(a, b)
    await setEvent({
      scheduling: 'self',
      bookingOpens: daysAhead(-3),
      bookingCloses: daysAhead(-1),
    })
    try {
      const res = await call('POST', '/meetings', c.session, { with: a.id })
      expect(res.status).toBe(403)
      expect(res.body.codes._form).toBe('bookingClosed')
      const accept = await call('POST', `/meetings/${id}/accept`, b.session, { start: hall[0] })
      expect(accept.status).toBe(403)
      expect(accept.body.codes._form).toBe('bookingClosed')
    } finally {
      await setEvent({
        scheduling: 'self',
        bookingOpens: daysAhead(-1),
        bookingCloses: daysAhead(2),
      })
    }
  })
})

describe('the booking ledger under a race', () => {
  it('does not free a key a placement took moments ago, before its meeting says so', async () => {
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => person()))
    const [m1, m2] = [await request(a, b), await request(c, d)]
    const at = { session: 'brokerage-hall', start: hall[0], end: daysAhead(3, 9), table: 2 }
    // m1's placement has taken its table key but not yet written the meeting (still requested).
    await ctx.payload.create({
      collection: 'meeting-bookings',
      data: {
        key: bookingKeys({ id: m1, event: event.id, requester: a.id, recipient: b.id }, at).table,
        meeting: m1,
      },
      overrideAccess: true,
    })
    const second = await placeMeeting(
      ctx.payload,
      { id: m2, event: event.id, requester: c.id, recipient: d.id },
      at,
    )
    expect(second).toEqual({ ok: false, conflict: 'table' })
  })
})
