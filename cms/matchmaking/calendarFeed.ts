import crypto from 'node:crypto'

import {
  ICalCalendar,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator'
import type { Payload } from 'payload'

import { siteOrigin } from '../forms/cors'
import { t } from '../i18n/messages'
import type { Event, Meeting, Participant } from '../payload-types'
import type { Locale } from '@shared/locales'
import { collections } from '@shared/slugs'
import { clusterFacts } from '../email/addresses'
import { countryName } from '../email/templates'
import { sessionConfigs } from './freeSlots'
import { loadEvent, otherParty } from './meetingViews'
import { roomUrl } from './slots'

type Id = number | string
type Party = Pick<Participant, 'id' | 'name' | 'organisation'>

/** The calendar key's shape (issued as 32 random bytes, base64url); anything else is unknown. */
const keyShape = /^[A-Za-z0-9_-]{20,128}$/

const digest = (s: string) => crypto.createHash('sha256').update(s).digest()

/**
 * The participant a calendar key belongs to, or null. The database finds the row by the key;
 * the final comparison is constant-time, so the answer's timing says nothing about how much of
 * a guessed key was right. Rejected or unconfirmed participants have no feed.
 */
export async function participantOfCalendarKey(payload: Payload, key: string) {
  if (!keyShape.test(key)) return null
  const { docs } = await payload.find({
    collection: collections.participants,
    where: { calendarKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    // The key is a hidden field: Payload leaves it out of every answer unless asked.
    showHiddenFields: true,
    select: { calendarKey: true, event: true, status: true, locale: true },
  })
  const found = docs[0]
  if (!found?.calendarKey || !crypto.timingSafeEqual(digest(found.calendarKey), digest(key)))
    return null
  if (found.status === 'rejected' || found.status === 'unconfirmed') return null
  return found
}

/**
 * SEQUENCE must grow with each revision (a move, a cancellation) and stay put otherwise:
 * seconds from 2020 to the meeting's last change, as the portal's event feed does in minutes
 * (site/lib/feeds.ts); seconds, because staff may move a meeting twice in a minute. Fits in
 * the 32-bit integer calendar programs expect until 2088.
 */
export const meetingSequence = (updatedAt: string) =>
  Math.max(0, Math.floor((Date.parse(updatedAt) - Date.UTC(2020, 0, 1)) / 1000))

/** UID of a meeting: the same in every fetch, so a calendar updates it rather than adding one. */
export const meetingUid = (id: Id) => `meeting-${id}@${new URL(siteOrigin()).hostname}`

/** The venue as one line (name, address, city, country), or null when it has none. */
function venueLine(event: Event, locale: Locale): string | null {
  const v = event.venue
  const parts = [v?.name, v?.address, v?.city, v?.country ? countryName(locale, v.country) : null]
  const line = parts.filter((p): p is string => Boolean(p?.trim()))
  return line.length ? line.join(', ') : null
}

/** One meeting as a VEVENT, in the reader's language; times in UTC. */
export function meetingEvent(
  meeting: Meeting,
  other: Party,
  event: Event,
  locale: Locale,
): ICalEventData {
  const session = sessionConfigs(event).find((s) => s.id === meeting.session)
  const room = session && meeting.table ? roomUrl(session, meeting.table) : null
  const table = t(locale, 'matchmaking.calendar.table', { table: meeting.table ?? '' })
  const cancelled = meeting.status === 'cancelled'
  const base = t(locale, 'matchmaking.calendar.summary', {
    name: other.name,
    organisation: other.organisation,
  })
  const sessionName = (event.matchmakingSessions ?? []).find((s) => s.id === meeting.session)?.name
  const venue = venueLine(event, locale)
  return {
    id: meetingUid(meeting.id),
    sequence: meetingSequence(meeting.updatedAt),
    stamp: new Date(meeting.updatedAt),
    created: new Date(meeting.createdAt),
    lastModified: new Date(meeting.updatedAt),
    start: new Date(meeting.start!),
    end: new Date(meeting.end!),
    summary: cancelled ? t(locale, 'matchmaking.calendar.cancelled', { summary: base }) : base,
    location: room ?? [venue, table].filter(Boolean).join(', '),
    url: room,
    description: [
      event.title,
      sessionName,
      room ? t(locale, 'matchmaking.calendar.room', { url: room }) : table,
      meeting.message,
    ]
      .filter(Boolean)
      .join('\n'),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
  }
}

/**
 * The iCalendar (RFC 5545) of a participant's meetings: every placed meeting, accepted or
 * cancelled after it was placed (STATUS:CANCELLED makes calendar programs take it out, where a
 * VEVENT that merely vanished would stay in some of them). Requests and unplaced meetings have
 * no time yet and are not in it.
 */
export async function participantCalendar(
  payload: Payload,
  participant: { id: Id; event: unknown; locale: string },
): Promise<string> {
  const locale = participant.locale as Locale
  const event = await loadEvent(payload, participant.event as Id, locale)
  if (!event) throw new Error(`calendar: event ${String(participant.event)} not found`)
  const { docs: meetings } = await payload.find({
    collection: collections.meetings,
    where: {
      and: [
        {
          or: [
            { requester: { equals: participant.id } },
            { recipient: { equals: participant.id } },
          ],
        },
        { status: { in: ['accepted', 'cancelled'] } },
        { start: { exists: true } },
        { end: { exists: true } },
      ],
    },
    sort: 'start',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const others = [...new Set(meetings.map((m) => otherParty(m, participant.id)))]
  const { docs: parties } = await payload.find({
    collection: collections.participants,
    where: { id: { in: others } },
    select: { name: true, organisation: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byId = new Map(parties.map((p) => [String(p.id), p as Party]))
  const { clusterName } = await clusterFacts(payload)
  const calendar = new ICalCalendar({
    prodId: { company: clusterName, product: 'Matchmaking', language: locale.toUpperCase() },
    name: t(locale, 'matchmaking.calendar.name', { event: event.title }),
    // Subscribers look again every hour: meetings are accepted, moved and cancelled until the
    // event; most calendar programs poll less often whatever this says.
    ttl: 60 * 60,
  })
  for (const meeting of meetings) {
    const other = byId.get(String(otherParty(meeting, participant.id)))
    if (other) calendar.createEvent(meetingEvent(meeting, other, event, locale))
  }
  return calendar.toString()
}
