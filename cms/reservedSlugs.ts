/**
 * The first path segments under /<locale>/ that the portal's own routes take
 * (site/pages/[locale]/). A CMS page is built at /<locale>/<slug>/ by `[page].astro`, and Astro
 * lets a fixed route win over it, so a page with one of these slugs would never be built while
 * the footer links to it. A unit test keeps this list equal to the route folder; it is written
 * out because the CMS must not import (or read) the portal's sources.
 */
export const fixedRoutes = [
  '404',
  'catalogue',
  'compare',
  'cooperation',
  'developers',
  'events',
  'integrations',
  'map',
  'members',
  'membership',
  'partners',
  'publications',
  'search',
] as const

// membership.astro shows the CMS page "membership" above the application form.
const routesShowingTheirPage: readonly string[] = ['membership']

/** True for a slug a CMS page cannot have because a route of the portal already has it. */
export const isReservedPageSlug = (slug: string): boolean =>
  (fixedRoutes as readonly string[]).includes(slug) && !routesShowingTheirPage.includes(slug)
