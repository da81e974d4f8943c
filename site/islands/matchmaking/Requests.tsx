import type { MeetingView } from '@shared/matchmakingTypes'
import IncomingRequest from './IncomingRequest'
import type { CardProps, Shared } from './shared'

type Props = Shared & {
  meetings: MeetingView[] | null
  reload: () => Promise<void>
  cardProps: CardProps
}

/** Requests still waiting for an answer: to me (accept or decline), and mine (cancel). */
export default function Requests(props: Props) {
  const { say, meetings } = props
  const waiting = (direction: MeetingView['direction']) =>
    (meetings ?? []).filter((m) => m.direction === direction && m.status === 'requested')
  const incoming = waiting('incoming')
  const outgoing = waiting('outgoing')

  async function cancel(m: MeetingView) {
    const answer = await props.client.cancel(m.id)
    if (props.failed(answer)) return
    props.setNotice({ text: say('requests.cancelled', { name: m.with.name }), tone: 'ok' })
    await props.reload()
  }

  return (
    <section aria-labelledby="mm-requests">
      <h2 id="mm-requests">{say('tabs.requests')}</h2>
      <h3>{say('requests.incoming')}</h3>
      {meetings === null ? (
        <p>{say('loading')}</p>
      ) : incoming.length === 0 ? (
        <p>{say('requests.none')}</p>
      ) : (
        <div className="mm-cards">
          {incoming.map((m) => (
            <IncomingRequest key={m.id} {...props} meeting={m} />
          ))}
        </div>
      )}
      <h3>{say('requests.outgoing')}</h3>
      {meetings !== null && outgoing.length === 0 ? (
        <p>{say('requests.none')}</p>
      ) : (
        <ul className="mm-list">
          {outgoing.map((m) => (
            <li key={m.id} className="mm-row">
              <div>
                <p className="mm-row-title">
                  {say('requests.to', { name: m.with.name, organisation: m.with.organisation })}
                </p>
                {m.message && <p className="meta">{m.message}</p>}
                <p className="meta">{say('requests.waiting')}</p>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => cancel(m)}
              >
                {say('requests.cancel')}
                <span className="visually-hidden">: {m.with.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
