import type { Payload } from 'payload'

import type { Event, Meeting } from '../payload-types'
import { collections } from '@shared/slugs'
import type { FreeSlot } from '@shared/matchmakingTypes'
import { bookingKeys, type Parties } from './booking'
import { type SessionConfig, slotsOf } from './slots'

type Id = number | string

/** A placed meeting as the slot arithmetic needs it. */
export type Placed = Pick<Meeting, 'start' | 'table'> & { requester: Id; recipient: Id }

/**
 * The event's sessions with what slot arithmetic needs, and their names for the staff grid and
 * exports (online links included: server only).
 */
export const sessionConfigs = (
  event: Pick<Event, 'matchmakingSessions'>,
): (SessionConfig & { name: string })[] =>
  (event.matchmakingSessions ?? []).map((s) => ({
    id: s.id ?? '',
    name: s.name,
    start: s.start,
    end: s.end,
    meetingMinutes: s.meetingMinutes,
    breakMinutes: s.breakMinutes,
    tables: s.tables,
    onlineUrl: s.onlineUrl ?? null,
  }))

/** The sessions a participant attends: those it lists, or all of them when it lists none. */
export const attended = (sessions: SessionConfig[], attends: string[] | null | undefined) =>
  attends?.length ? sessions.filter((s) => attends.includes(s.id)) : sessions

const instant = (iso: string | null | undefined) => (iso ? new Date(iso).toISOString() : '')

/**
 * The slots two participants could meet in: sessions both attend, neither already meeting
 * someone then, a table still free, and not begun yet. Pure, so the rules are tested apart.
 */
export function freeSlotsFor(args: {
  sessions: SessionConfig[]
  a: { id: Id; attends?: string[] | null }
  b: { id: Id; attends?: string[] | null }
  placed: Placed[]
  now: Date
}): FreeSlot[] {
  const { sessions, a, b, placed, now } = args
  const both = new Set(attended(sessions, b.attends).map((s) => s.id))
  const shared = attended(sessions, a.attends).filter((s) => both.has(s.id))
  const tables = new Map(sessions.map((s) => [s.id, s.tables]))
  const busy = new Set<string>()
  const used = new Map<string, number>()
  const parties = [String(a.id), String(b.id)]
  for (const m of placed) {
    const at = instant(m.start)
    used.set(at, (used.get(at) ?? 0) + 1)
    if (parties.includes(String(m.requester)) || parties.includes(String(m.recipient))) busy.add(at)
  }
  return slotsOf(shared)
    .filter((slot) => Date.parse(slot.start) > now.getTime())
    .filter((slot) => !busy.has(slot.start))
    .filter((slot) => (used.get(slot.start) ?? 0) < (tables.get(slot.session) ?? 0))
    .map(({ session, start, end }) => ({ session, start, end }))
}

/** Every placed (accepted, with a slot) meeting of an event. */
export async function placedMeetings(payload: Payload, event: Id): Promise<Placed[]> {
  const { docs } = await payload.find({
    collection: collections.meetings,
    where: {
      and: [
        { event: { equals: event } },
        { status: { equals: 'accepted' } },
        { start: { exists: true } },
      ],
    },
    select: { start: true, table: true, requester: true, recipient: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((m) => ({
    start: m.start,
    table: m.table,
    requester: m.requester as Id,
    recipient: m.recipient as Id,
  }))
}

/**
 * The lowest tables of a slot that the ledger does not hold, in order: the ledger, not the
 * meetings, because a placement under way holds its keys before its meeting says so.
 */
export async function freeTables(
  payload: Payload,
  meeting: Parties,
  start: string,
  tables: number,
): Promise<number[]> {
  const keyOf = (table: number) => bookingKeys(meeting, { start, table }).table
  const all = Array.from({ length: tables }, (_, i) => i + 1)
  const { docs } = await payload.find({
    collection: collections.meetingBookings,
    where: { key: { in: all.map(keyOf) } },
    select: { key: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const held = new Set(docs.map((d) => d.key))
  return all.filter((table) => !held.has(keyOf(table)))
}
