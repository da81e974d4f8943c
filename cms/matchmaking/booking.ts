import type { Payload, PayloadRequest } from 'payload'

import { collections } from '@shared/slugs'

type Id = number | string

/** Where a meeting takes place: a slot of a session, at a table. */
export type Placement = { session: string; start: string; end: string; table: number }

/** The parties of a meeting, as the ledger needs them. */
export type Parties = { id: Id; event: Id; requester: Id; recipient: Id }

export type PlaceResult = { ok: true } | { ok: false; conflict: 'table' | 'participant' }

const idOf = (v: unknown): Id =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id)

/** The ledger keys a meeting at a placement holds (see collections/MeetingBookings.ts). */
export function bookingKeys(meeting: Parties, at: Pick<Placement, 'start' | 'table'>) {
  const start = new Date(at.start).toISOString()
  return {
    table: `t:${idOf(meeting.event)}:${start}:${at.table}`,
    requester: `p:${idOf(meeting.requester)}:${start}`,
    recipient: `p:${idOf(meeting.recipient)}:${start}`,
  }
}

/** How long a placement may take between taking its keys and writing its meeting. */
const inFlightMs = 60_000

const isUniqueViolation = (error: unknown) =>
  (error as { status?: number }).status === 400 ||
  /unique|duplicate/i.test(String((error as Error)?.message))

/**
 * A booking key that a meeting no longer at that slot still holds (a crash between writing the
 * ledger and the meeting): freed, so that one failure never blocks a slot for good.
 */
async function freeIfStale(payload: Payload, key: string): Promise<boolean> {
  const held = await payload.find({
    collection: collections.meetingBookings,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const booking = held.docs[0]
  if (!booking) return true
  // A key taken moments ago belongs to a placement still under way (its meeting is written
  // right after its keys): freeing it would let two racing placements both succeed.
  if (Date.now() - Date.parse(booking.createdAt) < inFlightMs) return false
  const meeting = await payload
    .findByID({
      collection: collections.meetings,
      id: idOf(booking.meeting),
      depth: 0,
      overrideAccess: true,
      select: {
        status: true,
        start: true,
        table: true,
        requester: true,
        recipient: true,
        event: true,
      },
    })
    .catch(() => null)
  const [, , ...rest] = key.split(':')
  const keyStart = key.startsWith('t:') ? rest.slice(0, -1).join(':') : rest.join(':')
  const stillThere =
    meeting !== null &&
    meeting.status === 'accepted' &&
    typeof meeting.start === 'string' &&
    new Date(meeting.start).toISOString() === keyStart &&
    Object.values(bookingKeys(meeting as unknown as Parties, meeting as never)).includes(key)
  if (stillThere) return false
  await payload.delete({
    collection: collections.meetingBookings,
    where: { id: { equals: booking.id } },
    overrideAccess: true,
  })
  return true
}

/**
 * Places a meeting: takes its table-slot and both participants' slots in the ledger, then writes
 * the placement (and `accepted`) on the meeting, then lets go of its old slot, if it had one.
 * A taken key refuses the placement and gives back what it took. `req` is the acting staff
 * user's or participant's request (the meeting is written with their access); without it, server
 * code (seed, scheduler) writes with overrideAccess.
 */
export async function placeMeeting(
  payload: Payload,
  meeting: Parties,
  at: Placement,
  req?: PayloadRequest,
  /** Without `req`: the context of the meeting's update (the seed marks its own writes). */
  context?: Record<string, unknown>,
): Promise<PlaceResult> {
  const keys = bookingKeys(meeting, at)
  const taken: string[] = []
  for (const [which, key] of Object.entries(keys)) {
    let stored = false
    for (let attempt = 0; attempt < 2 && !stored; attempt++) {
      try {
        await payload.create({
          collection: collections.meetingBookings,
          data: { key, meeting: meeting.id as number },
          overrideAccess: true,
          depth: 0,
        })
        stored = true
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        // Already ours (placing again where it is): keep it.
        const own = await payload.find({
          collection: collections.meetingBookings,
          where: { and: [{ key: { equals: key } }, { meeting: { equals: meeting.id } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        if (own.docs.length) {
          stored = true
          continue
        }
        if (attempt === 0 && (await freeIfStale(payload, key))) continue
        await release(payload, meeting.id, taken)
        return { ok: false, conflict: which === 'table' ? 'table' : 'participant' }
      }
    }
    taken.push(key)
  }
  await payload.update({
    collection: collections.meetings,
    id: meeting.id,
    data: {
      status: 'accepted',
      session: at.session,
      start: new Date(at.start).toISOString(),
      end: new Date(at.end).toISOString(),
      table: at.table,
    },
    depth: 0,
    ...(req ? { req, overrideAccess: false } : { overrideAccess: true, context }),
  })
  // The old slot, if the meeting moved: every key of this meeting but the new ones.
  await payload.delete({
    collection: collections.meetingBookings,
    where: {
      and: [{ meeting: { equals: meeting.id } }, { key: { not_in: Object.values(keys) } }],
    },
    overrideAccess: true,
  })
  return { ok: true }
}

async function release(payload: Payload, meeting: Id, keys: string[]) {
  if (!keys.length) return
  await payload.delete({
    collection: collections.meetingBookings,
    where: { and: [{ meeting: { equals: meeting } }, { key: { in: keys } }] },
    overrideAccess: true,
  })
}

/** Frees every slot a meeting holds (it was declined, cancelled or taken out of the schedule). */
export async function releaseMeeting(payload: Payload, meeting: Id) {
  await payload.delete({
    collection: collections.meetingBookings,
    where: { meeting: { equals: meeting } },
    overrideAccess: true,
  })
}
