import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { countryName } from '../../email/templates'
import { optionKey, requestLanguage, t } from '../../i18n/messages'
import type { Event } from '../../payload-types'
import { type Locale } from '@shared/locales'
import { acceptedMeetings, eventTimes, gridOf, participantsOf, placedMeetings } from '../staffData'
import { idOf, type Say, staffEventHandler } from './staffRequest'

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
  handler: staffEventHandler(async (req, event) => {
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
  handler: staffEventHandler(async (req, event) => {
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

/** The schedule and the participant list of an event as CSV files for a spreadsheet. */
export const staffExportEndpoints: Endpoint[] = [scheduleCsv, participantsCsv]
