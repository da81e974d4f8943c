import './search.css'

import {
  type MouseEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'

import type { Locale } from '@shared/locales'
import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  type CatalogueFacet,
  catalogueFacets,
  type CatalogueFilterKey,
  catalogueHref,
  type CatalogueIndex,
  type CatalogueSort,
  catalogueSorts,
  type CatalogueState,
  catalogueStateOf,
  facetCounts,
  isPlainList,
  matches,
  sortEntries,
} from '../lib/catalogue'
import { cataloguePageSize, pageOf } from '../lib/listing'
import { type Facet, type FilterState, hasFilters, toggleValue } from '../lib/search'
import { urlFor } from '../lib/urls'
import { keywordMatches } from './catalogueKeyword'
import FilterPanel from './FilterPanel'
import { keepStateInLanguageLinks } from './languageLinks'
import Pager, { type PagerKey } from './Pager'
import ProductCard from './ProductCard'

type Props = {
  locale: Locale
  /** UI messages by key: `catalogueFilterKeys` (site/lib/catalogue.ts) and `pagerKeys`. */
  labels: UiMessages<CatalogueFilterKey | PagerKey>
}

/** The server-rendered list of the catalogue page, shown until this island has its own. */
const serverListId = 'catalogue-list'

/** The keyword's matches: for which words, and each product's rank (path → position). */
type Matches = { words: string; ranks: Map<string, number> }

/**
 * The catalogue with a keyword box, filters, a sort order and pages. It lists the cards of
 * `/<locale>/catalogue/cards.json`, the data the static pages render their cards from, with the
 * same card component, in the same order by default: JavaScript adds ways to narrow the list
 * and changes nothing of how it looks. The view lives in the URL (the plain list at its static
 * page's URL), so that it can be shared, survives a reload and follows a change of language.
 */
