import '../forms/forms.css'
import './matchmaking.css'

import { useMemo } from 'react'

import Agenda from './Agenda'
import Matches from './Matches'
import Notices from './Notices'
import SignIn from './SignIn'
import { clock, type Messages, sayer } from './text'
import { useParticipant } from './useParticipant'

type Props = {
  locale: string
  /** The CMS's public URL (env CMS_URL at build time): the only origin the island talks to. */
  cmsUrl: string
  /** The event's slug: sessions are kept per event. */
  event: string
  view: 'matches' | 'agenda'
  eventUrl: string
  matchesUrl: string
  agendaUrl: string
  /** The `matchmaking.*` strings of the page's language. */
  messages: Messages
  /** Kinds of organisation, value → words. */
  kinds: Record<string, string>
  /** The catalogue's categories, for the filter. */
  categories: { slug: string; name: string }[]
}

/**
 * An event's matchmaking for the person in front of the screen. The static page carries no
 * participant data: everything personal is read from the CMS here, with the session a mailed
 * link started.
 */
export default function Matchmaking(props: Props) {
  const { locale, messages } = props
  const say = useMemo(() => sayer(locale, messages), [locale, messages])
  const participant = useParticipant({
    cmsUrl: props.cmsUrl,
    locale,
    event: props.event,
    say,
  })
  const { state, client, notice, setNotice, failed, problemText } = participant

  if (state.phase === 'starting')
    return (
      <div className="mm">
        <Notices notice={notice} />
        <p className="mm-loading">{say('loading')}</p>
      </div>
    )
  if (state.phase === 'signedOut')
    return (
      <div className="mm">
        <Notices notice={notice} />
        <SignIn
          say={say}
          client={client}
          event={props.event}
          eventUrl={props.eventUrl}
          setNotice={setNotice}
          problemText={problemText}
        />
      </div>
    )

  const { me } = state
  const shared = {
    locale,
    say,
    client,
    me,
    kinds: props.kinds,
    categories: props.categories,
    setNotice,
    failed,
  }
  const onAgenda = props.view === 'agenda'
  return (
    <div className="mm">
      <div className="mm-bar">
        <p>{say('signedIn', { name: me.name, organisation: me.organisation })}</p>
        <nav aria-label={say('nav.label')}>
          <a href={props.matchesUrl} aria-current={onAgenda ? undefined : 'page'}>
            {say('nav.matches')}
          </a>
          <a href={props.agendaUrl} aria-current={onAgenda ? 'page' : undefined}>
            {say('nav.agenda')}
          </a>
        </nav>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void participant.signOut()}
        >
          {say('signOut')}
        </button>
      </div>
      <Notices notice={notice} />
      <p className="meta">
        {say('timeZone', { zone: clock(locale, me.timeZone, me.event.sessions[0]?.start).zone })}
      </p>
      {me.status === 'pending' ? (
        <p className="notice notice-warn">{say('pending')}</p>
      ) : onAgenda ? (
        <Agenda {...shared} matchesUrl={props.matchesUrl} />
      ) : (
        <Matches {...shared} />
      )}
    </div>
  )
}
