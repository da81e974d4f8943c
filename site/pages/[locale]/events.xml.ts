import { getRssString } from '@astrojs/rss'
import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale } from '@shared/locales'
import { t } from '../../i18n/t'
import { clusterNameFor } from '../../lib/cms'
import { entriesOf } from '../../lib/entries'
import { feedPath } from '../../lib/feeds'
import { eventRssItems, rssChannelData, rssNamespaces } from '../../lib/rss'
import { rssStylesheetPath } from '../../lib/rssStylesheet'
import { absolute, localePaths, urlFor } from '../../lib/urls'

/** /<locale>/events.xml: RSS 2.0 of event announcements, in the locale. */
export const getStaticPaths = localePaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const events = await entriesOf('events', locale)
  const ctx = { locale, site, clusterName: await clusterNameFor(locale) }
  const body = await getRssString({
    title: `${ctx.clusterName} · ${t(locale, 'events.title')}`,
    description: t(locale, 'events.lead'),
    // The channel links to the events page; items carry absolute links of their own.
    site: absolute(site, urlFor(locale, { kind: 'events' })),
    xmlns: rssNamespaces,
    // Opened in a browser, the feed reads as a page of the site (Chromium and Firefox run XSLT).
    stylesheet: rssStylesheetPath(locale),
    items: eventRssItems(events, ctx),
    customData: rssChannelData(
      ctx,
      absolute(site, feedPath(locale, { kind: 'events' }, 'xml')),
      events.map((e) => e.updatedAt),
    ),
  })
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
