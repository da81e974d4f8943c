import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookingKeys, placeMeeting } from '@cms/matchmaking/booking'
import { scheduleEvent } from '@cms/matchmaking/schedule/scheduleEvent'
import { slotsOf } from '@cms/matchmaking/slots'

import { startPayload } from '../helpers/payload'

/**
 * "Schedule all" on a real database: placements are written through the booking ledger, what
 * staff placed by hand stays, rejected participants and unaccepted requests are left out, and
 * a second run changes nothing.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }

beforeAll(async () => {
  ctx = await startPayload('schedule-event')
})
afterAll(async () => {
  await ctx?.stop()
})

describe('scheduleEvent', () => {
  it('places accepted meetings once, keeps placed ones, and is idempotent', async () => {
    const { payload } = ctx
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Matchmaking day',
        slug: 'matchmaking-day',
        kind: 'conference',
        start: '2030-05-01T08:00:00Z',
        end: '2030-05-01T16:00:00Z',
        timeZone: 'Europe/Sofia',
        _status: 'published',
        matchmaking: { enabled: true, scheduling: 'staff' },
        matchmakingSessions: [
          // Three slots at two tables in the morning, two slots at one table after lunch.
          {
            name: 'Morning',
            start: '2030-05-01T09:00:00Z',
            end: '2030-05-01T10:10:00Z',
            meetingMinutes: 20,
            breakMinutes: 5,
            tables: 2,
          },
          {
            name: 'Afternoon',
            start: '2030-05-01T13:00:00Z',
            end: '2030-05-01T13:45:00Z',
            meetingMinutes: 20,
            breakMinutes: 5,
            tables: 1,
          },
        ],
      } as never,
      ...sys,
    })
    const [morning, afternoon] = event.matchmakingSessions!.map((s) => s.id!)
    const slots = slotsOf(event.matchmakingSessions!.map((s) => ({ ...s, id: s.id! })))
    expect(slots).toHaveLength(5)

    const person = async (name: string, status: string, attends: string[] = []) =>
      (
        await payload.create({
          collection: 'participants',
          data: {
            event: event.id,
            status,
            name,
            email: `${name.toLowerCase()}@example.com`,
            organisation: `${name} Ltd`,
            organisationKind: 'company',
            country: 'BG',
            timeZone: 'Europe/Sofia',
            locale: 'en',
            consent: true,
            attends,
          } as never,
          ...sys,
        })
      ).id
    const p = await person('Popular', 'validated')
    const a = await person('Ana', 'validated', [morning!])
    const b = await person('Boris', 'validated')
    const c = await person('Chris', 'validated', [afternoon!])
    const d = await person('Dora', 'validated')
    const r = await person('Rejected', 'rejected')
    const meeting = async (requester: number, recipient: number, status = 'accepted') =>
      (
        await payload.create({
          collection: 'meetings',
          data: { event: event.id, requester, recipient, status } as never,
          ...sys,
        })
      ).id
    const wanted = [
      await meeting(a, p),
      await meeting(b, p),
      await meeting(c, p),
      await meeting(a, b),
      await meeting(c, b),
      await meeting(d, b),
      await meeting(d, a),
    ]
    const handPlaced = await meeting(d, p)
    const withRejected = await meeting(r, a)
    const onlyRequested = await meeting(c, d, 'requested')
    // Staff placed Dora and Popular at the first morning slot, table 2, by hand.
    const first = slots[0]!
    expect(
      await placeMeeting(
        payload,
        { id: handPlaced, event: event.id, requester: d, recipient: p },
        { session: first.session, start: first.start, end: first.end, table: 2 },
      ),
    ).toEqual({ ok: true })

    const result = await scheduleEvent(payload, event.id, { timeLimitSeconds: 5 })
    expect(result.total).toBe(wanted.length + 1)
    expect(result.added).toBe(result.placed - 1)
    expect(result.placed).toBeGreaterThanOrEqual(result.greedy)
    expect(result.bound).toBeGreaterThanOrEqual(result.placed)
    // Every accepted meeting fits: Chris meets in the afternoon's two slots, the rest in the
    // morning around Dora and Popular.
    expect(result.placed).toBe(wanted.length + 1)
    expect(result.optimal).toBe(true)
    expect(result.newlyPlaced.map((n) => n.meeting).sort()).toEqual([...wanted].sort())

    const all = await payload.find({
      collection: 'meetings',
      where: { event: { equals: event.id } },
      pagination: false,
      depth: 0,
      ...sys,
    })
    const byId = new Map(all.docs.map((m) => [m.id, m]))
    expect(byId.get(handPlaced)).toMatchObject({ session: first.session, table: 2 })
    expect(new Date(byId.get(handPlaced)!.start!).toISOString()).toBe(first.start)
    for (const id of [withRejected, onlyRequested]) expect(byId.get(id)!.start ?? null).toBeNull()

    // The ledger holds exactly the keys of the placed meetings: three each, none shared.
    const bookings = await payload.find({
      collection: 'meeting-bookings',
      pagination: false,
      depth: 0,
      ...sys,
    })
    const expected = [...wanted, handPlaced].flatMap((id) => {
      const m = byId.get(id)!
      expect(m.status).toBe('accepted')
      const slot = slots.find((s) => s.start === new Date(m.start!).toISOString())!
      expect(m.session).toBe(slot.session)
      expect(new Date(m.end!).toISOString()).toBe(slot.end)
      const tables = slot.session === morning ? 2 : 1
      expect(m.table).toBeGreaterThanOrEqual(1)
      expect(m.table).toBeLessThanOrEqual(tables)
      // Ana only in the morning, Chris only in the afternoon.
      if (m.requester === a || m.recipient === a) expect(slot.session).toBe(morning)
      if (m.requester === c || m.recipient === c) expect(slot.session).toBe(afternoon)
      return Object.values(bookingKeys(m as never, { start: m.start!, table: m.table! }))
    })
    expect(new Set(expected).size).toBe(expected.length)
    expect(bookings.docs.map((k) => k.key).sort()).toEqual([...expected].sort())

    // Again: nothing to add, nothing moves.
    const again = await scheduleEvent(payload, event.id)
    expect(again).toMatchObject({ added: 0, placed: result.placed, refused: 0 })
    const after = await payload.find({
      collection: 'meetings',
      where: { event: { equals: event.id } },
      pagination: false,
      depth: 0,
      ...sys,
    })
    for (const m of after.docs) {
      const before = byId.get(m.id)!
      expect([m.start, m.table, m.session]).toEqual([before.start, before.table, before.session])
    }
    const bookingsAfter = await payload.find({
      collection: 'meeting-bookings',
      pagination: false,
      depth: 0,
      ...sys,
    })
    expect(bookingsAfter.docs.map((k) => k.id).sort()).toEqual(
      bookings.docs.map((k) => k.id).sort(),
    )
  })
})