export default function CatalogueFilter({ locale, labels }: Props) {
  const id = useId()
  const [index, setIndex] = useState<CatalogueIndex | null>(null)
  const [state, setState] = useState<CatalogueState | null>(null)
  const [found, setFound] = useState<Matches | null>(null)
  const [failed, setFailed] = useState(false)
  // Words the search index could not be asked about (it is missing while a first build indexes).
  const [unsearched, setUnsearched] = useState<string | null>(null)
  const listTop = useRef<HTMLElement>(null)

  // The URL is read after hydration, so that the server's HTML and the first render agree.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setState(catalogueStateOf(location.pathname, location.search))
    // Back and forward walk the pages the visitor turned (pushed below).
    const back = () => setState(catalogueStateOf(location.pathname, location.search))
    addEventListener('popstate', back)
    fetch(`${urlFor(locale, { kind: 'catalogue' })}cards.json`)
      .then((response) => response.json() as Promise<CatalogueIndex>)
      .then(setIndex)
      .catch((error: unknown) => {
        // The static list stays: the visitor loses the filters, not the catalogue.
        console.error('catalogue index failed', error)
        setFailed(true)
      })
    return () => removeEventListener('popstate', back)
  }, [locale])

  const words = state?.query ?? ''
  useEffect(() => {
    if (!words) return
    let current = true
    const timer = setTimeout(() => {
      keywordMatches(words, labels['type.product'])
        .then((paths) => {
          if (current) setFound({ words, ranks: new Map(paths.map((p, i) => [p, i])) })
        })
        .catch((error: unknown) => {
          console.error('keyword search failed', error)
          if (current) setUnsearched(words)
        })
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [words, labels])

  const view = useMemo(() => {
    if (!index || !state) return null
    // While new words are being looked up, the previous words' matches stay.
    const ranks = words ? found?.ranks : undefined
    const candidates = ranks ? index.entries.filter((e) => ranks.has(e.card.url)) : index.entries
    const selected = candidates.filter((e) => matches(e, state.filters))
    const sorted = sortEntries(selected, state.sort, locale, ranks)
    const pages = Math.max(1, Math.ceil(sorted.length / cataloguePageSize))
    return {
      counts: facetCounts(candidates, state.filters),
      total: sorted.length,
      ...pageOf(sorted, Math.min(state.page, pages), cataloguePageSize),
      waiting: words !== '' && found?.words !== words,
    }
  }, [index, state, words, found, locale])

  // Take over from the server's list only once there is something to show instead.
  const ready = view !== null && !failed
  // Before the browser paints: a frame with both lists pushed the static one down the screen.
  useLayoutEffect(() => {
    if (ready) document.getElementById(serverListId)?.setAttribute('hidden', '')
  }, [ready])

  // The language links lead to this view in the other languages.
  useEffect(() => {
    if (state) keepStateInLanguageLinks((other) => catalogueHref(other, state))
  }, [state])

  // Until then, the room its toolbar and filters will take, so the static list below does not
  // jump down when they appear (Lighthouse measured a layout shift of 0.58 on a phone).
  if (!ready || !state) return failed ? null : <div className="pf-placeholder" aria-hidden="true" />

  const show = (next: CatalogueState, how: 'replace' | 'push' = 'replace') => {
    setState(next)
    const url = catalogueHref(locale, next)
    if (how === 'push') history.pushState(history.state, '', url)
    else history.replaceState(history.state, '', url)
  }
  // A new selection, order or words start again at the first page.
  const narrow = (change: Partial<CatalogueState>) => show({ ...state, ...change, page: 1 })
  const goTo = (page: number, event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    show({ ...state, page }, 'push')
    listTop.current?.scrollIntoView({ block: 'start' })
    listTop.current?.focus({ preventScroll: true })
  }
  const labelOf = (facet: Facet, value: string) =>
    index!.labels[facet as CatalogueFacet]?.[value] ?? value
  const sortOptions = catalogueSorts.filter((s) => s !== 'relevance' || state.query !== '')
  const plain = isPlainList(state)

  return (
    <div className="pf-catalogue">
      <form role="search" className="pf-toolbar" onSubmit={(event) => event.preventDefault()}>
        <div className="pf-keyword">
          <label htmlFor={`${id}-q`}>{labels['catalogue.keyword.label']}</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={state.query}
            placeholder={labels['catalogue.keyword.placeholder']}
            autoComplete="off"
            onChange={(event) => {
              const query = event.target.value
              // Words bring the best matches first, until the visitor picks another order.
              const sort: CatalogueSort =
                query.trim() === '' && state.sort === 'relevance'
                  ? 'name'
                  : state.query === '' && query.trim() !== '' && state.sort === 'name'
                    ? 'relevance'
                    : state.sort
              narrow({ query, sort })
            }}
          />
        </div>
        <div className="pf-sort">
          <label htmlFor={`${id}-sort`}>{labels['catalogue.sort.label']}</label>
          <select
            id={`${id}-sort`}
            value={state.sort}
            onChange={(event) => narrow({ sort: event.target.value as CatalogueSort })}
          >
            {sortOptions.map((sort) => (
              <option key={sort} value={sort}>
                {labels[`catalogue.sort.${sort}`]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <FilterPanel
        idPrefix={id}
        locale={locale}
        title={labels['catalogue.filter.title']}
        clearLabel={labels['catalogue.filter.clear']}
        labels={labels}
        facets={catalogueFacets}
        counts={view.counts}
        state={state.filters}
        labelOf={labelOf}
        startOpen={hasFilters(state.filters)}
        onChange={(filters: FilterState) => narrow({ filters })}
        onToggle={(facet, value) => narrow({ filters: toggleValue(state.filters, facet, value) })}
      />
      <section aria-labelledby={`${id}-title`} ref={listTop} tabIndex={-1}>
        <div className="section-head">
          <h2 id={`${id}-title`}>
            {plain ? labels['catalogue.listTitle'] : labels['catalogue.resultsTitle']}
          </h2>
          <p role="status" aria-live="polite" className="meta pf-status">
            {view.waiting
              ? unsearched === words
                ? labels['search.unavailable']
                : ''
              : view.total === 0
                ? labels['catalogue.noResults']
                : format(locale, labels['catalogue.results'], { count: view.total })}
          </p>
        </div>
        <ul className="grid">
          {view.items.map((entry, i) => (
            <li key={entry.card.url}>
              {/* The plain list's first card is its static page's first card, loaded at once. */}
              <ProductCard card={entry.card} first={plain && i === 0} />
            </li>
          ))}
        </ul>
        <Pager
          locale={locale}
          labels={labels}
          page={Math.min(state.page, view.pages)}
          pages={view.pages}
          href={(page) => catalogueHref(locale, { ...state, page })}
          onNavigate={goTo}
        />
      </section>
    </div>
  )
}
