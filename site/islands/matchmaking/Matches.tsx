import {
  type FormEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'

import type { Card, FreeSlot, Me, MeetingView, Suggestion } from '@shared/matchmakingTypes'
import { countryOptions } from '../forms/countries'
import type { Client, Result } from './api'
import ParticipantCard from './ParticipantCard'
import RequestDialog from './RequestDialog'
import { clock, type Say } from './text'
import type { Notice } from './useParticipant'

export type Shared = {
  locale: string
  say: Say
  client: Client
  me: Me
  kinds: Record<string, string>
  categories: { slug: string; name: string }[]
  setNotice: (notice: Notice | null) => void
  failed: (result: Result<unknown>) => boolean
}

const tabs = ['suggestions', 'browse', 'requests'] as const
type Tab = (typeof tabs)[number]

/** Names of countries and languages in the page's language, as the rest of the portal has them. */
function useNames(locale: string) {
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale], { type: 'region' })
    const languages = new Intl.DisplayNames([locale], { type: 'language' })
    const safe = (names: Intl.DisplayNames) => (code: string) => {
      try {
        return names.of(code) ?? code
      } catch {
        return code
      }
    }
    return { country: safe(regions), language: safe(languages) }
  }, [locale])
}

/** The matchmaking page for a signed-in participant: suggestions, everyone, and requests. */
export default function Matches(props: Shared) {
  const { say, client, failed } = props
  const id = useId()
  const [tab, setTab] = useState<Tab>('suggestions')
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null)
  const [requestTo, setRequestTo] = useState<Card | null>(null)
  const names = useNames(props.locale)
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])

  // Bumped to read the meetings again after a change.
  const [version, setVersion] = useState(0)
  const loadMeetings = useCallback(async () => setVersion((v) => v + 1), [])
  useEffect(() => {
    let current = true
    void client.meetings().then((answer) => {
      if (current && !failed(answer) && answer.ok) setMeetings(answer.data.docs)
    })
    return () => {
      current = false
    }
  }, [client, failed, version])

  // The meeting (if any, still on) with each participant: one request per pair is enough.
  const withWhom = useMemo(() => {
    const map = new Map<string, MeetingView>()
    for (const m of meetings ?? [])
      if (m.status === 'requested' || m.status === 'accepted') map.set(String(m.with.id), m)
    return map
  }, [meetings])
  const incoming = (meetings ?? []).filter(
    (m) => m.direction === 'incoming' && m.status === 'requested',
  )

  const action = (card: Card) => {
    const meeting = withWhom.get(String(card.id))
    if (meeting)
      return (
        <p className="mm-state">
          {say('card.requested', { status: say(`status.${meeting.status}`) })}
        </p>
      )
    return (
      <button type="button" className="button button-small" onClick={() => setRequestTo(card)}>
        {say('card.request')}
        <span className="visually-hidden">: {card.name}</span>
      </button>
    )
  }
  const cardProps = { say, kinds: props.kinds, ...names }

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); only the chosen tab is in the tab order.
  function onTabKey(e: KeyboardEvent) {
    const index = tabs.indexOf(tab)
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1
    if (next < 0) return
    e.preventDefault()
    setTab(tabs[next]!)
    tabRefs.current[next]?.focus()
  }

  return (
    <div className="mm-matches">
      <div role="tablist" aria-label={say('tabs.label')} className="mm-tabs">
        {tabs.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKey}
          >
            {say(`tabs.${name}`)}
            {name === 'requests' && incoming.length > 0 && (
              <span className="mm-count">{incoming.length}</span>
            )}
          </button>
        ))}
      </div>
      {tabs.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`${id}-panel-${name}`}
          aria-labelledby={`${id}-tab-${name}`}
          hidden={tab !== name}
          className="mm-panel-body"
        >
          {tab === name && name === 'suggestions' && (
            <Suggestions
              {...props}
              render={(s) => (
                <ParticipantCard
                  key={s.participant.id}
                  card={s.participant}
                  reasons={s.reasons}
                  {...cardProps}
                >
                  {action(s.participant)}
                </ParticipantCard>
              )}
            />
          )}
          {tab === name && name === 'browse' && (
            <Browse
              {...props}
              country={names.country}
              render={(card) => (
                <ParticipantCard key={card.id} card={card} {...cardProps}>
                  {action(card)}
                </ParticipantCard>
              )}
            />
          )}
          {tab === name && name === 'requests' && (
            <Requests {...props} meetings={meetings} reload={loadMeetings} cardProps={cardProps} />
          )}
        </div>
      ))}
      <RequestDialog
        say={say}
        client={client}
        to={requestTo}
        failed={failed}
        onClose={() => setRequestTo(null)}
        onSent={(to) => {
          setRequestTo(null)
          props.setNotice({ text: say('dialog.sent', { name: to.name }), tone: 'ok' })
          void loadMeetings()
        }}
      />
    </div>
  )
}

function Suggestions(props: Shared & { render: (s: Suggestion) => React.ReactNode }) {
  const { client, failed, say } = props
  const [docs, setDocs] = useState<Suggestion[] | null>(null)
  useEffect(() => {
    void client.suggestions().then((answer) => {
      if (!failed(answer) && answer.ok) setDocs(answer.data.docs)
    })
  }, [client, failed])
  return (
    <section aria-labelledby="mm-suggestions">
      <h2 id="mm-suggestions">{say('tabs.suggestions')}</h2>
      <p className="meta">{say('suggestions.lead')}</p>
      {docs === null ? (
        <p>{say('loading')}</p>
      ) : docs.length === 0 ? (
        <p>{say('suggestions.none')}</p>
      ) : (
        <div className="mm-cards">{docs.map(props.render)}</div>
      )}
    </section>
  )
}

