import type { Payload } from 'payload'

import type { Locale } from '@shared/locales'

export type Report = { created: number; updated: number; unchanged: number }

/** What every seed module gets: Payload, the locales to write, and a place to report counts. */
export type SeedContext = {
  payload: Payload
  locales: readonly Locale[]
  log: (line: string) => void
  report: Record<string, Report>
}

/** Slug (or file name) → id of what has been seeded so far, for resolving references. */
export type IdMap = Map<string, number | string>

/** Flags that tell hooks a write comes from the seed: no site rebuild, no emails. */
export const seedContext = { seeding: true, disableRevalidate: true } as const

/** Resolves slugs to ids, failing loudly on a reference the data set does not define. */
export function resolve(map: IdMap, keys: string[] | undefined, what: string): (number | string)[] {
  return (keys ?? []).map((key) => {
    const id = map.get(key)
    if (id === undefined)
      throw new Error(`Seed data refers to ${what} "${key}", which does not exist.`)
    return id
  })
}

export const resolveOne = (map: IdMap, key: string | undefined | null, what: string) =>
  key ? resolve(map, [key], what)[0] : null

/** A seed record as read from content/*.json. */
export type SeedRecord = Record<string, unknown> & { slug: string; draft?: boolean }

/** The record without the given keys (and without the seed-only `draft` flag). */
export const omit = (record: SeedRecord, keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k) && k !== 'draft'))
