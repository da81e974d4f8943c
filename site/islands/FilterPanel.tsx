import { useEffect, useState } from 'react'

import type { UiMessages } from '../i18n/t'
import { type Facet, type FacetLabelKey, type FilterState, hasFilters } from '../lib/search'
import FacetFilters, { type FacetMoreKey } from './FacetFilters'
import type { FacetCounts } from './useFacetedSearch'

type Props = {
  idPrefix: string
  locale: string
  title: string
  clearLabel: string
  labels: Partial<UiMessages<FacetLabelKey | FacetMoreKey>>
  facets: readonly Facet[]
  counts: FacetCounts
  state: FilterState
  onChange: (state: FilterState) => void
  onToggle: (facet: Facet, value: string) => void
  labelOf?: (facet: Facet, value: string) => string
  /**
   * Whether the panel starts open, for a panel that is never rendered on the server (the
   * catalogue's: folded unless the view has filters, so the cards stay where the static page
   * has them). Without it, the panel is open on wide screens.
   */
  startOpen?: boolean
}

/** Wide screens show the search page's filters beside the results; a phone folds them away. */
const wide = '(min-width: 48rem)'

/** The filter groups in a panel that folds (open on wide screens), with a clear button. */
export default function FilterPanel(props: Props) {
  const { title, clearLabel, state, facets, onChange, startOpen } = props
  const [open, setOpen] = useState(startOpen ?? true)
  // The search page renders the panel on the server too, which knows no screen width: the
  // width is read after hydration, so that the server's HTML and the first render agree.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    if (startOpen === undefined) setOpen(matchMedia(wide).matches)
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const selected = facets.reduce((n, facet) => n + (state[facet]?.length ?? 0), 0)
  return (
    <details
      className="pf-filters"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>
        {title}
        {selected > 0 && <span className="badge badge-accent">{selected}</span>}
      </summary>
      <div className="pf-facets">
        <FacetFilters {...props} />
      </div>
      {hasFilters(state) && (
        <button
          type="button"
          className="button button-secondary button-small pf-clear"
          onClick={() => onChange({})}
        >
          {clearLabel}
        </button>
      )}
    </details>
  )
}