type Filters = { q: string; country: string; kind: string; category: string; has: string }
const noFilters: Filters = { q: '', country: '', kind: '', category: '', has: '' }

function Browse(
  props: Shared & { country: (code: string) => string; render: (c: Card) => React.ReactNode },
) {
  const { client, failed, say, locale } = props
  const id = useId()
  const [draft, setDraft] = useState<Filters>(noFilters)
  const [applied, setApplied] = useState<Filters>(noFilters)
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{
    docs: Card[]
    totalDocs: number
    totalPages: number
  } | null>(null)
  const countries = useMemo(() => countryOptions(locale, []).others, [locale])
  const results = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let current = true
    void client
      .participants({ ...applied, page: page > 1 ? String(page) : undefined })
      .then((answer) => {
        if (current && !failed(answer) && answer.ok) setResult(answer.data)
      })
    return () => {
      current = false
    }
  }, [client, failed, applied, page])

  function submit(e: FormEvent) {
    e.preventDefault()
    setApplied(draft)
    setPage(1)
  }
  function turn(to: number) {
    setPage(to)
    results.current?.focus()
  }
  const field = (name: keyof Filters) => ({
    id: `${id}-${name}`,
    name,
    value: draft[name],
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [name]: e.target.value })),
  })
  const totalPages = result?.totalPages ?? 1

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{say('tabs.browse')}</h2>
      <form
        className="public-form mm-filters"
        onSubmit={submit}
        role="search"
        aria-label={say('filters.heading')}
      >
        <div className="form-field mm-filter-q">
          <label htmlFor={`${id}-q`}>{say('filters.q')}</label>
          <input type="search" {...field('q')} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-country`}>{say('filters.country')}</label>
          <select {...field('country')}>
            <option value="">{say('filters.anyCountry')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-kind`}>{say('filters.kind')}</label>
          <select {...field('kind')}>
            <option value="">{say('filters.anyKind')}</option>
            {Object.entries(props.kinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-category`}>{say('filters.category')}</label>
          <select {...field('category')}>
            <option value="">{say('filters.anyCategory')}</option>
            {props.categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-has`}>{say('filters.has')}</label>
          <select {...field('has')}>
            <option value="">{say('filters.hasAny')}</option>
            <option value="offer">{say('filters.hasOffer')}</option>
            <option value="request">{say('filters.hasRequest')}</option>
          </select>
        </div>
        <div className="mm-filter-actions">
          <button type="submit" className="button">
            {say('filters.apply')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDraft(noFilters)
              setApplied(noFilters)
              setPage(1)
            }}
          >
            {say('filters.reset')}
          </button>
        </div>
      </form>
      <h3 ref={results} tabIndex={-1} className="mm-results" aria-live="polite">
        {result ? say('browse.results', { count: result.totalDocs }) : say('loading')}
      </h3>
      {result && result.docs.length === 0 && <p>{say('browse.none')}</p>}
      {result && <div className="mm-cards">{result.docs.map(props.render)}</div>}
      {totalPages > 1 && (
        <nav className="mm-pager" aria-label={say('browse.pages')}>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={page <= 1}
            onClick={() => turn(page - 1)}
          >
            {say('browse.previous')}
          </button>
          <span>{say('browse.page', { page, pages: totalPages })}</span>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={page >= totalPages}
            onClick={() => turn(page + 1)}
          >
            {say('browse.next')}
          </button>
        </nav>
      )}
    </section>
  )
}

type CardProps = {
  say: Say
  kinds: Record<string, string>
  country: (code: string) => string
  language: (code: string) => string
}

function Requests(
  props: Shared & {
    meetings: MeetingView[] | null
    reload: () => Promise<void>
    cardProps: CardProps
  },
) {
  const { say, meetings } = props
  const incoming = (meetings ?? []).filter(
    (m) => m.direction === 'incoming' && m.status === 'requested',
  )
  const outgoing = (meetings ?? []).filter(
    (m) => m.direction === 'outgoing' && m.status === 'requested',
  )
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
                onClick={async () => {
                  const answer = await props.client.cancel(m.id)
                  if (props.failed(answer)) return
                  props.setNotice({
                    text: say('requests.cancelled', { name: m.with.name }),
                    tone: 'ok',
                  })
                  await props.reload()
                }}
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

function IncomingRequest(
  props: Shared & { meeting: MeetingView; reload: () => Promise<void>; cardProps: CardProps },
) {
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
              {say('requests.accept')}…
              <span className="visually-hidden">: {meeting.with.name}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              disabled={busy || (self && !chosen)}
              onClick={accept}
            >
              {say('requests.accept')}
              <span className="visually-hidden">: {meeting.with.name}</span>
            </button>
          )}
          <button type="button" className="button button-secondary button-small" onClick={decline}>
            {say('requests.decline')}
            <span className="visually-hidden">: {meeting.with.name}</span>
          </button>
        </div>
      </div>
    </ParticipantCard>
  )
}
