import type { Payload } from 'payload'

import { issueToken } from '../../cms/matchmaking/session'

type Id = number
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }
const hour = 3600_000

/** A whole hour `days` days from now, as an ISO instant (UTC). */
export const daysAhead = (days: number, hourOfDay = 9) => {
  const d = new Date(Date.now() + days * 24 * hour)
  d.setUTCHours(hourOfDay, 0, 0, 0)
  return d.toISOString()
}

/**
 * A matchmaking event for meeting tests: booking open, self-scheduled, two sessions three days
 * ahead: "<slug>-hall" in the venue (09:00–10:00 UTC, 20-minute meetings with 10-minute breaks, so
 * slots at 09:00 and 09:30, two tables) and "<slug>-online" (14:00–15:00 UTC, same slots, rooms).
 */
export async function createMatchmakingEvent(payload: Payload, slug: string) {
  return payload.create({
    collection: 'events',
    data: {
      title: `Brokerage ${slug}`,
      slug,
      kind: 'b2b-matchmaking',
      start: daysAhead(3, 8),
      end: daysAhead(3, 17),
      timeZone: 'Europe/Sofia',
      venue: { name: 'Expo Hall', address: 'Tsarigradsko 1', city: 'Sofia', country: 'BG' },
      _status: 'published',
      matchmaking: {
        enabled: true,
        bookingOpens: new Date(Date.now() - 24 * hour).toISOString(),
        bookingCloses: daysAhead(3, 7),
        scheduling: 'self',
        requireValidation: true,
      },
      matchmakingSessions: [
        {
          id: `${slug}-hall`,
          name: 'Morning',
          start: daysAhead(3, 9),
          end: daysAhead(3, 10),
          meetingMinutes: 20,
          breakMinutes: 10,
          tables: 2,
        },
        {
          id: `${slug}-online`,
          name: 'Online',
          start: daysAhead(3, 14),
          end: daysAhead(3, 15),
          meetingMinutes: 20,
          breakMinutes: 10,
          tables: 3,
          onlineUrl: 'https://meet.example/room-',
        },
      ],
    } as never,
    ...sys,
  })
}

let serial = 0

/** A participant of `event` with a signed-in session. */
export async function participant(
  payload: Payload,
  event: Id,
  extra: Record<string, unknown> = {},
): Promise<{ id: Id; session: string; name: string }> {
  serial++
  const name = `Person ${serial}`
  const doc = await payload.create({
    collection: 'participants',
    data: {
      event,
      status: 'validated',
      name,
      email: `person${serial}@example.com`,
      organisation: `Org ${serial}`,
      organisationKind: 'company',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      locale: 'en',
      consent: true,
      ...extra,
    } as never,
    ...sys,
  })
  return { id: doc.id, name, session: await issueToken(payload, doc.id, 'session') }
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- answers of many shapes, read loosely

/** A client of /api/matchmaking/ on a test server, as one participant. */
export function matchmakingApi(base: string) {
  return async (
    method: string,
    path: string,
    session: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: Json }> => {
    const headers: Record<string, string> = { 'accept-language': 'en' }
    if (session) headers['x-matchmaking-session'] = session
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${base}/api/matchmaking${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let parsed: Json = { text }
    try {
      parsed = JSON.parse(text) as Json
    } catch {
      // not JSON (the calendar)
    }
    return { status: response.status, body: parsed }
  }
}
