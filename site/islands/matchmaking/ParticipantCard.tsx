import type { ReactNode } from 'react'

import type { Card, Need, Reason } from '@shared/matchmakingTypes'
import type { Say } from './text'

type Props = {
  card: Card
  say: Say
  /** Kinds of organisation in the page's language (label(locale, 'matchmaking.kind', v)). */
  kinds: Record<string, string>
  country: (code: string) => string
  language: (code: string) => string
  /** Why this participant was suggested. */
  reasons?: Reason[]
  /** The card's buttons (request a meeting, accept…). */
  children?: ReactNode
}

function Needs({ title, needs }: { title: string; needs: Need[] }) {
  if (needs.length === 0) return null
  return (
    <div className="mm-needs">
      <h4>{title}</h4>
      <ul>
        {needs.map((need, i) => (
          <li key={i}>
            <strong>{need.title}</strong>
            {need.description && <span className="mm-need-text"> {need.description}</span>}
            {need.categories.length > 0 && (
              <span className="mm-tags">
                {need.categories.map((c) => (
                  <span key={c.slug} className="badge">
                    {c.name}
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Another participant as a card: who, from where, what they offer and seek; never an email. */
export default function ParticipantCard(props: Props) {
  const { card, say, reasons = [] } = props
  const facts = [
    card.role,
    props.kinds[card.organisationKind] ?? card.organisationKind,
    card.country ? props.country(card.country) : '',
  ].filter(Boolean)
  return (
    <article className="mm-card">
      <header>
        <h3>{card.name}</h3>
        <p className="mm-org">{card.organisation}</p>
        <p className="meta">{facts.join(' · ')}</p>
        {card.member && <p className="meta">{say('card.member', { name: card.member.name })}</p>}
        {card.languages.length > 0 && (
          <p className="meta">
            {say('card.languages', { list: card.languages.map(props.language).join(', ') })}
          </p>
        )}
      </header>
      {reasons.length > 0 && (
        <ul className="mm-reasons">
          {reasons.map((r, i) => (
            <li key={i}>
              {say(`reason.${r.mine.kind}-${r.theirs.kind}`, {
                mine: r.mine.title,
                theirs: r.theirs.title,
              })}
              {r.categories.length > 0 && (
                <span className="meta">
                  {' '}
                  {say('reason.categories', { list: r.categories.join(', ') })}
                </span>
              )}
              {r.categories.length === 0 && r.terms.length > 0 && (
                <span className="meta"> {say('reason.terms', { list: r.terms.join(', ') })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {card.profile && <p className="mm-profile">{card.profile}</p>}
      <Needs title={say('card.offers')} needs={card.offers} />
      <Needs title={say('card.requests')} needs={card.requests} />
      {props.children && <div className="mm-actions">{props.children}</div>}
    </article>
  )
}
