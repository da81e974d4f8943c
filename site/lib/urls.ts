import { defaultLocale, type Locale, localeCodes } from '@shared/locales'

/** The kinds of page the portal has, and where each lives under /<locale>/. */
export type Route =
  | { kind: 'home' }
  | { kind: 'members' }
  | { kind: 'member'; slug: string }
  | { kind: 'catalogue'; page?: number }
  | { kind: 'product'; slug: string }
  | { kind: 'events' }
  | { kind: 'event'; slug: string }
  | { kind: 'publications' }
  | { kind: 'publication'; slug: string }
  | { kind: 'partners' }
  | { kind: 'cooperation' }
  | { kind: 'membership' }
  | { kind: 'search' }
  | { kind: 'developers' }
  | { kind: 'page'; slug: string }

const paths: { [K in Route['kind']]: (r: Extract<Route, { kind: K }>) => string } = {
  home: () => '',
  members: () => 'members/',
  member: (r) => `members/${r.slug}/`,
  catalogue: (r) => (r.page && r.page > 1 ? `catalogue/page/${r.page}/` : 'catalogue/'),
  product: (r) => `catalogue/${r.slug}/`,
  events: () => 'events/',
  event: (r) => `events/${r.slug}/`,
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
  return `/${locale}/${path}`
}

/** The same page in every locale, for the language switcher and hreflang alternates. */
export const alternatesOf = (route: Route) =>
  localeCodes.map((locale) => ({ locale, href: urlFor(locale, route) }))

/** Absolute URL for canonical links, feeds and sitemaps. */
export const absolute = (site: URL | string | undefined, path: string) =>
  new URL(path, site ?? 'http://localhost:4321').toString()

export const xDefault = (route: Route) => urlFor(defaultLocale, route)

/** getStaticPaths for a page that exists once per locale: /<locale>/… */
export const localePaths = () => localeCodes.map((locale) => ({ params: { locale } }))
