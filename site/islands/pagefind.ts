/**
 * Pagefind in the browser: its JS API is loaded at runtime from the built site (the script of
 * the first part of this page's language's index, `/pagefind/<lang>/0/pagefind.js`, written by
 * the build after Astro), never bundled, and the language's other parts are merged into it. The
 * language is the page's `<html lang>`, so each locale searches only its own pages.
 * Every island searches through `search()` below, which turns the words into the search terms
 * the build indexed (cms/shared/searchTerms.ts): Bulgarian and German inflected forms.
 */
import { queryTerms } from '@shared/searchTerms'

import {
  type ExcerptPart,
  excerptFromContent,
  excerptParts,
  type PagefindFilters,
  withoutLeadingTitle,
} from '../lib/search'

type Counts = Record<string, Record<string, number>>

export type PagefindResultData = {
  url: string
  excerpt: string
  /** The page's indexed text, and the positions of its words that matched. */
  content: string
  locations: number[]
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}

export type PagefindResponse = {
  results: { id: string; data: () => Promise<PagefindResultData> }[]
  filters: Counts
  totalFilters: Counts
}

type SearchOptions = { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }

export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindResponse>
  filters: () => Promise<Counts>
}

let loading: Promise<Pagefind> | undefined

/** Words in an excerpt. */
const excerptLength = 28

/**
 * Pagefind's ranking (its defaults: termSimilarity 1, termSaturation 1.4, termFrequency 1,
 * pageLength 0.75), tuned on the relevance set (tests/site/searchrelevance.test.ts): a page
 * that has the very term ("облак", as the index holds it beside "облачен") ranks above one where
 * it only begins a longer word, and a word said in the title or lead counts about as much as the
 * same word repeated through a long description.
 */
const ranking = { termSimilarity: 3, termSaturation: 1 }

/** The Pagefind API, loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A variable, so that Vite leaves the import to the browser: the file exists only in dist/.
    const base = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`
    const lang = document.documentElement.lang.toLowerCase()
    const [first, ...rest] = await partsOf(base, lang)
    // The first part's own script: Pagefind takes the folder it was loaded from for its index.
    const pagefind = (await import(/* @vite-ignore */ `${base}${first}/pagefind.js`)) as Pagefind
    await pagefind.options({ excerptLength, ranking })
    await pagefind.init()
    // The language's other parts, searched with the first (their results are ordered together
    // by score); options given to `options()` apply to the first part only.
    await Promise.all(
      rest.map((part) =>
        pagefind.mergeIndex(`${base}${part}/`, { language: lang, excerptLength, ranking }),
      ),
    )
    // A search counts only the facets whose filter data is loaded; this loads all of them.
    await pagefind.filters()
    return pagefind
  })()
  loading.catch(() => (loading = undefined))
  return loading
}

/**
 * The folders of the parts of this language's index (cms/build/searchParts.ts). Pagefind falls
 * back to another language when the page's own has no index; this page must search only its
 * language, so a missing index is an error instead (the page then says so).
 */
async function partsOf(base: string, lang: string): Promise<string[]> {
  const response = await fetch(`${base}parts.json`)
  if (!response.ok) throw new Error(`no search index (${response.status})`)
  const manifest = (await response.json()) as {
    languages?: Record<string, { parts?: string[] } | undefined>
  }
  const parts = manifest.languages?.[lang]?.parts
  if (!parts?.length) throw new Error(`no search index for "${lang}"`)
  return parts
}

/**
 * A search of this page's language: words (or null for filters alone) and filters. The words
 * are searched as their terms, so that "облачни" finds what "облак" finds.
 */
export async function search(
  words: string | null,
  options?: SearchOptions,
): Promise<PagefindResponse> {
  const pagefind = await loadPagefind()
  const terms = words === null ? null : queryTerms(document.documentElement.lang, words)
  return pagefind.search(terms || words, options)
}

/** What a result card shows. */
export type ResultItem = {
  url: string
  title: string
  type?: string
  image?: string
  excerpt: ExcerptPart[]
}

/**
 * A result as a card. Without search words there is no match to show in context, so a page's
 * `summary` metadata (when it has one) reads better than its first words.
 */
export async function toItem(
  result: PagefindResponse['results'][number],
  withWords: boolean,
): Promise<ResultItem> {
  const data = await result.data()
  const title = data.meta.title || data.url
  const summary = data.meta.summary
  return {
    url: data.url,
    title,
    type: data.meta.type || data.filters.type?.[0],
    image: data.meta.image,
    excerpt:
      !withWords && summary
        ? [{ text: summary, mark: false }]
        : withoutLeadingTitle(excerptOf(data), title),
  }
}

/** The excerpt from the indexed text without its search terms (Pagefind's own, if it has none). */
const excerptOf = (data: PagefindResultData): ExcerptPart[] =>
  typeof data.content === 'string' && Array.isArray(data.locations)
    ? excerptFromContent(data.content, data.locations, excerptLength)
    : excerptParts(data.excerpt)
