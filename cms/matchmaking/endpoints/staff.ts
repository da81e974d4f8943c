import { stringify } from 'csv-stringify/sync'
import type { Endpoint, Payload, PayloadHandler, PayloadRequest } from 'payload'

import { isStaffUser } from '../../access/roles'
import { countryName } from '../../email/templates'
import { readJsonBody } from '../../forms/readBody'
import { optionKey, requestLanguage, t, type KeysUnder } from '../../i18n/messages'
import type { Event, Meeting } from '../../payload-types'
import { type Locale } from '@shared/locales'
import { collections } from '@shared/slugs'
import { placeMeeting } from '../booking'
import { notify } from '../notify'
import { scheduleEvent } from '../schedule/scheduleEvent'
import { revokeSessions } from '../session'
import { slotsOf } from '../slots'
import {
  acceptedMeetings,
  eventTimes,
  gridOf,
  matchmakingEvent,
  participantsOf,
  placedMeetings,
  sessionConfigs,
} from '../staffData'
import { answer } from './respond'

type Say = KeysUnder<'mmStaff'>

/** An error answer in the forms' shape, in the admin's language. */
const refuse = (
  req: PayloadRequest,
  status: number,
  code: Say,
  extra: Record<string, unknown> = {},
) =>
  answer(req, status, {
    errors: { _form: t(requestLanguage(req), `mmStaff.${code}`) },
    codes: { _form: code.replace(/^error\.|^conflict\./, '') },
    ...extra,
  })

/**
 * The admin's own origin: the address the request came to (its Host) and the configured
 * serverURL. The staff endpoints act on the admin's login cookie, so another site's page must
 * not be able to make a staff member's browser call them (CSRF): a browser always names the
 * page's origin on a cross-site POST or fetch, and marks navigations with Sec-Fetch-Site.
 */
function fromAdmin(req: PayloadRequest): boolean {
  const origin = req.headers.get('origin')
  if (origin === null) return req.headers.get('sec-fetch-site') !== 'cross-site'
  const own = new Set<string>()
  if (req.payload.config.serverURL) own.add(new URL(req.payload.config.serverURL).origin)
  if (req.url) {
    const url = new URL(req.url)
    own.add(url.origin)
    const host = req.headers.get('host')
    if (host) own.add(`${url.protocol}//${host}`)
  }
  return own.has(origin)
}

/**
 * A staff endpoint: the admin's origin (or none), a logged-in CMS user (Payload's `req.user`,
 * from its cookie or token) with the admin or editor role. A participant's session header is
 * never read here, so it can never count.
 */
const staffHandler =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!fromAdmin(req)) return refuse(req, 403, 'error.origin')
    if (!req.user) return refuse(req, 401, 'error.login')
    if (!isStaffUser(req.user)) return refuse(req, 403, 'error.staffOnly')
    return handler(req)
  }

const routeId = (req: PayloadRequest) => req.routeParams?.id as string | undefined

/** The event of the path, with matchmaking, in the admin's content locale. */
const eventOf = (req: PayloadRequest) =>
  matchmakingEvent(req.payload, routeId(req), req.locale ?? undefined)

const grid: Endpoint = {
  path: '/matchmaking/staff/events/:id/grid',
  method: 'get',
  handler: staffHandler(async (req) => {
    const event = await eventOf(req)
    if (!event) return refuse(req, 404, 'error.notFound')
    return answer(req, 200, await gridOf(req.payload, event))
  }),
}

const idOf = (v: unknown) =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: number }).id : (v as number)

/** Tells both parties that their meeting now has another time or table. */
async function tellBoth(payload: Payload, meeting: Meeting, req: PayloadRequest) {
  for (const to of [idOf(meeting.requester), idOf(meeting.recipient)])
    await notify(payload, { kind: 'moved', meeting: meeting.id, to }, req)
}

