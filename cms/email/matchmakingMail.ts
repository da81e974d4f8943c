import type { Payload } from 'payload'

import { type MessageKey, type MessageValues, t } from '../i18n/messages'
import type { Event, Meeting, Participant } from '../payload-types'
import type { MatchmakingMail } from '../matchmaking/notify'
import { tokenLifetimeSeconds } from '../matchmaking/session'
import { roomUrl } from '../matchmaking/slots'
import { defaultLocale, isLocale, type Locale } from '@shared/locales'
import { portalBase } from '@shared/portalPaths'
import { collections } from '@shared/slugs'
import { isEmail } from '@shared/validators'
import { clusterFacts } from './addresses'
import type { Rendered } from './inquiryMail'
import { textToHtml } from './templates'

type Id = number | string
const idOf = (ref: unknown): Id | null =>
  ref && typeof ref === 'object' ? (ref as { id: Id }).id : ((ref as Id | null) ?? null)

const localeOf = (p: Participant): Locale => (isLocale(p.locale) ? p.locale : defaultLocale)

// Reads without `req` (cf. inquiryMail.ts): a locale passed with `req` would switch the job's
// own locale. Everything read here was committed before the job ran.
const readParticipant = (payload: Payload, id: Id) =>
  payload
    .findByID({ collection: collections.participants, id, depth: 0, overrideAccess: true })
    .catch(() => null) as Promise<Participant | null>

const readEvent = (payload: Payload, id: Id, locale: Locale) =>
  payload
    .findByID({ collection: collections.events, id, depth: 0, overrideAccess: true, locale })
    .catch(() => null) as Promise<Event | null>

/** The matchmaking page of an event on the portal, in a locale, plus `rest` (e.g. `agenda/`). */
export const matchmakingPageUrl = (locale: Locale, eventSlug: string, rest = '') =>
  `${portalBase(process.env)}/${locale}/events/${encodeURIComponent(eventSlug)}/matchmaking/${rest}`

/**
 * A meeting's time in the reader's language and time zone, e.g. "Thursday, 14 May 2027,
 * 10:20 – 10:40 EEST": the zone's name is written out, since participants come from several.
 */
export function meetingTime(
  locale: Locale,
  timeZone: string,
  start: string,
  end: string | null | undefined,
): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  })
  const text = end
    ? format.formatRange(new Date(start), new Date(end))
    : format.format(new Date(start))
  // ICU's thin and narrow no-break spaces read as plain ones in a subject line, and stay there.
  return text.replace(/[\u2009\u202F]/g, ' ')
}

/** Where a meeting takes place: its table in the venue, or the online room of its table. */
function placeOf(locale: Locale, meeting: Meeting, event: Event | null): string {
  if (!meeting.start || meeting.table === null || meeting.table === undefined)
    return t(locale, 'mail.matchmaking.notScheduled')
  const session = (event?.matchmakingSessions ?? []).find((s) => s.id === meeting.session)
  const room = session ? roomUrl(session, meeting.table) : null
  return room
    ? t(locale, 'mail.matchmaking.online', { room })
    : t(locale, 'mail.matchmaking.table', { table: meeting.table })
}

const whenOf = (locale: Locale, to: Participant, meeting: Meeting) =>
  meeting.start
    ? meetingTime(locale, to.timeZone, meeting.start, meeting.end)
    : t(locale, 'mail.matchmaking.notScheduled')

const message = (
  to: Participant,
  locale: Locale,
  kind: MatchmakingMail['kind'],
  values: MessageValues,
): Rendered => {
  const say = (part: 'subject' | 'text') =>
    t(locale, `mail.matchmaking.${kind}.${part}` as MessageKey, values)
  const text = say('text')
  return { message: { to: to.email, subject: say('subject'), text, html: textToHtml(text) } }
}

/** A calendar day (YYYY-MM-DD) of an instant in a time zone. */
const dayIn = (timeZone: string, at: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)

/**
 * One matchmaking mail, rendered when the outbox sends it, from what is stored then, in the
 * recipient participant's language and time zone. Nobody's email address but the recipient's
 * own appears; the other participant is named by name and organisation only.
 *
 * `queuedAt` decides which day "tomorrow" is for a reminder, so a retry hours later still lists
 * the same day's meetings.
 */
