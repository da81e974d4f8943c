import './search.css'

import { useEffect, useId, useRef, useState } from 'react'

import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  facets,
  type FilterState,
  filtersFromSearch,
  queryFromSearch,
  searchFromState,
  type SearchKey,
  toggleValue,
} from '../lib/search'
import { urlFor } from '../lib/urls'
import FilterPanel from './FilterPanel'
import { keepStateInLanguageLinks } from './languageLinks'
import ResultList from './ResultList'
import { useFacetedSearch } from './useFacetedSearch'

type Props = {
  locale: string
  /** UI messages by key: the keys in `searchKeys` (site/lib/search.ts). */
  labels: UiMessages<SearchKey>
}

/**
 * The search page: words and filters (type, category, country, technology, industry) over this
 * language's Pagefind index. Words and filters live in the URL (?q=…&type=…), so a search can
 * be shared; the number of results is announced politely.
 */
export default function Search({ locale, labels }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [state, setState] = useState<FilterState>({})
  const input = useRef<HTMLInputElement>(null)
  const { view, loadMore } = useFacetedSearch({ query, state, facets, pageSize: 10 })

  const update = (nextQuery: string, nextState: FilterState) => {
    setQuery(nextQuery)
    setState(nextState)
    const url = `${location.pathname}${searchFromState(nextQuery, nextState)}${location.hash}`
    history.replaceState(history.state, '', url)
  }

  // The language links carry the words (the filters' values are words of this language).
  useEffect(() => {
    keepStateInLanguageLinks(
      (other) => `${urlFor(other, { kind: 'search' })}${searchFromState(query, {})}`,
    )
  }, [query])

  // The URL is read after hydration, so that the server's HTML and the first render agree.
  // The server's field can be typed in before that (a slow phone); those words win over the
  // URL's and are searched, instead of being wiped when React takes over.
  useEffect(() => {
    const fromUrl = queryFromSearch(location.search)
    const filters = filtersFromSearch(location.search)
    const typed = input.current?.value ?? ''
    if (typed && typed !== fromUrl) update(typed, filters)
    else {
      setQuery(fromUrl)
      setState(filters)
    }
    // Once, after hydration.
  }, [])

  const count = view.total
  const words = query.trim()
  const status =
    view.status !== 'ready'
      ? ''
      : count === 0
        ? words
          ? format(locale, labels['search.noResults'], { query: words })
          : labels['catalogue.noResults']
        : words
          ? format(locale, labels['search.results'], { count, query: words })
          : format(locale, labels['catalogue.results'], { count })

  return (
    <div className="pf-search">
      <form role="search" className="pf-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-q`}>{labels['search.label']}</label>
        <div className="pf-field">
          <input
            ref={input}
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            placeholder={labels['search.placeholder']}
            autoComplete="off"
            onChange={(event) => update(event.target.value, state)}
          />
          <button type="submit" className="button">
            {labels['search.title']}
          </button>
        </div>
      </form>
      <div className="pf-layout">
        <FilterPanel
          idPrefix={id}
          locale={locale}
          title={labels['search.filters']}
          clearLabel={labels['catalogue.filter.clear']}
          labels={labels}
          facets={facets}
          counts={view.counts}
          state={state}
          onChange={(next) => update(query, next)}
          onToggle={(facet, value) => update(query, toggleValue(state, facet, value))}
        />
        <div className="pf-main">
          <p role="status" aria-live="polite" className="pf-status">
            {view.status === 'error' ? labels['search.unavailable'] : status}
          </p>
          {view.status === 'ready' && <ResultList items={view.items} />}
          {view.status === 'ready' && view.items.length < view.total && (
            <button type="button" className="button button-secondary pf-more" onClick={loadMore}>
              {labels['search.more']}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
