/**
 * The catalogue list's data and view state, shared by the static pages (Astro) and the
 * CatalogueFilter island: one card shape, one order, one URL form. Pure functions, so the
 * server's list and the island's list cannot drift apart.
 */
import { type Locale, localeCodes } from '@shared/locales'
import type { UiKey } from '../i18n/t'
import {
  type Facet,
  type FilterState,
  filtersFromSearch,
  queryParam,
  searchFromState,
} from './search'
import { urlFor } from './urls'

/** What one product card shows: computed once at build time, for the page and the island. */
export type ProductCardData = {
  url: string
  name: string
  /** The kind's label: "Product", "Service"… */
  kind: string
  maker: string | null
  summary: string
  /** The language the summary is really in (English when it is not translated yet). */
  summaryLang: string
  image: {
    src: string
    srcset?: string
    sizes?: string
    width: number
    height: number
  } | null
}

/** The facets the catalogue filters by; their values are codes, the same in every locale. */
export const catalogueFacets = [
  'category',
  'country',
  'technology',
  'industry',
] as const satisfies readonly Facet[]
export type CatalogueFacet = (typeof catalogueFacets)[number]

/** The UI strings the catalogue page passes to `<CatalogueFilter labels>` (with the pager's). */
export const catalogueFilterKeys = [
  'type.product',
  'catalogue.keyword.label',
  'catalogue.keyword.placeholder',
  'catalogue.sort.label',
  'catalogue.sort.name',
  'catalogue.sort.newest',
  'catalogue.sort.maker',
  'catalogue.sort.relevance',
  'catalogue.listTitle',
  'catalogue.resultsTitle',
  'catalogue.filter.title',
  'catalogue.filter.category',
  'catalogue.filter.country',
  'catalogue.filter.technology',
  'catalogue.filter.industry',
  'catalogue.filter.clear',
  'catalogue.filter.showAll',
  'catalogue.filter.showFewer',
  'catalogue.results',
  'catalogue.noResults',
  'search.unavailable',
] as const satisfies readonly UiKey[]
export type CatalogueFilterKey = (typeof catalogueFilterKeys)[number]

/** One product in the island's index (`/<locale>/catalogue/cards.json`). */
export type CatalogueEntry = {
  card: ProductCardData
  /** When the product joined the catalogue (ISO date-time): the "newest" order. */
  created: string
  facets: Partial<Record<CatalogueFacet, string[]>>
}

/** The island's index: entries in the static list's order (by name), and the facet codes' labels. */
export type CatalogueIndex = {
  entries: CatalogueEntry[]
  labels: Partial<Record<CatalogueFacet, Record<string, string>>>
}

/** The orders a visitor can choose; "relevance" only with words to match. */
export const catalogueSorts = ['name', 'newest', 'maker', 'relevance'] as const
export type CatalogueSort = (typeof catalogueSorts)[number]

export type CatalogueState = {
  query: string
  filters: FilterState
  sort: CatalogueSort
  page: number
}

const sortParam = 'sort'
const pageParam = 'page'
const isSort = (value: string | null): value is CatalogueSort =>
  (catalogueSorts as readonly (string | null)[]).includes(value)

/**
 * The view a catalogue URL stands for: `/…/catalogue/page/3/` is page 3 of the whole list, and
 * a filtered view is `/…/catalogue/?country=BG&sort=newest&page=2`.
 *
 * @example catalogueStateOf('/en/catalogue/page/2/', '') // { query: '', filters: {}, sort: 'name', page: 2 }
 */
export function catalogueStateOf(pathname: string, search: string): CatalogueState {
  const params = new URLSearchParams(search)
  const query = (params.get(queryParam) ?? '').trim()
  const sort = params.get(sortParam)
  const fromPath = Number(pathname.match(/\/page\/(\d+)\/?$/)?.[1] ?? 1)
  const page = Math.max(1, Math.floor(Number(params.get(pageParam) ?? fromPath) || 1))
  return {
    query,
    filters: filtersFromSearch(search, catalogueFacets),
    sort: isSort(sort) && (sort !== 'relevance' || query !== '') ? sort : 'name',
    page,
  }
}

