import type { CollectionSlug } from 'payload'

import { defaultLocale, type Locale, localeCodes } from '@shared/locales'
import type { Event } from '@cms/payload-types'

/** The kinds of page the portal has, and where each lives under /<locale>/. */
export type Route =
  | { kind: 'home' }
  | { kind: 'members' }
  | { kind: 'member'; slug: string }
  | { kind: 'catalogue'; page?: number }
  | { kind: 'product'; slug: string }
  /** The reference page of one API description of a product (`api`: the description's slug). */
  | { kind: 'apiReference'; product: string; api: string }
  /** The interoperability registry; `anchor`: one protocol's entry. */
  | { kind: 'integrations'; anchor?: string }
  /** The cluster map: members and partner clusters; `anchor`: one's row in its list. */
  | { kind: 'map'; anchor?: string }
  /** `slugs`: the products compared (?p=…); `add`: one to add to the visitor's own comparison. */
  | { kind: 'compare'; slugs?: string[]; add?: string }
  /** A ready-made comparison of two products, rendered without JavaScript. */
  | { kind: 'comparePair'; a: string; b: string }
  /** One product's column of a comparison, as JSON for the comparison island. */
  | { kind: 'compareData'; slug: string }
  /** `filter`: the events of one kind or in one country, each a page with its own feeds. */
  | { kind: 'events'; filter?: EventFilter }
  | { kind: 'event'; slug: string }
  /** An event's B2B matchmaking page, or (`agenda`) the signed-in participant's agenda. */
  | { kind: 'matchmaking'; slug: string; agenda?: boolean }
  | { kind: 'publications' }
  | { kind: 'publication'; slug: string }
  /** `anchor`: one partner's entry (partners have no page of their own). */
  | { kind: 'partners'; anchor?: string }
  /** `anchor`: one post's entry (cooperation posts have no page of their own). */
  | { kind: 'cooperation'; anchor?: string }
  | { kind: 'membership' }
  | { kind: 'search' }
  | { kind: 'developers' }
  | { kind: 'page'; slug: string }

/** A pre-rendered selection of the events: of one kind, or held in one country (ISO code). */
export type EventFilter = { by: 'kind'; value: Event['kind'] } | { by: 'country'; value: string }

const paths: { [K in Route['kind']]: (r: Extract<Route, { kind: K }>) => string } = {
  home: () => '',
  members: () => 'members/',
  member: (r) => `members/${r.slug}/`,
  catalogue: (r) => (r.page && r.page > 1 ? `catalogue/page/${r.page}/` : 'catalogue/'),
  product: (r) => `catalogue/${r.slug}/`,
  apiReference: (r) => `catalogue/${r.product}/api/${r.api}/`,
  integrations: () => 'integrations/',
  map: () => 'map/',
  compare: (r) =>
    'compare/' +
    (r.add
      ? `?add=${encodeURIComponent(r.add)}`
      : r.slugs?.length
        ? `?p=${r.slugs.map(encodeURIComponent).join(',')}`
        : ''),
  comparePair: (r) => `compare/${[r.a, r.b].sort().join('--')}/`,
  compareData: (r) => `compare/${r.slug}.json`,
  events: (r) => (r.filter ? `events/${r.filter.by}/${r.filter.value.toLowerCase()}/` : 'events/'),
  event: (r) => `events/${r.slug}/`,
  matchmaking: (r) => `events/${r.slug}/matchmaking/${r.agenda ? 'agenda/' : ''}`,
  publications: () => 'publications/',
  publication: (r) => `publications/${r.slug}/`,
  partners: () => 'partners/',
  cooperation: () => 'cooperation/',
  membership: () => 'membership/',
  search: () => 'search/',
  developers: () => 'developers/',
  page: (r) => `${r.slug}/`,
}

/**
 * The site-relative URL of a page in a locale.
 *
 * @example urlFor('bg', { kind: 'product', slug: 'erp-flow' }) // '/bg/catalogue/erp-flow/'
 */
export function urlFor(locale: Locale, route: Route): string {
  const path = (paths[route.kind] as (r: Route) => string)(route)
  const anchor = 'anchor' in route && route.anchor ? `#${encodeURIComponent(route.anchor)}` : ''
  return `/${locale}/${path}${anchor}`
}

/** The CMS collections whose documents the portal shows, each on its page or its list's entry. */
export type RoutedCollection = Extract<
  CollectionSlug,
  | 'members'
  | 'products'
  | 'events'
  | 'publications'
  | 'pages'
  | 'partners'
  | 'cooperation'
  | 'protocols'
>

const documentRoutes: { [C in RoutedCollection]: (slug: string) => Route } = {
  members: (slug) => ({ kind: 'member', slug }),
  products: (slug) => ({ kind: 'product', slug }),
  events: (slug) => ({ kind: 'event', slug }),
  publications: (slug) => ({ kind: 'publication', slug }),
  // membership.astro shows the CMS page "membership" above the application form.
  pages: (slug) => (slug === 'membership' ? { kind: 'membership' } : { kind: 'page', slug }),
  partners: (slug) => ({ kind: 'partners', anchor: slug }),
  cooperation: (slug) => ({ kind: 'cooperation', anchor: slug }),
  protocols: (slug) => ({ kind: 'integrations', anchor: slug }),
}

export const isRoutedCollection = (collection: string): collection is RoutedCollection =>
  Object.hasOwn(documentRoutes, collection)

/**
 * Where a CMS document is on the portal. The collection is named because the site's entries
 * (site/lib/entries.ts) and a link's target carry only the document.
 *
 * @example urlFor('bg', routeOf('products', product)) // '/bg/catalogue/erp-flow/'
 * @example urlFor('en', routeOf('partners', partner)) // '/en/partners/#elbe'
 */
export const routeOf = (collection: RoutedCollection, doc: { slug: string }): Route =>
  documentRoutes[collection](doc.slug)

/** The same page in every locale, for the language switcher and hreflang alternates. */
export const alternatesOf = (route: Route) =>
  localeCodes.map((locale) => ({ locale, href: urlFor(locale, route) }))

/** Absolute URL for canonical links, feeds and sitemaps. */
export const absolute = (site: URL | string | undefined, path: string) =>
  new URL(path, site ?? 'http://localhost:4321').toString()

/** The language chooser, site/pages/index.astro. */
const chooserPath = '/'

/**
 * The page for visitors whose language the portal does not have (hreflang x-default). For the
 * home pages it is the language chooser at `/`, which lists the three home pages as its own
 * alternates and sends a browser to its preferred language: Google documents x-default for
 * exactly such a selector page, and each page of a cluster must then name the same set. Other
 * pages have no chooser of their own, so their fallback is the default locale's version.
 */
export const xDefault = (route: Route) =>
  route.kind === 'home' ? chooserPath : urlFor(defaultLocale, route)

/** getStaticPaths for a page that exists once per locale: /<locale>/… */
export const localePaths = () => localeCodes.map((locale) => ({ params: { locale } }))
