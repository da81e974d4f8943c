import { employeesLowerBound } from './format'

/**
 * What the list pages and the home page select and compute from content. Pure, so "now" is a
 * parameter: the site is static, and "upcoming" means upcoming when it was built.
 */

type Timed = { start: string; end: string }

/**
 * Events that have not ended yet, soonest first, and those that have, latest first. A
 * cancelled or postponed event stays where its announced date puts it; the page marks it.
 */
export function splitEvents<T extends Timed>(events: T[], now: Date): { upcoming: T[]; past: T[] } {
  const at = now.getTime()
  const upcoming = events
    .filter((e) => Date.parse(e.end) >= at)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const past = events
    .filter((e) => Date.parse(e.end) < at)
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
  return { upcoming, past }
}

/** Cooperation posts still valid on the day of the build (valid through their last day). */
export function openPosts<T extends { validUntil: string }>(posts: T[], now: Date): T[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return posts
    .filter((p) => Date.parse(p.validUntil) >= today)
    .sort((a, b) => Date.parse(a.validUntil) - Date.parse(b.validUntil))
}

/** Products on one page of the catalogue list: enough to scan, small enough to load fast. */
export const cataloguePageSize = 24

/**
 * One page of a list: its items, the page count (at least 1) and the 1-based positions of its
 * first and last item.
 *
 * @example pageOf([1, 2, 3], 2, 2) // { items: [3], pages: 2, from: 3, to: 3 }
 */
export function pageOf<T>(items: T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const start = (page - 1) * size
  const slice = items.slice(start, start + size)
  return { items: slice, pages, from: slice.length ? start + 1 : 0, to: start + slice.length }
}

/** Publications, newest first. */
export const newestFirst = <T extends { date: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))

export type KeyFigures = {
  members: number
  products: number
  /** The sum of the lower bounds of the members' employee ranges: "at least". */
  employees: number
  /** Distinct countries the members export to. */
  markets: number
  partners: number
}

/** The cluster in figures, computed from what is published. */
export function keyFigures(input: {
  members: { employees?: string | null; exportMarkets?: string[] | null }[]
  products: unknown[]
  partners: unknown[]
}): KeyFigures {
  const markets = new Set(
    input.members.flatMap((m) => (m.exportMarkets ?? []).map((c) => c.toUpperCase())),
  )
  return {
    members: input.members.length,
    products: input.products.length,
    employees: input.members.reduce((sum, m) => sum + employeesLowerBound(m.employees), 0),
    markets: markets.size,
    partners: input.partners.length,
  }
}
