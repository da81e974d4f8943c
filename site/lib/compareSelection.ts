/**
 * What the comparison island shares with the pages: the selection in the URL, the rows and the
 * shape of a product's column. Kept apart from compare.ts, whose card making reads the site's
 * catalogues (site/i18n/t.ts loads every language at its top): the island imported that with
 * them and sent 190 KB of JavaScript (51 KB gzipped) to the comparison page.
 */
import { slugPattern } from '@shared/validators'
import type { UiKey } from '../i18n/t'

/** How many products a comparison holds: more columns no longer fit a screen. */
export const maxCompared = 4

export const selectionParam = 'p'
export const addParam = 'add'

/**
 * The products of a comparison URL's query: valid slugs, each once, at most four.
 *
 * @example selectionFrom('?p=erp-flow,crm-forge,erp-flow') // ['erp-flow', 'crm-forge']
 */
export function selectionFrom(search: string): string[] {
  const raw = new URLSearchParams(search).get(selectionParam) ?? ''
  return cleanSelection(raw.split(','))
}

/** Valid slugs, each once, at most four, in order. */
export const cleanSelection = (slugs: readonly unknown[]): string[] =>
  [
    ...new Set(
      slugs.filter((s): s is string => typeof s === 'string' && slugPattern.test(s.trim())),
    ),
  ]
    .map((s) => s.trim())
    .slice(0, maxCompared)

/** @example selectionSearch(['a', 'b']) // '?p=a,b' */
export const selectionSearch = (slugs: readonly string[]): string =>
  slugs.length ? `?${selectionParam}=${slugs.join(',')}` : ''
/** A value in a comparison cell: text, or a link, or a reference (where, then what came of it). */
export type CompareValue = string | { text: string; href: string } | { meta: string; text: string }

/**
 * The rows of a comparison, in order, each with its heading's catalogue key. Interfaces (step 8)
 * join after deployment once products describe them.
 */
export const compareRows = {
  kind: 'product.kind',
  maker: 'product.maker',
  country: 'common.country',
  categories: 'common.categories',
  industries: 'common.industries',
  deployment: 'product.deployment',
  price: 'product.price',
  pricing: 'product.pricing',
  supportedLanguages: 'product.supportedLanguages',
  certifications: 'product.certifications',
  references: 'product.references',
} as const satisfies Record<string, UiKey>
export type CompareRow = keyof typeof compareRows

/** One product as a comparison shows it, every word already in the page's language. */
export type CompareCard = {
  slug: string
  name: string
  url: string
  summary: string
  cells: Partial<Record<CompareRow, CompareValue[]>>
  /** Nearest alternatives, offered to add to the comparison. */
  alternatives: { slug: string; name: string }[]
}
