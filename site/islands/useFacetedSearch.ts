import { useCallback, useEffect, useRef, useState } from 'react'

import {
  type Facet,
  type FilterState,
  hasFilters,
  searchFromState,
  toPagefindFilters,
  withoutFacet,
} from '../lib/search'
import { loadPagefind, type PagefindResponse, type ResultItem, search, toItem } from './pagefind'

export type FacetCounts = Partial<Record<Facet, Record<string, number>>>

export type SearchView = {
  status: 'loading' | 'idle' | 'ready' | 'error'
  total: number
  items: ResultItem[]
  counts: FacetCounts
}

type Options = {
  query: string
  state: FilterState
  /** The facets offered as checkbox groups. */
  facets: readonly Facet[]
  /** Facets pinned for every search (the catalogue's type). */
  fixed?: Partial<Record<Facet, string>>
  pageSize: number
  /** Searching with neither words nor a selection lists everything (pinned facets apply). */
  listAll?: boolean
}

/**
 * Runs a Pagefind search (words, or filters alone when there are none) whenever the words or
 * the selection change, and keeps the first `pageSize` results loaded. Counts are disjunctive:
 * each facet's counts ignore that facet's own selection, since its values are alternatives.
 */
export function useFacetedSearch({ query, state, facets, fixed = {}, pageSize, listAll }: Options) {
  const [view, setView] = useState<SearchView>({
    status: 'loading',
    total: 0,
    items: [],
    counts: {},
  })
  const results = useRef<PagefindResponse['results']>([])
  const latest = useRef(0)
  const key = searchFromState(query, state) + JSON.stringify(fixed)

  useEffect(() => {
    const run = ++latest.current
    const timer = setTimeout(async () => {
      try {
        const pagefind = await loadPagefind()
        const term = query.trim() || null
        if (term === null && !hasFilters(state) && !listAll) {
          const counts = await pagefind.filters()
          if (run === latest.current) setView({ status: 'idle', total: 0, items: [], counts })
          return
        }
        const searchIn = (s: FilterState) => search(term, { filters: toPagefindFilters(s, fixed) })
        const main = await searchIn(state)
        const counts: FacetCounts = {}
        for (const facet of facets) {
          const basis = state[facet]?.length ? await searchIn(withoutFacet(state, facet)) : main
          counts[facet] = basis.filters[facet] ?? {}
        }
        const items = await Promise.all(
          main.results.slice(0, pageSize).map((r) => toItem(r, term !== null)),
        )
        if (run !== latest.current) return
        results.current = main.results
        setView({ status: 'ready', total: main.results.length, items, counts })
      } catch (error) {
        console.error('search failed', error)
        if (run === latest.current) setView((v) => ({ ...v, status: 'error' }))
      }
    }, 150)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for query, state and fixed
  }, [key])

  const loadMore = useCallback(async () => {
    const run = latest.current
    const shown = view.items.length
    const withWords = query.trim() !== ''
    const more = await Promise.all(
      results.current.slice(shown, shown + pageSize).map((r) => toItem(r, withWords)),
    )
    if (run !== latest.current) return
    setView((v) => ({ ...v, items: [...v.items, ...more] }))
    // Keyboard users continue at the first new result (the button may have gone).
    requestAnimationFrame(() =>
      document.querySelectorAll<HTMLAnchorElement>('.pf-results h2 a')[shown]?.focus(),
    )
  }, [view.items.length, pageSize, query])

  return { view, loadMore }
}