export async function renderMatchmakingMail(
  payload: Payload,
  mail: MatchmakingMail,
  queuedAt: Date = new Date(),
): Promise<Rendered> {
  const toId = 'meeting' in mail ? mail.to : mail.participant
  const to = await readParticipant(payload, toId)
  if (!to) return { skipped: `matchmaking ${mail.kind}: participant ${toId} no longer exists.` }
  if (!isEmail(to.email))
    return { skipped: `matchmaking ${mail.kind}: participant ${to.id} has no valid address.` }
  // A rejected participant hears nothing more from matchmaking (staff tell them themselves).
  if (to.status === 'rejected')
    return { skipped: `matchmaking ${mail.kind}: participant ${to.id} was rejected.` }
  const locale = localeOf(to)
  const event = await readEvent(payload, idOf(to.event)!, locale)
  if (!event?.slug) return { skipped: `matchmaking ${mail.kind}: the event has no page.` }
  const base = {
    name: to.name,
    eventTitle: event.title,
    clusterName: (await clusterFacts(payload)).clusterName,
  }
  const agenda = matchmakingPageUrl(locale, event.slug, 'agenda/')

  if ('token' in mail) {
    // The secret goes in the fragment, which browsers never send to a server or a log.
    const link = `${matchmakingPageUrl(locale, event.slug)}#${mail.kind}=${mail.token}`
    return message(to, locale, mail.kind, {
      ...base,
      link,
      count: Math.round(tokenLifetimeSeconds.confirm / 3600),
      minutes: Math.round(tokenLifetimeSeconds.signin / 60),
      validation: event.matchmaking?.requireValidation ? 'yes' : 'no',
    })
  }

  if (!('meeting' in mail)) {
    const tomorrow = dayIn(to.timeZone, new Date(queuedAt.getTime() + 24 * 3600 * 1000))
    const { docs } = await payload.find({
      collection: collections.meetings,
      where: {
        and: [
          { event: { equals: event.id } },
          { status: { equals: 'accepted' } },
          { start: { exists: true } },
          { or: [{ requester: { equals: to.id } }, { recipient: { equals: to.id } }] },
        ],
      },
      sort: 'start',
      depth: 0,
      limit: 200,
      overrideAccess: true,
    })
    const meetings = docs.filter(
      (m) => m.start && dayIn(to.timeZone, new Date(m.start)) === tomorrow,
    )
    if (meetings.length === 0)
      return { skipped: `matchmaking reminder: participant ${to.id} has no meetings tomorrow.` }
    const lines: string[] = []
    for (const meeting of meetings) {
      const otherId =
        String(idOf(meeting.requester)) === String(to.id) ? meeting.recipient : meeting.requester
      const other = await readParticipant(payload, idOf(otherId)!)
      lines.push(
        '- ' +
          t(locale, 'mail.matchmaking.line', {
            when: whenOf(locale, to, meeting),
            otherName: other?.name ?? '?',
            organisation: other?.organisation ?? '?',
            place: placeOf(locale, meeting, event),
          }),
      )
    }
    return message(to, locale, 'reminder', {
      ...base,
      count: meetings.length,
      list: lines.join('\n'),
      link: agenda,
    })
  }

  const meeting = (await payload
    .findByID({
      collection: collections.meetings,
      id: mail.meeting,
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)) as Meeting | null
  if (!meeting) return { skipped: `matchmaking ${mail.kind}: meeting ${mail.meeting} is gone.` }
  const otherId =
    String(idOf(meeting.requester)) === String(to.id) ? meeting.recipient : meeting.requester
  const other = await readParticipant(payload, idOf(otherId)!)
  const meetingValues = {
    ...base,
    otherName: other?.name ?? '?',
    organisation: other?.organisation ?? '?',
    when: whenOf(locale, to, meeting),
    place: placeOf(locale, meeting, event),
    link: agenda,
  }
  const note = meeting.message?.trim()
    ? t(locale, 'mail.matchmaking.note', {
        otherName: meetingValues.otherName,
        quoted: `----\n${meeting.message.trim()}\n----`,
      })
    : ''
  return message(to, locale, mail.kind, { ...meetingValues, note })
}
