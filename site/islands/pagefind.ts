/**
 * Pagefind in the browser: its JS API is loaded at runtime from the built site
 * (`/pagefind/pagefind.js`, written by the build after Astro), never bundled. It reads
 * `<html lang>` and loads that language's index, so each locale searches only its own pages.
 */
import {
  type ExcerptPart,
  excerptParts,
  type PagefindFilters,
  withoutLeadingTitle,
} from '../lib/search'

type Counts = Record<string, Record<string, number>>

export type PagefindResultData = {
  url: string
  excerpt: string
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
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindResponse>
  filters: () => Promise<Counts>
}

let loading: Promise<Pagefind> | undefined

/** The Pagefind API, loaded once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A variable, so that Vite leaves the import to the browser: the file exists only in dist/.
    const base = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`
    await assertLanguageIndexed(base, document.documentElement.lang)
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind
    await pagefind.options({ excerptLength: 28 })
    await pagefind.init()
    // A search counts only the facets whose filter data is loaded; this loads all of them.
    await pagefind.filters()
    return pagefind
  })()
  loading.catch(() => (loading = undefined))
  return loading
}

/**
 * Pagefind falls back to its largest language when the page's own has no index; this page must
 * search only its language, so a missing index is an error instead (the page then says so).
 */
async function assertLanguageIndexed(base: string, lang: string): Promise<void> {
  const response = await fetch(`${base}pagefind-entry.json`)
  const entry = (await response.json()) as { languages?: Record<string, unknown> }
  if (!entry.languages?.[lang.toLowerCase()]) throw new Error(`no search index for "${lang}"`)
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
        : withoutLeadingTitle(excerptParts(data.excerpt), title),
  }
}
