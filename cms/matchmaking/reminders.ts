import type { Payload } from 'payload'

import type { Participant } from '../payload-types'
import { collections } from '@shared/slugs'
import { byId } from './byId'
import { type MatchmakingMail, notify } from './notify'

type Id = number | string
const day = 24 * 3600_000

/** The calendar day of an instant in a zone, as YYYY-MM-DD (the event's day, not the server's). */
export const dayIn = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant))

type Placed = { event: Id; requester: Id; recipient: Id; start: string }
export type DueReminder = { participant: Id; event: Id; day: string }

/**
 * Who is due a reminder at `now`: each participant whose first meeting of an event day starts
 * within the next 24 hours, and whose day has not begun yet (a meeting earlier that day already
 * started: the reminder would come too late to help). Pure.
 */
export function dueReminders(
  meetings: Placed[],
  timeZoneOf: (event: Id) => string,
  now: Date,
): DueReminder[] {
  const first = new Map<string, DueReminder & { start: number }>()
  for (const m of meetings) {
    const start = Date.parse(m.start)
    const date = dayIn(m.start, timeZoneOf(m.event))
    for (const participant of [m.requester, m.recipient]) {
      const key = `${participant}:${date}`
      const seen = first.get(key)
      if (!seen || start < seen.start)
        first.set(key, { participant, event: m.event, day: date, start })
    }
  }
  return [...first.values()]
    .filter((r) => r.start > now.getTime() && r.start - day <= now.getTime())
    .map(({ participant, event, day: date }) => ({ participant, event, day: date }))
}

/**
 * Sends the day-before reminders that are due: one per participant and event day, about 24
 * hours before its first meeting, never for cancelled meetings (only accepted, placed ones
 * count), never twice: the day is written into the participant's `remindedDays` before the
 * mail is queued, and the task runs one at a time (its concurrency key). Returns what it sent.
 */
export async function sendDueReminders(payload: Payload, now = new Date()) {
  const { docs } = await payload.find({
    collection: collections.meetings,
    where: {
      and: [
        { status: { equals: 'accepted' } },
        // Meetings that began in the last day tell whether a participant's day has begun.
        { start: { greater_than: new Date(now.getTime() - day).toISOString() } },
        { start: { less_than_equal: new Date(now.getTime() + day).toISOString() } },
      ],
    },
    select: { event: true, requester: true, recipient: true, start: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const placed = docs.filter((m): m is typeof m & { start: string } => Boolean(m.start))
  const events = [...new Set(placed.map((m) => String(m.event)))]
  const zones = new Map<string, string>()
  for (const id of events) {
    const event = await byId(payload, collections.events, id, { select: { timeZone: true } })
    zones.set(id, event?.timeZone || 'UTC')
  }
  const due = dueReminders(placed as Placed[], (e) => zones.get(String(e)) ?? 'UTC', now)
  const sent: DueReminder[] = []
  for (const reminder of due) if (await remindOnce(payload, reminder)) sent.push(reminder)
  return sent
}

/** Marks the day as reminded and queues the mail, unless it was marked before. */
async function remindOnce(payload: Payload, { participant, event, day: date }: DueReminder) {
  const doc = (await payload
    .findByID({
      collection: collections.participants,
      id: participant,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      select: { status: true, remindedDays: true },
    })
    .catch(() => null)) as Pick<Participant, 'status' | 'remindedDays'> | null
  if (!doc || doc.status === 'rejected') return false
  if (doc.remindedDays?.includes(date)) return false
  await payload.update({
    collection: collections.participants,
    id: participant,
    data: { remindedDays: [...(doc.remindedDays ?? []), date] },
    depth: 0,
    overrideAccess: true,
  })
  // The day, so the mail lists that day's meetings (the mail part reads it when it knows it;
  // the assertion keeps this compiling against a MatchmakingMail without it).
  await notify(payload, { kind: 'reminder', participant, event, day: date } as MatchmakingMail)
  return true
}
