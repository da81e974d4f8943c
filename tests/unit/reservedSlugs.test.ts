import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { slugPattern } from '@shared/validators'
import { fixedRoutes, isReservedPageSlug } from '../../cms/reservedSlugs'

const routesDir = path.resolve(import.meta.dirname, '../../site/pages/[locale]')

/** The first path segments the portal's route files take: folders and files, minus parameters. */
const routeSegments = () =>
  fs
    .readdirSync(routesDir)
    .map((name) => name.replace(/\.(astro|ts)$/, ''))
    .filter((name) => name !== 'index' && !name.startsWith('['))
    // `events.ics` and the like can never be a slug, so they need no place in the list.
    .filter((name) => slugPattern.test(name))
    .sort()

describe('reserved page slugs', () => {
  it('list every route of the portal under /<locale>/', () => {
    expect([...fixedRoutes].sort()).toEqual(routeSegments())
  })

  it('refuse route names but leave "membership", whose route shows that page', () => {
    expect(isReservedPageSlug('events')).toBe(true)
    expect(isReservedPageSlug('search')).toBe(true)
    expect(isReservedPageSlug('404')).toBe(true)
    expect(isReservedPageSlug('membership')).toBe(false)
    expect(isReservedPageSlug('about')).toBe(false)
    expect(isReservedPageSlug('events-2030')).toBe(false)
  })
})
