/**
 * What staff see of an event's matchmaking (the admin's grid, the table cards, the CSV exports
 * and GET …/staff/events/:id/grid): every session cut into slots, each slot's tables with the
 * meeting placed there, and the accepted meetings not placed yet. Server code for staff only:
 * it reads with overrideAccess, so its callers check the staff role first.
 */
import type { Payload } from 'payload'

import type { Event, Meeting, Participant } from '../payload-types'
import { collections } from '@shared/slugs'
import { byId } from './byId'
import { sessionConfigs } from './freeSlots'
import { slotsOf, roomUrl } from './slots'

type Id = number | string

export type Party = { id: Id; name: string; organisation: string; country: string }

export type GridMeeting = {
  id: Id
  requester: Party
  recipient: Party
  session: string | null
  start: string | null
  end: string | null
  table: number | null
}

export type GridSlot = {
  index: number
  start: string
  end: string
  /** One cell per table (table n at index n-1): the meeting there, or null when free. */
  tables: (GridMeeting | null)[]
}

export type GridSession = {
  id: string
  name: string
  start: string
  end: string
  tables: number
  online: boolean
  slots: GridSlot[]
}

export type Grid = {
  event: {
    id: Id
    title: string
    timeZone: string
    scheduling: 'self' | 'staff'
    start: string
    end: string
  }
  sessions: GridSession[]
  /** Accepted meetings with no slot, or a slot or table the sessions no longer have. */
  unplaced: GridMeeting[]
}

const idOf = (v: unknown): Id =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id)

/** An event with matchmaking, read for staff; null when there is none. */
export async function matchmakingEvent(
  payload: Payload,
  id: unknown,
  locale?: string,
): Promise<Event | null> {
  const event = await byId(payload, collections.events, id, { locale })
  return event?.matchmaking?.enabled ? event : null
}

