/**
 * The staff's matchmaking screens: /admin/matchmaking (events with matchmaking and their
 * counts), /admin/matchmaking/<event> (the schedule grid per session, moving meetings, "schedule
 * all", the CSV exports) and /admin/matchmaking/<event>/cards (printable table cards). Staff
 * only: anyone else reads a refusal and no data is read for them.
 */
import './matchmaking.scss'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import { optionKey, t } from '../../i18n/messages'
import {
  matchmakingEventPath,
  matchmakingPath,
  staffApi,
  tableCardsPath,
} from '../../matchmaking/adminPaths'
import {
  eventTimes,
  gridOf,
  matchmakingEvent,
  matchmakingEvents,
  type Grid,
} from '../../matchmaking/staffData'
import { collections } from '@shared/slugs'
import { AdminFrame } from '../AdminFrame'
import { PrintButton } from './PrintButton'
import { ScheduleGrid, type SlotLabels } from './ScheduleGrid'
import { staffLabels } from './staffLabels'

/** A list view of the admin filtered as Payload's list reads `where` (qs syntax). */
function listHref(admin: string, collection: string, where: Record<string, string>) {
  const params = new URLSearchParams()
  for (const [field, value] of Object.entries(where))
    params.append(`where[${field}][equals]`, value)
  return `${admin}/collections/${collection}?${params}`
}

export async function MatchmakingView(props: AdminViewServerProps) {
  const { initPageResult, params } = props
  const { req } = initPageResult
  const segments = (Array.isArray(params?.segments) ? params.segments : []) as string[]
  const [, eventId, sub] = segments
  const staff = isStaffUser(req.user)
  if (staff && eventId && sub === 'cards') return <TableCards {...props} eventId={eventId} />
  const l = staffLabels(req.i18n.language)
  return (
    <AdminFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={props.searchParams}
      viewType="matchmaking"
      className="mm-staff"
      testId="matchmaking-staff"
    >
      {!staff ? (
        <>
          <h1>{l.say('title')}</h1>
          <p>{l.say('refused')}</p>
        </>
      ) : eventId ? (
        <EventSchedule {...props} eventId={eventId} />
      ) : (
        <Overview {...props} />
      )}
    </AdminFrame>
  )
}

