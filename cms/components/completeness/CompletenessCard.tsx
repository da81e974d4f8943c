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
  /** How many items each group lists before "and N more" (a link to its edit view). */
  limit?: number
  /** The group listed in full whatever the limit: the document being edited. */
  fullGroup?: string
}

/** Below 50 reads as low, from 80 as good, as the meter's colours say. */
export const meterRange = { min: 0, max: 100, low: 50, high: 80, optimum: 100 } as const

export function CompletenessCard({
  view,
  compact,
  headingLevel = 2,
  testId,
  limit = Infinity,
  fullGroup,
}: Props) {
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
        .map((group) => {
          const shown = group.href === fullGroup ? group.items : group.items.slice(0, limit)
          const more = group.items.length - shown.length
          return (
            <div key={group.href} className="completeness__group">
              {!single && (
                <p className="completeness__group-title">
                  <a href={group.href}>{group.title}</a>
                  {group.scoreLabel && (
                    <span className="completeness__group-score"> · {group.scoreLabel}</span>
                  )}
                </p>
              )}
              {shown.length > 0 && (
                <ul className="completeness__items">
                  {shown.map((item) => (
                    <li key={item.href}>
                      <a href={item.href}>{item.label}</a>{' '}
                      <span className="completeness__points">{item.points}</span>
                    </li>
                  ))}
                  {more > 0 && (
                    <li className="completeness__more">
                      <a href={group.href}>
                        {view.more} (+{more})
                      </a>
                    </li>
                  )}
                </ul>
              )}
            </div>
          )
        })}
    </section>
  )
}
