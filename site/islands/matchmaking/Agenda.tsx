import { useId, useMemo, useState } from 'react'

import type { MeetingView } from '@shared/matchmakingTypes'
import type { Shared } from './shared'
import { clock } from './text'
import { useMeetings } from './useMeetings'

/**
 * The participant's agenda: accepted meetings in time order, grouped by day, at the times of
 * the participant's own time zone; meetings staff still have to place; and the private
 * calendar feed.
 */
export default function Agenda(props: Shared & { matchesUrl: string }) {
  const { say, client, failed, me, locale } = props
  const id = useId()
  const { meetings, reload: load } = useMeetings(props)
  const times = useMemo(() => clock(locale, me.timeZone), [locale, me.timeZone])

  const accepted = (meetings ?? []).filter((m) => m.status === 'accepted')
  const placed = accepted
    .filter((m): m is MeetingView & { start: string; end: string } => Boolean(m.start && m.end))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const unplaced = accepted.filter((m) => !m.start)
  const days = new Map<string, typeof placed>()
  for (const m of placed) {
    const key = times.dayKey(m.start)
    days.set(key, [...(days.get(key) ?? []), m])
  }
  const sessionName = (sessionId: string | null) =>
    me.event.sessions.find((s) => s.id === sessionId)?.name ?? ''

  async function cancel(m: MeetingView) {
    const answer = await client.cancel(m.id)
    if (failed(answer)) return
    props.setNotice({ text: say('meetings.cancelled', { name: m.with.name }), tone: 'ok' })
    await load()
  }

  const meetingItem = (m: MeetingView) => (
    <li key={m.id} className="mm-row mm-meeting">
      <div>
        {m.start && m.end && (
          <p className="mm-time">
            <time dateTime={m.start}>{times.range(m.start, m.end)}</time>
            {sessionName(m.session) && <span className="meta"> · {sessionName(m.session)}</span>}
          </p>
        )}
        <p className="mm-row-title">
          {say('meetings.with', { name: m.with.name, organisation: m.with.organisation })}
        </p>
        {!m.start && <p className="meta">{say('meetings.unscheduled')}</p>}
        {m.room ? (
          <p>
            <a href={m.room} rel="noopener noreferrer" target="_blank">
              {say('meetings.room')}
            </a>
          </p>
        ) : (
          m.table !== null && (
            <p className="mm-table">{say('meetings.table', { table: m.table })}</p>
          )
        )}
        {m.message && <p className="meta">{m.message}</p>}
      </div>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => cancel(m)}
      >
        {say('meetings.cancel')}
        <span className="visually-hidden">: {m.with.name}</span>
      </button>
    </li>
  )

  const webcal = me.calendarUrl.replace(/^https?:/, 'webcal:')
  const [copied, setCopied] = useState(false)
  async function copy() {
    try {
      await navigator.clipboard.writeText(me.calendarUrl)
      setCopied(true)
    } catch {
      // No clipboard (an insecure origin, or refused): select the address to copy by hand.
      const field = document.getElementById(`${id}-feed`) as HTMLTextAreaElement | null
      field?.focus()
      field?.select()
    }
  }

  return (
    <div className="mm-agenda">
      <section aria-labelledby={`${id}-meetings`}>
        <h2 id={`${id}-meetings`}>{say('meetings.heading')}</h2>
        {meetings === null ? (
          <p>{say('loading')}</p>
        ) : accepted.length === 0 ? (
          <p>
            {say('meetings.none')} <a href={props.matchesUrl}>{say('nav.matches')}</a>
          </p>
        ) : (
          <>
            {[...days].map(([key, list]) => (
              <section key={key} aria-labelledby={`${id}-day-${key}`} className="mm-day">
                <h3 id={`${id}-day-${key}`}>{times.day(list[0]!.start)}</h3>
                <ul className="mm-list">{list.map(meetingItem)}</ul>
              </section>
            ))}
            {unplaced.length > 0 && (
              <section aria-labelledby={`${id}-unplaced`} className="mm-day">
                <h3 id={`${id}-unplaced`}>{say('meetings.unscheduled')}</h3>
                <ul className="mm-list">{unplaced.map(meetingItem)}</ul>
              </section>
            )}
          </>
        )}
      </section>
      <section aria-labelledby={`${id}-calendar`} className="mm-panel mm-calendar">
        <h2 id={`${id}-calendar`}>{say('calendar.heading')}</h2>
        <p>{say('calendar.text')}</p>
        <p className="notice notice-warn">{say('calendar.secret')}</p>
        <div className="public-form">
          <div className="form-field">
            <label htmlFor={`${id}-feed`}>{say('calendar.address')}</label>
            {/* A textarea, not an input: the long address wraps and stays whole on a phone. */}
            <textarea
              id={`${id}-feed`}
              className="mm-feed"
              readOnly
              rows={2}
              value={me.calendarUrl}
              spellCheck={false}
            />
          </div>
        </div>
        <div className="mm-actions">
          <button type="button" className="button button-small" onClick={copy}>
            {say('calendar.copy')}
          </button>
          <a className="button button-secondary button-small" href={webcal}>
            {say('calendar.subscribe')}
          </a>
          <span role="status" className="meta">
            {copied ? say('calendar.copied') : ''}
          </span>
        </div>
      </section>
    </div>
  )
}
