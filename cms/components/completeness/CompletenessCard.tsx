/**
 * A completeness score and what is missing (cms/completeness/view.ts), as the member's
 * dashboard, the edit views' sidebar and the staff's view show it. No hooks: the server
 * components and the client one that refreshes after a save (CompletenessLive) render it alike.
 */
import type { CompletenessView } from '../../completeness/view'

type Props = {
  view: CompletenessView
  /** The sidebar of an edit view: no group titles for a single product. */
  compact?: boolean
  headingLevel?: 2 | 3
  testId?: string
}

/** Below 50 reads as low, from 80 as good, as the meter's colours say. */
export const meterRange = { min: 0, max: 100, low: 50, high: 80, optimum: 100 } as const

export function CompletenessCard({ view, compact, headingLevel = 2, testId }: Props) {
  const Heading = `h${headingLevel}` as const
  const single = compact && view.groups.length === 1
  return (
    <section className="completeness" data-testid={testId} data-score={view.score}>
      <Heading className="completeness__heading">{view.heading}</Heading>
      <p className="completeness__score">
        <meter {...meterRange} value={view.score} aria-label={view.heading}>
          {view.scoreLabel}
        </meter>{' '}
        <strong>{view.scoreLabel}</strong>
      </p>
      <p className="completeness__intro">{view.intro}</p>
      <p className="completeness__summary">{view.summary}</p>
      {view.groups
        .filter((g) => !single || g.items.length > 0)
        .map((group) => (
          <div key={group.href} className="completeness__group">
            {!single && (
              <p className="completeness__group-title">
                <a href={group.href}>{group.title}</a>
                {group.scoreLabel && (
                  <span className="completeness__group-score"> · {group.scoreLabel}</span>
                )}
              </p>
            )}
            {group.items.length > 0 && (
              <ul className="completeness__items">
                {group.items.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>{' '}
                    <span className="completeness__points">{item.points}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
    </section>
  )
}
