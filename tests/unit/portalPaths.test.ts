import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { hasPortalPage, portalBase, portalPath } from '@shared/portalPaths'
import { isRoutedCollection, routeOf, urlFor, type RoutedCollection } from '../../site/lib/urls'

/** The CMS's preview links lead where the portal puts each document. */
const routed: RoutedCollection[] = [
  'members',
  'products',
  'events',
  'publications',
  'pages',
  'partners',
  'cooperation',
  'protocols',
]

describe('portal paths of the CMS', () => {
  for (const collection of routed)
    it(`${collection}: the same path as the portal's routeOf, in every locale`, () => {
      expect(isRoutedCollection(collection)).toBe(true)
      expect(hasPortalPage(collection)).toBe(true)
      for (const locale of localeCodes)
        for (const slug of ['erp-flow', 'membership', 'a b'])
          expect(portalPath(locale, collection, slug)).toBe(
            urlFor(locale, routeOf(collection, { slug })),
          )
    })

  it('knows no collection the portal does not show', () => {
    for (const collection of ['inquiries', 'users', 'media', 'categories', 'applications'])
      expect(hasPortalPage(collection)).toBe(isRoutedCollection(collection))
  })

  it('takes the portal address from SITE_URL', () => {
    expect(portalBase({})).toBe('http://localhost:4321')
    expect(portalBase({ SITE_URL: 'https://portal.example/ ' })).toBe('https://portal.example')
  })
})