/** Whether a view is the plain list, which has static pages of its own. */
export const isPlainList = (state: CatalogueState) =>
  state.query === '' && state.sort === 'name' && searchFromState('', state.filters) === ''

/**
 * The URL of a view in a locale: a static page for the plain list (so that it works without
 * JavaScript and in every language), else the catalogue with the view in its query string.
 *
 * @example catalogueHref('bg', { query: 'cloud', filters: {}, sort: 'name', page: 2 })
 * // '/bg/catalogue/?q=cloud&page=2'
 */
export function catalogueHref(locale: Locale, state: CatalogueState): string {
  if (isPlainList(state)) return urlFor(locale, { kind: 'catalogue', page: state.page })
  const base = searchFromState(state.query, state.filters)
  const extra = [
    ...(state.sort !== 'name' ? [`${sortParam}=${state.sort}`] : []),
    ...(state.page > 1 ? [`${pageParam}=${state.page}`] : []),
  ]
  const search = [base.replace(/^\?/, ''), ...extra].filter(Boolean).join('&')
  return `${urlFor(locale, { kind: 'catalogue' })}${search ? `?${search}` : ''}`
}

/** Whether an entry has, for every facet with a selection, one of the selected values. */
export const matches = (entry: CatalogueEntry, filters: FilterState): boolean =>
  catalogueFacets.every((facet) => {
    const selected = filters[facet]
    return !selected?.length || selected.some((v) => entry.facets[facet]?.includes(v))
  })

/**
 * How many entries each facet value would give. Disjunctive: a facet's counts ignore that
 * facet's own selection, since its values are alternatives.
 */
export function facetCounts(
  entries: readonly CatalogueEntry[],
  filters: FilterState,
): Record<CatalogueFacet, Record<string, number>> {
  const counts = Object.fromEntries(catalogueFacets.map((f) => [f, {}])) as Record<
    CatalogueFacet,
    Record<string, number>
  >
  for (const facet of catalogueFacets) {
    const { [facet]: _own, ...others } = filters
    for (const entry of entries) {
      if (!matches(entry, others)) continue
      for (const value of entry.facets[facet] ?? []) {
        counts[facet][value] = (counts[facet][value] ?? 0) + 1
      }
    }
  }
  return counts
}

/**
 * Entries in the chosen order. Name order is the index's own (the static pages' order, by the
 * locale's collation); the others fall back to it for ties. `ranks` are the positions of the
 * matches for the words (relevance).
 */
export function sortEntries(
  entries: readonly CatalogueEntry[],
  sort: CatalogueSort,
  locale: string,
  ranks?: ReadonlyMap<string, number>,
): CatalogueEntry[] {
  const position = new Map(entries.map((e, i) => [e, i]))
  const byName = (a: CatalogueEntry, b: CatalogueEntry) => position.get(a)! - position.get(b)!
  const collator = new Intl.Collator(locale)
  const orders: Record<CatalogueSort, (a: CatalogueEntry, b: CatalogueEntry) => number> = {
    name: byName,
    newest: (a, b) => Date.parse(b.created) - Date.parse(a.created) || byName(a, b),
    maker: (a, b) => collator.compare(a.card.maker ?? '', b.card.maker ?? '') || byName(a, b),
    relevance: (a, b) =>
      (ranks?.get(a.card.url) ?? Infinity) - (ranks?.get(b.card.url) ?? Infinity) || byName(a, b),
  }
  return [...entries].sort(orders[sort])
}

/** Whether a string is one of the portal's locales (e.g. a link's `hreflang`). */
export const isLocale = (value: string): value is Locale =>
  (localeCodes as readonly string[]).includes(value)
