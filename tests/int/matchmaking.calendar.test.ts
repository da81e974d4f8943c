import crypto from 'node:crypto'

import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { placeMeeting } from '../../cms/matchmaking/booking'
import { startRestServer } from '../helpers/http'
import {
  createMatchmakingEvent,
  daysAhead,
  matchmakingApi,
  participant,
} from '../helpers/meetingWorld'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let call: ReturnType<typeof matchmakingApi>
let event: { id: number }

const minutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000).toISOString()
const key = () => crypto.randomBytes(32).toString('base64url')

/** A participant with a calendar key (set as registration will: server-side). */
async function withFeed(extra: Record<string, unknown> = {}) {
  const calendarKey = key()
  const p = await participant(ctx.payload, event.id, { calendarKey, ...extra })
  return { ...p, calendarKey }
}

async function feed(calendarKey: string) {
  const response = await fetch(`${server.url}/api/matchmaking/calendar/${calendarKey}.ics`)
  const text = await response.text()
  return { response, text }
}

/** The VEVENTs of a feed as ical.js reads them. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v)
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: String(v.getFirstPropertyValue('status')),
      url: v.getFirstPropertyValue('url') as string | null,
    }
  })
}

async function meetingBetween(a: { id: number }, b: { id: number }) {
  const doc = await ctx.payload.create({
    collection: 'meetings',
    data: { event: event.id, requester: a.id, recipient: b.id, status: 'requested' },
    overrideAccess: true,
  })
  return { id: doc.id, event: event.id, requester: a.id, recipient: b.id }
}

beforeAll(async () => {
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('mm-calendar')
  event = await createMatchmakingEvent(ctx.payload, 'calendar')
  server = await startRestServer(ctx.payload.config)
  call = matchmakingApi(server.url)
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('the private calendar feed', () => {
  it('carries one VEVENT per placed meeting, with its time, the other party and the table', async () => {
    const a = await withFeed({ locale: 'de' })
    const b = await withFeed()
    const c = await withFeed()
    const placed = await meetingBetween(a, b)
    const start = daysAhead(3, 9)
    expect(
      await placeMeeting(ctx.payload, placed, {
        session: 'calendar-hall',
        start,
        end: minutes(start, 20),
        table: 2,
      }),
    ).toEqual({ ok: true })
    // A request without a time has no place in a calendar.
    await meetingBetween(c, a)

    const { response, text } = await feed(a.calendarKey)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const [only, ...rest] = events(text)
    expect(rest).toEqual([])
    expect(only).toMatchObject({
      uid: `meeting-${placed.id}@${new URL(process.env.SITE_URL || 'http://localhost:4321').hostname}`,
      start,
      end: minutes(start, 20),
      status: 'CONFIRMED',
      url: null,
    })
    // In a's language (German), naming b and b's organisation.
    expect(only!.summary).toBe(`Treffen mit ${b.name} (Org ${b.name.split(' ')[1]})`)
    expect(only!.location).toBe('Expo Hall, Tsarigradsko 1, Sofia, Bulgarien, Tisch 2')
    // b's feed has the same meeting under the same UID, in English, naming a.
    const [forB] = events((await feed(b.calendarKey)).text)
    expect(forB).toMatchObject({ uid: only!.uid, start })
    expect(forB!.summary).toContain(a.name)
    expect(text).not.toContain('@example.com')
  })

  it('raises SEQUENCE when a meeting moves and shows STATUS:CANCELLED after a cancel', async () => {
    const a = await withFeed()
    const b = await withFeed()
    const m = await meetingBetween(a, b)
    const first = daysAhead(3, 14)
    await placeMeeting(ctx.payload, m, {
      session: 'calendar-online',
      start: first,
      end: minutes(first, 20),
      table: 1,
    })
    const [before] = events((await feed(a.calendarKey)).text)
    expect(before).toMatchObject({ start: first, url: 'https://meet.example/room-1' })
    expect(before!.location).toBe('https://meet.example/room-1')

    // SEQUENCE counts seconds: a move in the same second as the placement would not show.
    await new Promise((r) => setTimeout(r, 1100))
    const moved = minutes(first, 30)
    await placeMeeting(ctx.payload, m, {
      session: 'calendar-online',
      start: moved,
      end: minutes(moved, 20),
      table: 3,
    })
    const [after] = events((await feed(a.calendarKey)).text)
    expect(after).toMatchObject({
      uid: before!.uid,
      start: moved,
      url: 'https://meet.example/room-3',
    })
    expect(after!.sequence).toBeGreaterThan(before!.sequence)

    await new Promise((r) => setTimeout(r, 1100))
    const cancelled = await call('POST', `/meetings/${m.id}/cancel`, b.session, {})
    expect(cancelled.status).toBe(200)
    const [gone] = events((await feed(a.calendarKey)).text)
    expect(gone).toMatchObject({ uid: before!.uid, status: 'CANCELLED', start: moved })
    expect(gone!.sequence).toBeGreaterThan(after!.sequence)
  })

  it('answers an unknown, malformed or revoked key with 404', async () => {
    const rejected = await withFeed({ status: 'rejected' })
    for (const wrong of [key(), 'short', 'x'.repeat(300), '..%2F..%2Fetc', rejected.calendarKey]) {
      const { response } = await feed(wrong)
      expect(response.status, wrong).toBe(404)
    }
    const plain = await fetch(`${server.url}/api/matchmaking/calendar/${key()}`)
    expect(plain.status).toBe(404)
  })
})
