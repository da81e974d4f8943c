import { getRssString } from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale } from '@shared/locales'
import { t } from '../../i18n/t'
import { clusterNameFor } from '../../lib/cms'
import { entriesOf } from '../../lib/entries'
import { feedPath } from '../../lib/feeds'
import { publicationRssItems, rssChannelData, rssNamespaces } from '../../lib/rss'
import { rssStylesheetPath } from '../../lib/rssStylesheet'
import { absolute, localePaths, urlFor } from '../../lib/urls'

/** /<locale>/publications.xml: RSS 2.0 of strategy publications, in the locale. */
// One path per locale: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = localePaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const publications = await entriesOf('publications', locale)
  const ctx = { locale, site, clusterName: await clusterNameFor(locale) }
  const body = await getRssString({
    title: `${ctx.clusterName} · ${t(locale, 'publications.title')}`,
    description: t(locale, 'publications.lead'),
    site: absolute(site, urlFor(locale, { kind: 'publications' })),
    xmlns: rssNamespaces,
    // Opened in a browser, the feed reads as a page of the site (Chromium and Firefox run XSLT).
    stylesheet: rssStylesheetPath(locale),
    items: publicationRssItems(publications, ctx),
    customData: rssChannelData(
      ctx,
      absolute(site, feedPath(locale, { kind: 'publications' }, 'xml')),
      publications.map((p) => p.updatedAt),
    ),
  })
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
