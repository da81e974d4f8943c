import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale } from '@shared/locales'
import { clusterNameFor } from '../../lib/cms'
import { rssStylesheet } from '../../lib/rssStylesheet'
import { localePaths } from '../../lib/urls'

/** /<locale>/rss.xsl: shows the locale's feeds as a page when opened in a browser. */
// One path per locale: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = localePaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale
  return new Response(rssStylesheet(locale, await clusterNameFor(locale)), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  })
}
