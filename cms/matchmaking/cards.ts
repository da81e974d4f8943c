import type { Category, Event, Member, Participant } from '../payload-types'
import type { Locale } from '@shared/locales'
import type { Card, Me, Need, SessionInfo } from '@shared/matchmakingTypes'

type Rel<T> = number | T | null | undefined

const loaded = <T extends object>(value: Rel<T>): T | null =>
  value !== null && typeof value === 'object' ? value : null

/** Offers or requests as the island shows them; categories must be read with depth ≥ 1. */
const needs = (rows: Participant['offers']): Need[] =>
  (rows ?? []).map((row) => ({
    title: row.title,
    description: row.description ?? '',
    categories: (row.categories ?? [])
      .map((c) => loaded<Category>(c))
      .filter((c): c is Category => c !== null)
      .map((c) => ({ slug: c.slug ?? String(c.id), name: c.name })),
  }))

/**
 * A participant as other participants see it: what they offer and seek, never the email (which
 * the access rules hide anyway). Read it with depth 1 and the reader's locale, so categories and
 * the member company come named.
 */
export function toCard(doc: Participant): Card {
  const member = loaded<Member>(doc.member as Rel<Member>)
  return {
    id: doc.id,
    name: doc.name,
    organisation: doc.organisation,
    organisationKind: doc.organisationKind,
    country: doc.country,
    role: doc.role ?? '',
    languages: doc.languages ?? [],
    profile: doc.profile ?? '',
    offers: needs(doc.offers),
    requests: needs(doc.requests),
    member: member ? { slug: member.slug ?? '', name: member.name } : null,
  }
}

/** The event's sessions as a participant sees them: no online room addresses. */
export const sessionsOf = (event: Event): SessionInfo[] =>
  (event.matchmakingSessions ?? []).map((s) => ({
    id: s.id ?? '',
    name: s.name,
    start: s.start,
    end: s.end,
    meetingMinutes: s.meetingMinutes,
    online: Boolean(s.onlineUrl),
  }))

/**
 * The signed-in participant with its event. `event` must be read with overrideAccess (to know
 * which sessions are online) but only what is listed here leaves the server.
 */
export function toMe(doc: Participant, event: Event, calendarUrl: string): Me {
  return {
    ...toCard(doc),
    email: doc.email,
    timeZone: doc.timeZone,
    locale: doc.locale as Locale,
    attends: doc.attends ?? [],
    status: doc.status === 'validated' ? 'validated' : 'pending',
    calendarUrl,
    event: {
      id: event.id,
      slug: event.slug ?? '',
      title: event.title,
      timeZone: event.timeZone,
      scheduling: event.matchmaking?.scheduling ?? 'self',
      registrationCloses: event.matchmaking?.registrationCloses ?? null,
      bookingOpens: event.matchmaking?.bookingOpens ?? null,
      bookingCloses: event.matchmaking?.bookingCloses ?? null,
      sessions: sessionsOf(event),
    },
  }
}