async function Overview({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const l = staffLabels(req.i18n.language)
  const admin = req.payload.config.routes.admin
  const events = await matchmakingEvents(req.payload, req.locale ?? undefined)
  return (
    <>
      <h1>{l.say('title')}</h1>
      <p>{l.say('intro')}</p>
      {events.length === 0 ? (
        <p>{l.say('none')}</p>
      ) : (
        <div className="mm-staff__wrap">
          <table className="mm-staff__table" data-testid="matchmaking-events">
            <thead>
              <tr>
                <th scope="col">{l.say('col.event')}</th>
                <th scope="col">{l.say('col.dates')}</th>
                <th scope="col">{l.say('col.mode')}</th>
                <th scope="col">{l.say('col.participants')}</th>
                <th scope="col">{l.say('col.pending')}</th>
                <th scope="col">{l.say('col.requests')}</th>
                <th scope="col">{l.say('col.accepted')}</th>
                <th scope="col">{l.say('col.placed')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const times = eventTimes(l.locale, e.timeZone)
                return (
                  <tr key={e.id}>
                    <th scope="row">
                      <a href={`${admin}${matchmakingEventPath(e.id)}`}>{e.title}</a>
                    </th>
                    <td>{times.date(e.start)}</td>
                    <td>{t(l.locale, optionKey('schedulingModes', e.scheduling))}</td>
                    <td>{e.participants}</td>
                    <td>
                      <a
                        href={listHref(admin, collections.participants, {
                          event: String(e.id),
                          status: 'pending',
                        })}
                      >
                        {e.pending}
                      </a>
                    </td>
                    <td>{e.requested}</td>
                    <td>{e.accepted}</td>
                    <td>{e.placed}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

/** Each slot's words, made on the server so the page and its hydration read the same. */
function slotLabels(grid: Grid, locale: string): SlotLabels {
  const times = eventTimes(locale, grid.event.timeZone)
  const labels: SlotLabels = { sessions: {}, slots: {} }
  for (const s of grid.sessions) {
    labels.sessions[s.id] = `${times.date(s.start)}, ${times.span(s.start, s.end)}`
    for (const slot of s.slots) labels.slots[slot.start] = times.span(slot.start, slot.end)
  }
  return labels
}

async function EventSchedule({
  initPageResult,
  eventId,
}: AdminViewServerProps & { eventId: string }) {
  const { req } = initPageResult
  const l = staffLabels(req.i18n.language)
  const admin = req.payload.config.routes.admin
  const api = req.payload.config.routes.api
  const event = await matchmakingEvent(req.payload, eventId, req.locale ?? undefined)
  if (!event)
    return (
      <>
        <h1>{l.say('title')}</h1>
        <p>{l.say('notFound')}</p>
        <p>
          <a href={`${admin}${matchmakingPath}`}>{l.say('back')}</a>
        </p>
      </>
    )
  const grid = await gridOf(req.payload, event)
  const pending = (
    await req.payload.count({
      collection: collections.participants,
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'pending' } }] },
      overrideAccess: true,
    })
  ).totalDocs
  const id = String(event.id)
  return (
    <>
      <p>
        <a href={`${admin}${matchmakingPath}`}>← {l.say('back')}</a>
      </p>
      <h1>
        {l.say('title')}: {event.title}
      </h1>
      <ul className="mm-staff__links">
        <li>
          <a href={listHref(admin, collections.participants, { event: id })}>
            {l.say('links.participants')}
          </a>
        </li>
        <li>
          <a href={listHref(admin, collections.participants, { event: id, status: 'pending' })}>
            {l.say('links.pending', { n: pending })}
          </a>
        </li>
        <li>
          <a href={listHref(admin, collections.meetings, { event: id })}>
            {l.say('links.meetings')}
          </a>
        </li>
        <li>
          <a href={`${api}${staffApi(id)}/schedule.csv`} download>
            {l.say('links.scheduleCsv')}
          </a>
        </li>
        <li>
          <a href={`${api}${staffApi(id)}/participants.csv`} download>
            {l.say('links.participantsCsv')}
          </a>
        </li>
        <li>
          <a href={`${admin}${tableCardsPath(id)}`}>{l.say('links.cards')}</a>
        </li>
      </ul>
      <ScheduleGrid grid={grid} labels={slotLabels(grid, l.locale)} api={api} />
    </>
  )
}

/** Printable table cards: per session and table, its meetings slot by slot. */
async function TableCards({ initPageResult, eventId }: AdminViewServerProps & { eventId: string }) {
  const { req } = initPageResult
  const l = staffLabels(req.i18n.language)
  const admin = req.payload.config.routes.admin
  const event = await matchmakingEvent(req.payload, eventId, req.locale ?? undefined)
  const grid = event ? await gridOf(req.payload, event) : null
  const times = eventTimes(l.locale, event?.timeZone ?? 'UTC')
  const cards = (grid?.sessions ?? []).flatMap((session) =>
    Array.from({ length: session.tables }, (_, i) => ({
      session,
      table: i + 1,
      slots: session.slots.map((slot) => ({ slot, meeting: slot.tables[i] ?? null })),
    })).filter((card) => card.slots.some((s) => s.meeting)),
  )
  return (
    <main className="mm-cards" data-testid="table-cards">
      <div className="mm-cards__tools">
        <a href={`${admin}${matchmakingEventPath(eventId)}`}>← {l.say('cards.back')}</a>
        <PrintButton label={l.say('cards.print')} />
      </div>
      <h1 className="mm-cards__title">
        {l.say('cards.title')}
        {event ? `: ${event.title}` : ''}
      </h1>
      {!event && <p>{l.say('notFound')}</p>}
      {event && cards.length === 0 && <p>{l.say('cards.empty')}</p>}
      {cards.map(({ session, table, slots }) => (
        <section
          key={`${session.id}-${table}`}
          className="mm-cards__card"
          aria-label={l.say('cards.table', { n: table })}
          data-table-card
        >
          <p className="mm-cards__number">{l.say('cards.table', { n: table })}</p>
          <p className="mm-cards__session">
            {event?.title} · {session.name} · {times.date(session.start)}
          </p>
          <table className="mm-cards__slots">
            <tbody>
              {slots.map(({ slot, meeting }) => (
                <tr key={slot.start}>
                  <th scope="row">{times.span(slot.start, slot.end)}</th>
                  <td>
                    {meeting ? (
                      <>
                        <strong>{meeting.requester.name}</strong>
                        <small>{meeting.requester.organisation}</small>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {meeting && (
                      <>
                        <strong>{meeting.recipient.name}</strong>
                        <small>{meeting.recipient.organisation}</small>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  )
}