/** Every participant of an event (any status), by id. */
export async function participantsOf(payload: Payload, event: Id) {
  const found = await payload.find({
    collection: collections.participants,
    where: { event: { equals: event } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'name',
  })
  return found.docs
}

/** The accepted meetings of an event. */
export async function acceptedMeetings(payload: Payload, event: Id): Promise<Meeting[]> {
  const found = await payload.find({
    collection: collections.meetings,
    where: { and: [{ event: { equals: event } }, { status: { equals: 'accepted' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'start',
  })
  return found.docs
}

const partyOf = (byId: Map<string, Participant>, ref: unknown): Party => {
  const p = byId.get(String(idOf(ref)))
  return {
    id: idOf(ref),
    name: p?.name ?? '?',
    organisation: p?.organisation ?? '',
    country: p?.country ?? '',
  }
}

/** The staff's grid of an event: sessions × slots × tables, and what is not placed. */
export async function gridOf(payload: Payload, event: Event): Promise<Grid> {
  const [people, meetings] = await Promise.all([
    participantsOf(payload, event.id),
    acceptedMeetings(payload, event.id),
  ])
  const byId = new Map(people.map((p) => [String(p.id), p]))
  const configs = sessionConfigs(event)
  const slots = slotsOf(configs)
  const sessions: GridSession[] = configs.map((c) => ({
    id: c.id,
    name: c.name,
    start: c.start,
    end: c.end,
    tables: c.tables,
    online: Boolean(c.onlineUrl),
    slots: slots
      .filter((s) => s.session === c.id)
      .map((s) => ({
        index: s.index,
        start: s.start,
        end: s.end,
        tables: Array.from({ length: c.tables }, () => null),
      })),
  }))
  const cellOf = new Map<string, { slot: GridSlot }>()
  for (const session of sessions)
    for (const slot of session.slots) cellOf.set(`${session.id}|${slot.start}`, { slot })
  const unplaced: GridMeeting[] = []
  for (const m of meetings) {
    const view: GridMeeting = {
      id: m.id,
      requester: partyOf(byId, m.requester),
      recipient: partyOf(byId, m.recipient),
      session: m.session ?? null,
      start: m.start ?? null,
      end: m.end ?? null,
      table: m.table ?? null,
    }
    const start = m.start ? new Date(m.start).toISOString() : ''
    const cell = cellOf.get(`${m.session}|${start}`)
    const table = m.table ?? 0
    if (cell && table >= 1 && table <= cell.slot.tables.length && !cell.slot.tables[table - 1])
      cell.slot.tables[table - 1] = view
    else unplaced.push(view)
  }
  return {
    event: {
      id: event.id,
      title: event.title,
      timeZone: event.timeZone,
      scheduling: event.matchmaking?.scheduling ?? 'self',
      start: event.start,
      end: event.end,
    },
    sessions,
    unplaced,
  }
}

/** A placed meeting with where it is, in time order, then by table. */
export type PlacedMeeting = GridMeeting & {
  sessionName: string
  start: string
  end: string
  table: number
  room: string | null
}

export function placedMeetings(grid: Grid, event: Event): PlacedMeeting[] {
  const configs = new Map(sessionConfigs(event).map((c) => [c.id, c]))
  return grid.sessions.flatMap((session) =>
    session.slots.flatMap((slot) =>
      slot.tables.flatMap((m, i) =>
        m
          ? [
              {
                ...m,
                sessionName: session.name,
                start: slot.start,
                end: slot.end,
                table: i + 1,
                room: roomUrl(configs.get(session.id) ?? {}, i + 1),
              },
            ]
          : [],
      ),
    ),
  )
}

/** Counts per event for the staff's overview. */
export type EventSummary = {
  id: Id
  title: string
  start: string
  end: string
  timeZone: string
  scheduling: 'self' | 'staff'
  participants: number
  pending: number
  requested: number
  accepted: number
  placed: number
}

/** Events with matchmaking, newest first, with their counts. */
export async function matchmakingEvents(payload: Payload, locale?: string) {
  const events = await payload.find({
    collection: collections.events,
    where: { 'matchmaking.enabled': { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: '-start',
    ...(locale ? { locale: locale as never } : {}),
    select: { title: true, start: true, end: true, timeZone: true, matchmaking: true },
  })
  const count = async (collection: 'participants' | 'meetings', where: object) =>
    (
      await payload.count({
        collection: collections[collection],
        where: where as never,
        overrideAccess: true,
      })
    ).totalDocs
  return Promise.all(
    events.docs.map(async (e): Promise<EventSummary> => ({
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end,
      timeZone: e.timeZone,
      scheduling: e.matchmaking?.scheduling ?? 'self',
      participants: await count('participants', {
        and: [{ event: { equals: e.id } }, { status: { not_equals: 'rejected' } }],
      }),
      pending: await count('participants', {
        and: [{ event: { equals: e.id } }, { status: { equals: 'pending' } }],
      }),
      requested: await count('meetings', {
        and: [{ event: { equals: e.id } }, { status: { equals: 'requested' } }],
      }),
      accepted: await count('meetings', {
        and: [{ event: { equals: e.id } }, { status: { equals: 'accepted' } }],
      }),
      placed: await count('meetings', {
        and: [
          { event: { equals: e.id } },
          { status: { equals: 'accepted' } },
          { start: { exists: true } },
        ],
      }),
    })),
  )
}

/** Times as the event's venue reads them: its time zone, the admin's language. */
export function eventTimes(locale: string, timeZone: string) {
  // 24-hour times in every language: a schedule on a wall, not a clock on a phone.
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' })
  const isoDate = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  return {
    time: (iso: string) => time.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    /** YYYY-MM-DD in the event's zone, for spreadsheets. */
    isoDate: (iso: string) => isoDate.format(new Date(iso)),
    span: (start: string, end: string) =>
      `${time.format(new Date(start))}–${time.format(new Date(end))}`,
  }
}
