/**
 * The filters of the participants list (`GET /api/matchmaking/participants`) read from its query
 * string, which is hostile input: each value is checked against what it may be before anything
 * is looked up, and a bad one is a field error with the forms' codes, never a 500.
 */
import type { Participant } from '../payload-types'
import { isCountryCode } from '@shared/countries'
import type { FormErrorCode } from '@shared/formSchema'
import { organisationKinds } from '@shared/options'
import { matchesSearch } from './terms'

export const pageSize = 20
/** Longer searches are refused: a person types a few words, and each costs a scan. */
export const maxSearchLength = 100
const maxPage = 10_000

export type BrowseFilters = {
  country?: string
  kind?: (typeof organisationKinds)[number]
  category?: string
  has?: 'offer' | 'request'
  q?: string
  page: number
}

export type QueryErrors = Partial<Record<keyof BrowseFilters, FormErrorCode>>

const slugShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const pageShape = /^[1-9]\d{0,4}$/

const isKind = (value: string): value is NonNullable<BrowseFilters['kind']> =>
  (organisationKinds as readonly string[]).includes(value)

/**
 * The filters of a query string, or the fields that are wrong. Empty values count as absent;
 * unknown names are ignored (the portal adds `locale`).
 *
 * @example parseBrowseQuery(new URLSearchParams('country=de&page=2'))
 * // { filters: { country: 'DE', page: 2 } }
 */
export function parseBrowseQuery(
  params: URLSearchParams,
): { filters: BrowseFilters; errors?: undefined } | { errors: QueryErrors } {
  const value = (name: keyof BrowseFilters) => params.get(name)?.trim() || undefined
  const errors: QueryErrors = {}
  const filters: BrowseFilters = { page: 1 }
  const country = value('country')?.toUpperCase()
  if (country !== undefined) {
    if (isCountryCode(country)) filters.country = country
    else errors.country = 'country'
  }
  const kind = value('kind')
  if (kind !== undefined) {
    if (isKind(kind)) filters.kind = kind
    else errors.kind = 'choice'
  }
  const category = value('category')
  if (category !== undefined) {
    if (category.length <= 120 && slugShape.test(category)) filters.category = category
    else errors.category = 'choice'
  }
  const has = value('has')
  if (has !== undefined) {
    if (has === 'offer' || has === 'request') filters.has = has
    else errors.has = 'choice'
  }
  const q = value('q')
  if (q !== undefined) {
    if (q.length > maxSearchLength) errors.q = 'tooLong'
    else filters.q = q
  }
  const page = value('page')
  if (page !== undefined) {
    if (pageShape.test(page) && Number(page) <= maxPage) filters.page = Number(page)
    else errors.page = 'invalid'
  }
  return Object.keys(errors).length ? { errors } : { filters }
}

const idOf = (value: unknown): string =>
  String(value !== null && typeof value === 'object' ? (value as { id: unknown }).id : value)

type Needs = Participant['offers']

const categoriesOf = (rows: Needs) => (rows ?? []).flatMap((r) => (r.categories ?? []).map(idOf))

/** The words a participant is found by: who it is and what it offers and seeks. */
const textOf = (p: Participant) =>
  [
    p.name,
    p.organisation,
    p.profile,
    ...[...(p.offers ?? []), ...(p.requests ?? [])].flatMap((n) => [n.title, n.description]),
  ].join('\n')

/**
 * Whether a participant passes the filters the database does not apply: offers or requests,
 * category (any of `categoryIds`, the category and those under it), text.
 */
export function passesFilters(
  p: Participant,
  filters: BrowseFilters,
  categoryIds: ReadonlySet<string> | null,
): boolean {
  if (filters.has === 'offer' && !p.offers?.length) return false
  if (filters.has === 'request' && !p.requests?.length) return false
  if (categoryIds) {
    const own = [...categoriesOf(p.offers), ...categoriesOf(p.requests)]
    if (!own.some((id) => categoryIds.has(id))) return false
  }
  return !filters.q || matchesSearch(filters.q, textOf(p))
}
