/**
 * Search and catalogue filter state, and how it maps to the URL and to Pagefind. Pure functions:
 * the islands keep their state in the query string (`?q=…&category=…&country=…`), so a search
 * or a filtered catalogue can be shared and survives a reload.
 */
import { markerBreak, markerOpen } from '@shared/searchTerms'

import type { UiKey } from '../i18n/t'

/** The facets every detail page marks with `data-pagefind-filter`, in the order they are shown. */
export const facets = ['type', 'category', 'country', 'technology', 'industry'] as const
export type Facet = (typeof facets)[number]

/** The selected values of each facet; a facet with nothing selected is absent. */
export type FilterState = Partial<Record<Facet, string[]>>

/** The facet labels (UI keys) of the filter groups. */
export const facetLabelKeys = {
  type: 'catalogue.filter.type',
  category: 'catalogue.filter.category',
  country: 'catalogue.filter.country',
  technology: 'catalogue.filter.technology',
  industry: 'catalogue.filter.industry',
} as const satisfies Record<Facet, UiKey>
export type FacetLabelKey = (typeof facetLabelKeys)[Facet]

/** The UI strings the search page passes to `<Search labels>`. */
export const searchKeys = [
  'search.title',
  'search.label',
  'search.placeholder',
  'search.filters',
  'search.results',
  'search.noResults',
  'search.more',
  'search.unavailable',
  'catalogue.results',
  'catalogue.noResults',
  'catalogue.filter.clear',
  'catalogue.filter.showAll',
  'catalogue.filter.showFewer',
  ...Object.values(facetLabelKeys),
] as const satisfies readonly UiKey[]
export type SearchKey = (typeof searchKeys)[number]

/** The query parameter of the search words. */
export const queryParam = 'q'

/**
 * The filter state in a query string; repeated parameters are several values of one facet.
 *
 * @example filtersFromSearch('?country=Bulgaria&category=Cloud%20hosting&category=ERP')
 * // { category: ['Cloud hosting', 'ERP'], country: ['Bulgaria'] }
 */
export function filtersFromSearch(search: string, only: readonly Facet[] = facets): FilterState {
  const params = new URLSearchParams(search)
  const state: FilterState = {}
  for (const facet of only) {
    const values = [...new Set(params.getAll(facet).filter((v) => v.trim() !== ''))]
    if (values.length > 0) state[facet] = values
  }
  return state
}

/** The search words in a query string ('' when none). */
export const queryFromSearch = (search: string): string =>
  (new URLSearchParams(search).get(queryParam) ?? '').trim()

/**
 * The query string for a search and filter state: facets in their fixed order, spaces as %20,
 * '' when there is nothing to keep.
 *
 * @example searchFromState('', { country: ['Bulgaria'] }) // '?country=Bulgaria'
 */
export function searchFromState(query: string, state: FilterState): string {
  const pairs: string[] = []
  const add = (key: string, value: string) =>
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
  if (query.trim()) add(queryParam, query.trim())
  for (const facet of facets) for (const value of state[facet] ?? []) add(facet, value)
  return pairs.length > 0 ? `?${pairs.join('&')}` : ''
}

/** The state with one value of a facet switched on or off. */
export function toggleValue(state: FilterState, facet: Facet, value: string): FilterState {
  const current = state[facet] ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  const { [facet]: _dropped, ...rest } = state
  return next.length > 0 ? { ...rest, [facet]: next } : rest
}

/** The state without any selection in one facet: the basis of that facet's counts. */
export function withoutFacet(state: FilterState, facet: Facet): FilterState {
  const { [facet]: _dropped, ...rest } = state
  return rest
}

export const hasFilters = (state: FilterState): boolean =>
  facets.some((facet) => (state[facet]?.length ?? 0) > 0)

/** A Pagefind filter: any of the values of one facet. */
export type PagefindFilters = Record<string, string | { any: string[] }>

/**
 * The Pagefind `filters` option for a state: values within a facet are alternatives (any),
 * facets narrow each other (all). `fixed` pins facets regardless of the state, e.g. the
 * catalogue's type.
 *
 * @example toPagefindFilters({ country: ['Bulgaria', 'Germany'] }, { type: 'Product' })
 * // { type: 'Product', country: { any: ['Bulgaria', 'Germany'] } }
 */
export function toPagefindFilters(
  state: FilterState,
  fixed: Partial<Record<Facet, string>> = {},
): PagefindFilters {
  const filters: PagefindFilters = {}
  for (const facet of facets) {
    const pinned = fixed[facet]
    if (pinned !== undefined) filters[facet] = pinned
    else if (state[facet]?.length) filters[facet] = { any: [...state[facet]] }
  }
  return filters
}

