import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react'

import type { Card, MeetingView } from '@shared/matchmakingTypes'
import Browse from './Browse'
import ParticipantCard from './ParticipantCard'
import RequestDialog from './RequestDialog'
import Requests from './Requests'
import type { Shared } from './shared'
import Suggestions from './Suggestions'
import { useMeetings } from './useMeetings'

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
  const [requestTo, setRequestTo] = useState<Card | null>(null)
  const names = useNames(props.locale)
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])

  const { meetings, reload: loadMeetings } = useMeetings(props)

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
