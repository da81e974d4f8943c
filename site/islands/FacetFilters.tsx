import type { UiMessages } from '../i18n/t'
import {
  type Facet,
  facetLabelKeys,
  type FacetLabelKey,
  facetValues,
  type FilterState,
} from '../lib/search'
import type { FacetCounts } from './useFacetedSearch'

type Props = {
  idPrefix: string
  locale: string
  labels: Partial<UiMessages<FacetLabelKey>>
  facets: readonly Facet[]
  counts: FacetCounts
  state: FilterState
  onToggle: (facet: Facet, value: string) => void
}

/** One group of checkboxes per facet, each value with the number of results it would give. */
export default function FacetFilters({
  idPrefix,
  locale,
  labels,
  facets,
  counts,
  state,
  onToggle,
}: Props) {
  const number = new Intl.NumberFormat(locale)
  return (
    <>
      {facets.map((facet) => {
        const selected = state[facet] ?? []
        const values = facetValues(counts[facet], selected, locale)
        if (values.length === 0) return null
        return (
          <fieldset key={facet} className="pf-facet">
            <legend>{labels[facetLabelKeys[facet]] ?? facet}</legend>
            <ul>
              {values.map((value, i) => {
                const id = `${idPrefix}-${facet}-${i}`
                return (
                  <li key={value}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={selected.includes(value)}
                      onChange={() => onToggle(facet, value)}
                    />
                    <label htmlFor={id}>
                      {value}{' '}
                      <span className="pf-count">
                        ({number.format(counts[facet]?.[value] ?? 0)})
                      </span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )
      })}
    </>
  )
}