/** One piece of a Pagefind excerpt: text, and whether it matched the search words. */
export type ExcerptPart = { text: string; mark: boolean }

/**
 * A Pagefind excerpt as plain text pieces, so that it can be shown without inserting HTML.
 * Pagefind escapes only `<` and `>` in the page text and wraps matches in `<mark>`.
 *
 * @example excerptParts('the <mark>cloud</mark> &lt;3') // [{text:'the ',mark:false}, …]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    if (piece === '') return
    const mark = piece.startsWith('<mark>') && piece.endsWith('</mark>')
    const text = unescape(mark ? piece.slice(6, -7) : piece)
    if (text !== '') parts.push({ text, mark })
  })
  return parts
}

/**
 * An excerpt of a result from its indexed text: Pagefind's `content` (words separated by
 * spaces, the index-only search terms among them as `⟦term⟧`) and `locations`, the positions of
 * the words that matched. The terms are left out; a matched term marks the word it precedes
 * (the inflected form the visitor did not type). The excerpt is the run of `length` words with
 * the most matches, the first such run on a tie, with "…" where it cuts the text.
 *
 * @example excerptFromContent('⟦облак⟧ облачен хостинг', [0], 5)
 * // [{ text: 'облачен', mark: true }, { text: ' хостинг', mark: false }]
 */
export function excerptFromContent(
  content: string,
  locations: readonly number[],
  length: number,
): ExcerptPart[] {
  const matched = new Set(locations)
  const words: ExcerptPart[] = []
  // A matched term marks the prose word after it, unless a break (an index-only block) comes first.
  let pending = false
  content
    .trim()
    .split(/\s+/)
    .forEach((token, position) => {
      if (token.startsWith(markerBreak)) pending = false
      else if (token.startsWith(markerOpen)) pending ||= matched.has(position)
      else {
        words.push({ text: token, mark: pending || matched.has(position) })
        pending = false
      }
    })
  let start = 0
  let best = -1
  for (let from = 0; from < Math.max(1, words.length - length + 1); from++) {
    const count = words.slice(from, from + length).filter((w) => w.mark).length
    if (count > best) [best, start] = [count, from]
  }
  const parts: ExcerptPart[] = []
  words.slice(start, start + length).forEach((word, i) => {
    const last = parts[parts.length - 1]
    const text = i === 0 ? word.text : ` ${word.text}`
    if (!word.mark && last && !last.mark) last.text += text
    else if (word.mark) {
      if (i > 0) {
        if (last && !last.mark) last.text += ' '
        else parts.push({ text: ' ', mark: false })
      }
      parts.push({ text: word.text, mark: true })
    } else parts.push({ text, mark: false })
  })
  // An excerpt from within the text says so at either end.
  if (start > 0) parts.unshift({ text: '… ', mark: false })
  if (start + length < words.length) parts.push({ text: ' …', mark: false })
  return mergeText(parts)
}

/** Neighbouring unmarked pieces as one. */
const mergeText = (parts: ExcerptPart[]): ExcerptPart[] =>
  parts.reduce<ExcerptPart[]>((out, part) => {
    const last = out[out.length - 1]
    if (last && !last.mark && !part.mark) last.text += part.text
    else out.push({ ...part })
    return out
  }, [])

/**
 * An excerpt without the title it starts with: a page's text begins with its heading, which the
 * result already shows (Pagefind ends a heading with '. ' in the text).
 */
export function withoutLeadingTitle(parts: ExcerptPart[], title: string): ExcerptPart[] {
  const first = parts[0]
  if (!first || first.mark || !title) return parts
  for (const prefix of [`${title}. `, `${title} `]) {
    if (first.text.startsWith(prefix)) {
      const rest = first.text.slice(prefix.length)
      return rest ? [{ text: rest, mark: false }, ...parts.slice(1)] : parts.slice(1)
    }
  }
  return parts
}

/**
 * The values of a facet to offer, by name: those present in `counts` and any that are
 * selected (so a selection never disappears from the list).
 */
export function facetValues(
  counts: Record<string, number> | undefined,
  selected: readonly string[] = [],
  locale?: string,
): string[] {
  const names = new Set([
    ...Object.keys(counts ?? {}).filter((v) => (counts?.[v] ?? 0) > 0),
    ...selected,
  ])
  return [...names].sort((a, b) => a.localeCompare(b, locale))
}
