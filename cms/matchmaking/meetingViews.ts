import type { Payload, PayloadRequest } from 'payload'

import type { ActingParticipant } from '../access/participants'
import type { Event, Meeting, Participant } from '../payload-types'
import type { Locale } from '@shared/locales'
import type { Card, MeetingView } from '@shared/matchmakingTypes'
import { collections } from '@shared/slugs'
import { toCard } from './cards'
import { sessionConfigs } from './freeSlots'
import { roomUrl, type SessionConfig } from './slots'

type Id = number | string

const idOf = (v: unknown): Id =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id)

/** The other party of a meeting, seen from `me`. */
export const otherParty = (meeting: Pick<Meeting, 'requester' | 'recipient'>, me: Id): Id =>
  String(idOf(meeting.requester)) === String(me) ? idOf(meeting.recipient) : idOf(meeting.requester)

/**
 * The event as the meeting endpoints need it, online rooms included: read with overrideAccess
 * on the server, and only a participant's own rooms ever leave it (see toMeetingView).
 */
export async function loadEvent(payload: Payload, id: Id, locale?: Locale): Promise<Event | null> {
  return payload
    .findByID({
      collection: collections.events,
      id,
      depth: 0,
      overrideAccess: true,
      ...(locale ? { locale } : {}),
      select: {
        title: true,
        timeZone: true,
        format: true,
        venue: true,
        matchmaking: true,
        matchmakingSessions: true,
        updatedAt: true,
      },
    })
    .catch(() => null) as Promise<Event | null>
}

/** Whether participants may request and accept meetings now (matchmaking on, window open). */
export function bookingOpen(event: Pick<Event, 'matchmaking'>, now = new Date()): boolean {
  const mm = event.matchmaking
  if (!mm?.enabled) return false
  if (mm.bookingOpens && Date.parse(mm.bookingOpens) > now.getTime()) return false
  if (mm.bookingCloses && Date.parse(mm.bookingCloses) <= now.getTime()) return false
  return true
}

/** One meeting as its party `me` sees it; the room only for its own placed, online meeting. */
export function toMeetingView(
  meeting: Meeting,
  me: Id,
  card: Card,
  sessions: SessionConfig[],
): MeetingView {
  const session = sessions.find((s) => s.id === meeting.session)
  const placed = meeting.status === 'accepted' && Boolean(meeting.start) && meeting.table
  return {
    id: meeting.id,
    status: meeting.status,
    direction: String(idOf(meeting.requester)) === String(me) ? 'outgoing' : 'incoming',
    with: card,
    message: meeting.message ?? '',
    session: meeting.session ?? null,
    start: meeting.start ?? null,
    end: meeting.end ?? null,
    table: meeting.table ?? null,
    room: placed && session ? roomUrl(session, meeting.table!) : null,
  }
}

/**
 * Meetings as `acting` sees them. The other parties are read as `acting` (Payload's rules: the
 * validated participants of its event); a meeting with someone it may no longer see (rejected
 * by staff) is left out rather than shown with a name it must not read.
 */
export async function meetingViews(
  req: PayloadRequest,
  acting: ActingParticipant,
  meetings: Meeting[],
  locale: Locale,
): Promise<MeetingView[]> {
  if (meetings.length === 0) return []
  const others = [...new Set(meetings.map((m) => otherParty(m, acting.id)))]
  const { docs } = await req.payload.find({
    collection: collections.participants,
    where: { id: { in: others } },
    depth: 1,
    locale,
    pagination: false,
    req,
    overrideAccess: false,
  })
  const cards = new Map(docs.map((p) => [String(p.id), toCard(p as Participant)]))
  const event = await loadEvent(req.payload, acting.event)
  const sessions = event ? sessionConfigs(event) : []
  return meetings.flatMap((m) => {
    const card = cards.get(String(otherParty(m, acting.id)))
    return card ? [toMeetingView(m, acting.id, card, sessions)] : []
  })
}
