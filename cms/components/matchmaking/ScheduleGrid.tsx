'use client'
/**
 * The schedule of an event for staff: per session a table of slots (rows) × tables (columns),
 * each meeting a button. Moving is two steps that work by keyboard as by mouse: select a meeting
 * (its button stays pressed), then choose a free cell (each free cell becomes a "Move here"
 * button); Escape or the selected meeting again cancels. The server refuses a taken table or a
 * party busy at that time (409), and tells both parties of a move. "Schedule all accepted
 * meetings" (staff-scheduled events) places what has no slot yet and says how many it placed.
 */
import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type KeyboardEvent } from 'react'

import type { Grid, GridMeeting } from '../../matchmaking/staffData'
import { staffApi } from '../../matchmaking/adminPaths'
import { staffLabels } from './staffLabels'

/** Words for sessions (by id) and slots (by start), made on the server in the event's zone. */
export type SlotLabels = { sessions: Record<string, string>; slots: Record<string, string> }

type Props = { grid: Grid; labels: SlotLabels; api: string }

type Status = { text: string; error?: boolean } | null

const errorText = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { _form?: string } }
  return body.errors?._form ?? response.statusText
}

export function ScheduleGrid({ grid, labels, api }: Props) {
  const { i18n } = useTranslation()
  const l = staffLabels(i18n.language)
  const router = useRouter()
  const [selected, setSelected] = useState<GridMeeting | null>(null)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>(null)
  const base = `${api}${staffApi(String(grid.event.id))}`
  const title = (m: GridMeeting) => l.say('grid.with', { a: m.requester.name, b: m.recipient.name })

  const post = (url: string, body?: unknown) =>
    fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
      body: JSON.stringify(body ?? {}),
    })

  const moveTo = async (start: string, table: number) => {
    if (!selected) return
    setBusy(true)
    try {
      const response = await post(`${api}/matchmaking/staff/meetings/${selected.id}/move`, {
        start,
        table,
      })
      if (!response.ok) {
        setStatus({ text: await errorText(response), error: true })
        return
      }
      setStatus({
        text: l.say('grid.moved', {
          meeting: title(selected),
          slot: labels.slots[start] ?? start,
          table,
        }),
      })
      setSelected(null)
      router.refresh()
    } catch (error) {
      setStatus({ text: l.say('failed', { reason: (error as Error).message }), error: true })
    } finally {
      setBusy(false)
    }
  }

  const scheduleAll = async () => {
    setBusy(true)
    setStatus({ text: l.say('scheduleAll.running') })
    try {
      const response = await post(`${base}/schedule-all`)
      if (!response.ok) {
        setStatus({ text: await errorText(response), error: true })
        return
      }
      const result = (await response.json()) as { placed: number; total: number; bound: number }
      setStatus({ text: l.say('scheduleAll.result', result) })
      router.refresh()
    } catch (error) {
      setStatus({ text: l.say('failed', { reason: (error as Error).message }), error: true })
    } finally {
      setBusy(false)
    }
  }

  const choose = (m: GridMeeting) => {
    const again = selected?.id === m.id
    setSelected(again ? null : m)
    setStatus(again ? null : { text: l.say('grid.selected', { meeting: title(m) }) })
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && selected) {
      setSelected(null)
      setStatus(null)
    }
  }

  const meetingButton = (m: GridMeeting) => (
    <button
      type="button"
      className="mm-staff__cell mm-staff__cell--meeting"
      aria-pressed={selected?.id === m.id}
      disabled={busy}
      onClick={() => choose(m)}
      data-meeting={m.id}
    >
      {m.requester.name}
      <small>{m.requester.organisation}</small>
      {m.recipient.name}
      <small>{m.recipient.organisation}</small>
    </button>
  )

  return (
    // Escape anywhere in the grid cancels a selection; the buttons inside take the focus.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div onKeyDown={onKeyDown} data-testid="schedule-grid">
      <p>
        {l.say('timeZone', { zone: grid.event.timeZone })} {l.say('grid.hint')}
      </p>
      {grid.event.scheduling === 'staff' ? (
        <div>
          <Button buttonStyle="primary" disabled={busy} onClick={() => void scheduleAll()}>
            {l.say('scheduleAll')}
          </Button>
          <p>{l.say('scheduleAll.hint')}</p>
        </div>
      ) : (
        <p>{l.say('scheduleAll.selfMode')}</p>
      )}
      <p
        className={`mm-staff__status${status?.error ? ' mm-staff__status--error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="grid-status"
      >
        {status?.text}
      </p>
      {selected && (
        <p>
          <Button buttonStyle="secondary" size="small" onClick={() => choose(selected)}>
            {l.say('grid.cancel')}
          </Button>
        </p>
      )}
      {grid.sessions.map((session) => (
        <section key={session.id} data-session={session.id}>
          <h2>
            {session.name}{' '}
            <small>
              ({labels.sessions[session.id]}
              {session.online ? `, ${l.say('grid.online')}` : ''})
            </small>
          </h2>
          {session.slots.length === 0 ? (
            <p>{l.say('grid.noSlots')}</p>
          ) : (
            <div className="mm-staff__wrap">
              <table className="mm-staff__table">
                <thead>
                  <tr>
                    <th scope="col">{l.say('grid.slot')}</th>
                    {Array.from({ length: session.tables }, (_, i) => (
                      <th scope="col" key={i}>
                        {l.say('grid.table', { n: i + 1 })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {session.slots.map((slot) => (
                    <tr key={slot.start}>
                      <th scope="row">{labels.slots[slot.start]}</th>
                      {slot.tables.map((m, i) => (
                        <td key={i}>
                          {m ? (
                            meetingButton(m)
                          ) : selected ? (
                            <button
                              type="button"
                              className="mm-staff__cell mm-staff__cell--target"
                              disabled={busy}
                              onClick={() => void moveTo(slot.start, i + 1)}
                              aria-label={l.say('grid.moveHere', {
                                slot: labels.slots[slot.start] ?? slot.start,
                                table: i + 1,
                              })}
                              data-free={`${slot.start}|${i + 1}`}
                            >
                              {l.say('grid.free')}
                            </button>
                          ) : (
                            <span className="mm-staff__cell mm-staff__cell--free">
                              {l.say('grid.free')}
                            </span>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
      <h2>{l.say('unplaced')}</h2>
      {grid.unplaced.length === 0 ? (
        <p>{l.say('unplaced.none')}</p>
      ) : (
        <ul className="mm-staff__unplaced" data-testid="unplaced">
          {grid.unplaced.map((m) => (
            <li key={m.id}>{meetingButton(m)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
