/**
 * What the matchmaking endpoints answer (/api/matchmaking/, cms/matchmaking/endpoints/) and the
 * portal's islands read: one definition for both sides. Pure types.
 */
import type { Locale } from './locales'

type Id = number | string

export type NeedKind = 'offer' | 'request'

/** An offer or request, its categories named in the reader's language. */
export type Need = {
  title: string
  description: string
  categories: { slug: string; name: string }[]
}

/** Another participant as a participant sees it: never the email. */
export type Card = {
  id: Id
  name: string
  organisation: string
  organisationKind: string
  country: string
  role: string
  languages: string[]
  profile: string
  offers: Need[]
  requests: Need[]
  member: { slug: string; name: string } | null
}

export type SessionInfo = {
  id: string
  name: string
  start: string
  end: string
  meetingMinutes: number
  online: boolean
}

/** The signed-in participant, with what the island needs of its event. */
export type Me = Card & {
  email: string
  timeZone: string
  locale: Locale
  attends: string[]
  status: 'pending' | 'validated'
  calendarUrl: string
  event: {
    id: Id
    slug: string
    title: string
    timeZone: string
    scheduling: 'self' | 'staff'
    registrationCloses: string | null
    bookingOpens: string | null
    bookingCloses: string | null
    sessions: SessionInfo[]
  }
}

export type Reason = {
  mine: { kind: NeedKind; title: string }
  theirs: { kind: NeedKind; title: string }
  categories: string[]
  terms: string[]
}

export type Suggestion = { participant: Card; score: number; reasons: Reason[] }

export type MeetingStatus = 'requested' | 'accepted' | 'declined' | 'cancelled'

export type MeetingView = {
  id: Id
  status: MeetingStatus
  direction: 'incoming' | 'outgoing'
  with: Card
  message: string
  session: string | null
  start: string | null
  end: string | null
  table: number | null
  room: string | null
}

export type FreeSlot = { session: string; start: string; end: string }

/** Error answers, as the forms give them. */
export type Problem = { errors: Record<string, string>; codes: Record<string, string> }
