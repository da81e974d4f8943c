import { describe, expect, it } from 'vitest'

import { isRoutedCollection, routeOf, urlFor, xDefault } from '../../site/lib/urls'
import { listedCollections } from '../helpers/siteFacts'

describe('routeOf: where a CMS document is on the portal', () => {
  it('gives each routed collection its page, in the locale asked for', () => {
    const doc = { slug: 'erp-flow' }
    expect(urlFor('bg', routeOf('products', doc))).toBe('/bg/catalogue/erp-flow/')
    expect(urlFor('de', routeOf('members', doc))).toBe('/de/members/erp-flow/')
    expect(urlFor('en', routeOf('events', doc))).toBe('/en/events/erp-flow/')
    expect(urlFor('en', routeOf('publications', doc))).toBe('/en/publications/erp-flow/')
    expect(urlFor('en', routeOf('pages', { slug: 'about' }))).toBe('/en/about/')
  })

  it('sends the page "membership" to the membership route, which shows it above the form', () => {
    expect(routeOf('pages', { slug: 'membership' })).toEqual({ kind: 'membership' })
  })

  it('points partners and cooperation posts at their entry on the list page', () => {
    expect(urlFor('de', routeOf('partners', { slug: 'elbe' }))).toBe('/de/partners/#elbe')
    expect(urlFor('en', routeOf('cooperation', { slug: 'a b' }))).toBe('/en/cooperation/#a%20b')
    expect(urlFor('en', { kind: 'partners' })).toBe('/en/partners/')
  })

  it('puts an event’s matchmaking page and agenda under the event, where the mails link', () => {
    expect(urlFor('bg', { kind: 'matchmaking', slug: 'b2b-2027' })).toBe(
      '/bg/events/b2b-2027/matchmaking/',
    )
    expect(urlFor('de', { kind: 'matchmaking', slug: 'b2b-2027', agenda: true })).toBe(
      '/de/events/b2b-2027/matchmaking/agenda/',
    )
  })

  it('knows every collection the site lists, and no other', () => {
    expect(listedCollections.filter((c) => !isRoutedCollection(c))).toEqual([])
    for (const other of ['categories', 'media', 'users', 'toString', 'constructor'])
      expect(isRoutedCollection(other), other).toBe(false)
  })
})

describe('xDefault: the page for a visitor whose language the portal does not have', () => {
  it('is the language chooser for the home pages, else the English version', () => {
    expect(xDefault({ kind: 'home' })).toBe('/')
    expect(xDefault({ kind: 'product', slug: 'erp-flow' })).toBe('/en/catalogue/erp-flow/')
    expect(xDefault({ kind: 'catalogue', page: 2 })).toBe('/en/catalogue/page/2/')
  })
})
