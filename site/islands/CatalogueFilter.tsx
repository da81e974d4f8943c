import './search.css'

import { useEffect, useId, useState } from 'react'

import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  type CatalogueFilterKey,
  type Facet,
  type FilterState,
  filtersFromSearch,
  searchFromState,
  toggleValue,
} from '../lib/search'
import FilterPanel from './FilterPanel'
import ResultList from './ResultList'
import { useFacetedSearch } from './useFacetedSearch'

type Props = {
  locale: string
  /** UI messages by key: the keys in `catalogueFilterKeys` (site/lib/search.ts). */
  labels: UiMessages<CatalogueFilterKey>
}

const catalogueFacets: readonly Facet[] = ['category', 'country', 'technology', 'industry']
/** The server-rendered list of the catalogue page, shown until this island has results. */
const serverListId = 'catalogue-list'

/**
 * Filters the catalogue by facets without search words (Pagefind filter-only search), limited
 * to products. The selection lives in the query string (?category=…&country=…), so a filtered
 * view can be shared and survives a reload. Without JavaScript the server's list stays.
 */
export default function CatalogueFilter({ locale, labels }: Props) {
  const id = useId()
  const [state, setState] = useState<FilterState | null>(null)
  const { view, loadMore } = useFacetedSearch({
    query: '',
    state: state ?? {},
    facets: catalogueFacets,
    fixed: { type: labels['type.product'] },
    pageSize: 24,
    listAll: true,
  })
  const ready = state !== null && view.status === 'ready'

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is read after hydration, so that the server's HTML and the first render agree
    setState(filtersFromSearch(location.search, catalogueFacets))
  }, [])

  // Take over from the server's list only once there is something to show instead.
  useEffect(() => {
    if (ready) document.getElementById(serverListId)?.setAttribute('hidden', '')
  }, [ready])

  if (!ready) return null

  const select = (next: FilterState) => {
    setState(next)
    history.replaceState(history.state, '', `${location.pathname}${searchFromState('', next)}`)
  }

  return (
    <div className="pf-catalogue">
      <FilterPanel
        idPrefix={id}
        locale={locale}
        title={labels['catalogue.filter.title']}
        clearLabel={labels['catalogue.filter.clear']}
        labels={labels}
        facets={catalogueFacets}
        counts={view.counts}
        state={state}
        onChange={select}
        onToggle={(facet, value) => select(toggleValue(state, facet, value))}
      />
      <div className="pf-main">
        <p role="status" aria-live="polite" className="pf-status">
          {view.total === 0
            ? labels['catalogue.noResults']
            : format(locale, labels['catalogue.results'], { count: view.total })}
        </p>
        <ResultList items={view.items} variant="cards" />
        {view.items.length < view.total && (
          <button type="button" className="button button-secondary pf-more" onClick={loadMore}>
            {labels['search.more']}
          </button>
        )}
      </div>
    </div>
  )
}