const move: Endpoint = {
  path: '/matchmaking/staff/meetings/:id/move',
  method: 'post',
  handler: staffHandler(async (req) => {
    const read = await readJsonBody(req as unknown as Request)
    if (!read.ok) return refuse(req, 400, 'error.invalid')
    const { start, table } = (read.body ?? {}) as { start?: unknown; table?: unknown }
    const id = routeId(req)
    if (!id || !/^\d+$|^[0-9a-f]{24}$/i.test(id)) return refuse(req, 404, 'error.notFound')
    const meeting = await req.payload
      .findByID({ collection: collections.meetings, id, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!meeting) return refuse(req, 404, 'error.notFound')
    if (meeting.status !== 'accepted') return refuse(req, 409, 'error.notAccepted')
    const event = await matchmakingEvent(req.payload, idOf(meeting.event))
    if (!event) return refuse(req, 404, 'error.notFound')
    const at = typeof start === 'string' ? Date.parse(start) : NaN
    const slot = Number.isFinite(at)
      ? slotsOf(sessionConfigs(event)).find((s) => Date.parse(s.start) === at)
      : undefined
    const session = sessionConfigs(event).find((s) => s.id === slot?.session)
    if (
      !slot ||
      !session ||
      typeof table !== 'number' ||
      !Number.isInteger(table) ||
      table < 1 ||
      table > session.tables
    )
      return refuse(req, 400, 'error.invalid')
    const same =
      meeting.start &&
      Date.parse(meeting.start) === at &&
      meeting.table === table &&
      meeting.session === slot.session
    const placed = await placeMeeting(
      req.payload,
      {
        id: meeting.id,
        event: idOf(meeting.event),
        requester: idOf(meeting.requester),
        recipient: idOf(meeting.recipient),
      },
      { session: slot.session, start: slot.start, end: slot.end, table },
      req,
    )
    if (!placed.ok)
      return refuse(req, 409, `conflict.${placed.conflict}`, { conflict: placed.conflict })
    if (!same) await tellBoth(req.payload, meeting, req)
    return answer(req, 200, {
      ok: true,
      meeting: { id: meeting.id, session: slot.session, start: slot.start, end: slot.end, table },
    })
  }),
}

const scheduleAll: Endpoint = {
  path: '/matchmaking/staff/events/:id/schedule-all',
  method: 'post',
  handler: staffHandler(async (req) => {
    const event = await eventOf(req)
    if (!event) return refuse(req, 404, 'error.notFound')
    if (event.matchmaking?.scheduling !== 'staff') return refuse(req, 409, 'error.selfMode')
    const result = await scheduleEvent(req.payload, event.id, { req })
    // Both parties of every meeting this run placed are told its time and table.
    for (const placed of result.newlyPlaced)
      for (const to of [placed.requester, placed.recipient])
        await notify(req.payload, { kind: 'moved', meeting: placed.meeting, to }, req)
    return answer(req, 200, {
      placed: result.placed,
      total: result.total,
      bound: result.bound,
      added: result.added,
      optimal: result.optimal,
    })
  }),
}

/**
 * A CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Cyrillic and
 * umlauts), every cell that a spreadsheet would take for a formula (= + - @, tab, CR) led by
 * an apostrophe: participants type their own names and titles (csv-stringify's
 * `escape_formulas`, the OWASP advice on CSV injection).
 */
function csvFile(req: PayloadRequest, name: string, rows: (string | number)[][]) {
  const body = stringify(rows, { bom: true, escape_formulas: true, record_delimiter: 'windows' })
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

const fileName = (event: Event, what: string) =>
  `matchmaking-${event.slug || event.id}-${what}.csv`.replace(/[^\w.-]+/g, '-')

const scheduleCsv: Endpoint = {
  path: '/matchmaking/staff/events/:id/schedule.csv',
  method: 'get',
  handler: staffHandler(async (req) => {
    const event = await eventOf(req)
    if (!event) return refuse(req, 404, 'error.notFound')
    const locale = requestLanguage(req)
    const say = (key: `csv.${string}` & Say) => t(locale, `mmStaff.${key}`)
    const g = await gridOf(req.payload, event)
    const times = eventTimes(locale, event.timeZone)
    const head = [
      say('csv.session'),
      say('csv.date'),
      say('csv.start'),
      say('csv.end'),
      say('csv.table'),
      say('csv.requester'),
      say('csv.requesterOrganisation'),
      say('csv.recipient'),
      say('csv.recipientOrganisation'),
      say('csv.room'),
      say('csv.meeting'),
    ]
    const rows = placedMeetings(g, event).map((m) => [
      m.sessionName,
      times.isoDate(m.start),
      times.time(m.start),
      times.time(m.end),
      m.table,
      m.requester.name,
      m.requester.organisation,
      m.recipient.name,
      m.recipient.organisation,
      m.room ?? '',
      String(m.id),
    ])
    // Accepted meetings not scheduled yet close the list, without a time.
    const waiting = g.unplaced.map((m) => [
      '',
      '',
      '',
      '',
      '',
      m.requester.name,
      m.requester.organisation,
      m.recipient.name,
      m.recipient.organisation,
      '',
      String(m.id),
    ])
    return csvFile(req, fileName(event, 'schedule'), [head, ...rows, ...waiting])
  }),
}

const participantsCsv: Endpoint = {
  path: '/matchmaking/staff/events/:id/participants.csv',
  method: 'get',
  handler: staffHandler(async (req) => {
    const event = await eventOf(req)
    if (!event) return refuse(req, 404, 'error.notFound')
    const locale = requestLanguage(req) as Locale
    const say = (key: `csv.${string}` & Say) => t(locale, `mmStaff.${key}`)
    const [people, meetings] = await Promise.all([
      participantsOf(req.payload, event.id),
      acceptedMeetings(req.payload, event.id),
    ])
    const scheduled = new Map<string, number>()
    for (const m of meetings)
      if (m.start)
        for (const p of [m.requester, m.recipient])
          scheduled.set(String(idOf(p)), (scheduled.get(String(idOf(p))) ?? 0) + 1)
    const titles = (rows: { title: string }[] | null | undefined) =>
      (rows ?? []).map((r) => r.title).join('; ')
    const head = [
      say('csv.id'),
      say('csv.name'),
      say('csv.organisation'),
      say('csv.kind'),
      say('csv.country'),
      say('csv.role'),
      say('csv.email'),
      say('csv.languages'),
      say('csv.status'),
      say('csv.registered'),
      say('csv.offers'),
      say('csv.requests'),
      say('csv.meetings'),
    ]
    const rows = people.map((p) => [
      String(p.id),
      p.name,
      p.organisation,
      t(locale, optionKey('organisationKinds', p.organisationKind)),
      countryName(locale, p.country) ?? p.country,
      p.role ?? '',
      p.email,
      (p.languages ?? []).join(', '),
      t(locale, optionKey('participantStatuses', p.status)),
      p.createdAt.slice(0, 10),
      titles(p.offers),
      titles(p.requests),
      scheduled.get(String(p.id)) ?? 0,
    ])
    return csvFile(req, fileName(event, 'participants'), [head, ...rows])
  }),
}

const revoke: Endpoint = {
  path: '/matchmaking/staff/participants/:id/revoke',
  method: 'post',
  handler: staffHandler(async (req) => {
    const id = routeId(req)
    const participant =
      id && /^\d+$|^[0-9a-f]{24}$/i.test(id)
        ? await req.payload
            .findByID({
              collection: collections.participants,
              id,
              depth: 0,
              overrideAccess: true,
              select: { name: true },
            })
            .catch(() => null)
        : null
    if (!participant) return refuse(req, 404, 'error.notFound')
    await revokeSessions(req.payload, participant.id)
    return answer(req, 200, { ok: true })
  }),
}

/** Matchmaking endpoints: staff grid, move, schedule all, exports, revoke. */
export const staffEndpoints: Endpoint[] = [
  grid,
  move,
  scheduleAll,
  scheduleCsv,
  participantsCsv,
  revoke,
]
