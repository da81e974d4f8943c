import type { Locale } from './locales'

/**
 * Where a CMS document is on the portal, for the CMS's side (the admin's preview links): the
 * same paths as the portal's own typed routes (site/lib/urls.ts `urlFor(locale, routeOf(…))`),
 * which the CMS may not import; tests/unit/portalPaths.test.ts holds the two together.
 */
const documentPaths = {
  members: (slug: string) => `members/${slug}/`,
  products: (slug: string) => `catalogue/${slug}/`,
  events: (slug: string) => `events/${slug}/`,
  publications: (slug: string) => `publications/${slug}/`,
  pages: (slug: string) => (slug === 'membership' ? 'membership/' : `${slug}/`),
  partners: (slug: string) => `partners/#${encodeURIComponent(slug)}`,
  cooperation: (slug: string) => `cooperation/#${encodeURIComponent(slug)}`,
  protocols: (slug: string) => `integrations/#${encodeURIComponent(slug)}`,
} as const

export type PortalCollection = keyof typeof documentPaths

export const hasPortalPage = (collection: string): collection is PortalCollection =>
  Object.hasOwn(documentPaths, collection)

/**
 * @example portalPath('bg', 'products', 'erp-flow') // '/bg/catalogue/erp-flow/'
 */
export const portalPath = (locale: Locale, collection: PortalCollection, slug: string) =>
  `/${locale}/${documentPaths[collection](slug)}`

/** The portal's public address (SITE_URL), without a trailing slash. */
export const portalBase = (env: Record<string, string | undefined>) =>
  (env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/+$/, '')
