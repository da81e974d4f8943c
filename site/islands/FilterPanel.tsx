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
}

/** Wide screens show the filters open (beside or above the results); a phone starts with them folded away. */
const wide = '(min-width: 48rem)'

/** The filter groups in a panel that folds (open on wide screens), with a clear button. */
export default function FilterPanel(props: Props) {
  const { title, clearLabel, state, facets, onChange } = props
  const [open, setOpen] = useState(true)
  // The search page renders the panel on the server too, which knows no screen width: the
  // width is read after hydration, so that the server's HTML and the first render agree.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
  useEffect(() => setOpen(matchMedia(wide).matches), [])
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
