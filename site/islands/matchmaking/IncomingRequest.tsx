import { useId, useMemo, useState } from 'react'

import type { FreeSlot, MeetingView } from '@shared/matchmakingTypes'
import ParticipantCard from './ParticipantCard'
import type { CardProps, Shared } from './shared'
import { clock } from './text'

type Props = Shared & { meeting: MeetingView; reload: () => Promise<void>; cardProps: CardProps }

/**
 * A request to me, on the requester's card: decline, or accept. Where participants schedule
 * themselves, accepting first lists the slots free for both, in my own time zone, to pick one.
 */
export default function IncomingRequest(props: Props) {
  const { say, client, failed, meeting, me } = props
  const id = useId()
  const self = me.event.scheduling === 'self'
  const [slots, setSlots] = useState<FreeSlot[] | null>(null)
  const [chosen, setChosen] = useState('')
  const [busy, setBusy] = useState(false)
  const times = useMemo(() => clock(props.locale, me.timeZone), [props.locale, me.timeZone])
  const sessionName = (sessionId: string) =>
    me.event.sessions.find((s) => s.id === sessionId)?.name ?? ''

  async function showSlots() {
    const answer = await client.freeSlots(meeting.id)
    if (failed(answer) || !answer.ok) return
    setSlots(answer.data.slots)
    setChosen('')
    document.getElementById(`${id}-slots`)?.focus()
  }
  async function accept() {
    if (self && !chosen) return
    setBusy(true)
    const answer = await client.accept(meeting.id, self ? chosen : undefined)
    setBusy(false)
    if (failed(answer)) {
      // Someone took the slot meanwhile: show what is still free.
      if (answer.status === 409) void showSlots()
      return
    }
    props.setNotice({ text: say('requests.accepted', { name: meeting.with.name }), tone: 'ok' })
    await props.reload()
  }
  async function decline() {
    const answer = await client.decline(meeting.id)
    if (failed(answer)) return
    props.setNotice({ text: say('requests.declined', { name: meeting.with.name }), tone: 'ok' })
    await props.reload()
  }
  const whom = <span className="visually-hidden">: {meeting.with.name}</span>

  return (
    <ParticipantCard card={meeting.with} {...props.cardProps}>
      <div className="mm-request">
        {meeting.message && (
          <p className="mm-message">{say('requests.message', { message: meeting.message })}</p>
        )}
        {!self && <p className="meta">{say('requests.staffSchedules')}</p>}
        {self && slots !== null && (
          <fieldset id={`${id}-slots`} tabIndex={-1} className="mm-slots">
            <legend>{say('requests.pickSlot')}</legend>
            {slots.length === 0 && <p>{say('requests.noSlots')}</p>}
            {slots.map((slot) => (
              <label key={slot.start} className="mm-slot">
                <input
                  type="radio"
                  name={`${id}-slot`}
                  value={slot.start}
                  checked={chosen === slot.start}
                  onChange={() => setChosen(slot.start)}
                />
                <span>
                  {times.day(slot.start)}, {times.range(slot.start, slot.end)}
                  {sessionName(slot.session) && (
                    <span className="meta"> · {sessionName(slot.session)}</span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="mm-actions">
          {self && slots === null ? (
            <button type="button" className="button button-small" onClick={showSlots}>
              {say('requests.accept')}…{whom}
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              disabled={busy || (self && !chosen)}
              onClick={accept}
            >
              {say('requests.accept')}
              {whom}
            </button>
          )}
          <button type="button" className="button button-secondary button-small" onClick={decline}>
            {say('requests.decline')}
            {whom}
          </button>
        </div>
      </div>
    </ParticipantCard>
  )
}
