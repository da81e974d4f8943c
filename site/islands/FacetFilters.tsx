import { useState } from 'react'

import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  type Facet,
  facetLabelKeys,
  type FacetLabelKey,
  facetValues,
  type FilterState,
} from '../lib/search'
import type { FacetCounts } from './useFacetedSearch'

/** The words of the "show all values" switch of a long facet. */
export type FacetMoreKey = 'catalogue.filter.showAll' | 'catalogue.filter.showFewer'

type Props = {
  idPrefix: string
  locale: string
  labels: Partial<UiMessages<FacetLabelKey | FacetMoreKey>>
  facets: readonly Facet[]
  counts: FacetCounts
  state: FilterState
  onToggle: (facet: Facet, value: string) => void
  /** A value's words, when the values are codes (the catalogue's); the value itself otherwise. */
  labelOf?: (facet: Facet, value: string) => string
}

/**
 * A long facet shows this many values and a button for the rest: every line is whole, never a
 * list scrolled inside a box that cuts a line in half.
 */
const shortList = 8

/** One group of checkboxes per facet, each value with the number of results it would give. */
export default function FacetFilters({
  idPrefix,
  locale,
  labels,
  facets,
  counts,
  state,
  onToggle,
  labelOf = (_facet, value) => value,
}: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<Facet>>(new Set())
  const number = new Intl.NumberFormat(locale)
  const collator = new Intl.Collator(locale)
  return (
    <>
      {facets.map((facet) => {
        const selected = state[facet] ?? []
        const values = facetValues(counts[facet], selected, locale).sort((a, b) =>
          collator.compare(labelOf(facet, a), labelOf(facet, b)),
        )
        if (values.length === 0) return null
        // Folding away fewer than three values would save nothing.
        const long = values.length > shortList + 2 && labels['catalogue.filter.showAll']
        const open = !long || expanded.has(facet)
        const shown = open ? values : values.filter((v, i) => i < shortList || selected.includes(v))
        const listId = `${idPrefix}-${facet}-values`
        const toggle = () =>
          setExpanded((now) => {
            const next = new Set(now)
            if (!next.delete(facet)) next.add(facet)
            return next
          })
        return (
          <fieldset key={facet} className="pf-facet">
            <legend>{labels[facetLabelKeys[facet]] ?? facet}</legend>
            <ul id={listId}>
              {shown.map((value) => {
                const id = `${idPrefix}-${facet}-${values.indexOf(value)}`
                return (
                  <li key={value}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={selected.includes(value)}
                      onChange={() => onToggle(facet, value)}
                    />
                    <label htmlFor={id}>
                      {labelOf(facet, value)}{' '}
                      <span className="pf-count">
                        ({number.format(counts[facet]?.[value] ?? 0)})
                      </span>
                    </label>
                  </li>
                )
              })}
            </ul>
            {long && (
              <button
                type="button"
                className="pf-more-values"
                aria-expanded={open}
                aria-controls={listId}
                onClick={toggle}
              >
                {open
                  ? labels['catalogue.filter.showFewer']
                  : format(locale, labels['catalogue.filter.showAll'] ?? '', {
                      count: values.length,
                    })}
              </button>
            )}
          </fieldset>
        )
      })}
    </>
  )
}
