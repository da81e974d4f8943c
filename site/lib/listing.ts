import { employeesLowerBound } from './format'

/**
 * What the list pages and the home page select and compute from content. Pure, so "now" is a
 * parameter: the site is static, and "upcoming" means upcoming when it was built.
 */

type Timed = { start: string; end: string }
type Stated = Timed & { status: 'scheduled' | 'postponed' | 'cancelled' }

/**
 * Events that have not ended yet, soonest first, and those that have, latest first. A
 * cancelled event stays where its announced date puts it; the page marks it.
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

/**
 * Where an event stands when the site is built. A postponed event has no date that holds: its
 * start and end are the old ones until staff set the new date (and "scheduled" again), so it is
 * neither upcoming nor past, and nothing may offer its old date as a calendar entry.
 */
export type EventPhase = 'upcoming' | 'past' | 'postponed'

export const eventPhase = (event: Stated, now: Date): EventPhase =>
  event.status === 'postponed'
    ? 'postponed'
    : Date.parse(event.end) < now.getTime()
      ? 'past'
      : 'upcoming'

/** Events in the three groups the events page shows: upcoming, postponed (new date to follow), past. */
export function groupEvents<T extends Stated>(
  events: T[],
  now: Date,
): { upcoming: T[]; postponed: T[]; past: T[] } {
  const { upcoming, past } = splitEvents(
    events.filter((e) => e.status !== 'postponed'),
    now,
  )
  const postponed = events
    .filter((e) => e.status === 'postponed')
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  return { upcoming, postponed, past }
}

/**
 * Events by the month they start in, in the event's own time zone (an event at 00:30 in Sofia
 * on 1 March is a March event), in the order given. `key` (YYYY-MM) is the anchor of the month.
 *
 * @example byMonth([{ start: '2027-02-28T22:30:00Z', timeZone: 'Europe/Sofia', … }])[0].key // '2027-03'
 */
export function byMonth<T extends { start: string; timeZone: string }>(
  events: T[],
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const event of events) {
    const parts = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      month: '2-digit',
      timeZone: event.timeZone || 'UTC',
    }).formatToParts(new Date(event.start))
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    const key = `${part('year')}-${part('month')}`
    groups.set(key, [...(groups.get(key) ?? []), event])
  }
  return [...groups].map(([key, items]) => ({ key, items }))
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
