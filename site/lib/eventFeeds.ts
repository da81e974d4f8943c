import { getRssString } from '@astrojs/rss'

import { type Locale, localeCodes } from '@shared/locales'
import { t } from '../i18n/t'
import { clusterNameFor } from './cms'
import { entriesOf } from './entries'
import { filterName, filterParams, matchesFilter } from './eventFilters'
import { eventsCalendar, feedPath } from './feeds'
import { keyed, selectionInputs } from './routeKeys'
import { eventRssItems, rssChannelData, rssNamespaces } from './rss'
import { rssStylesheetPath } from './rssStylesheet'
import { absolute, type EventFilter, type Route, urlFor } from './urls'

/**
 * The events calendar and RSS feed of the whole list or of one selection (a kind, a country):
 * the same builders, the events filtered first, the channel named after the selection.
 */

type Site = URL | string | undefined

/** Everything a feed of the events needs: its events, names and addresses. */
async function feedOf(locale: Locale, site: Site, filter: EventFilter | undefined) {
  const events = (await entriesOf('events', locale)).filter((e) => matchesFilter(e, filter))
  const clusterName = await clusterNameFor(locale)
  const route: Route = { kind: 'events', filter }
  const title = filter
    ? t(locale, 'events.filteredTitle', { filter: filterName(locale, filter) })
    : t(locale, 'events.title')
  return {
    events,
    ctx: { locale, site, clusterName, now: new Date() },
    name: `${clusterName} · ${title}`,
    page: absolute(site, urlFor(locale, route)),
    feed: (extension: 'ics' | 'xml') => absolute(site, feedPath(locale, route, extension)),
  }
}

/** /<locale>/events.ics and /<locale>/events/<by>/<value>.ics */
export async function calendarResponse(locale: Locale, site: Site, filter?: EventFilter) {
  const { events, ctx, name, page, feed } = await feedOf(locale, site, filter)
  const body = eventsCalendar(events, ctx, { name, url: page, source: feed('ics') })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

/** /<locale>/events.xml and /<locale>/events/<by>/<value>.xml */
export async function rssResponse(locale: Locale, site: Site, filter?: EventFilter) {
  const { events, ctx, name, page, feed } = await feedOf(locale, site, filter)
  const body = await getRssString({
    title: name,
    description: t(locale, 'events.lead'),
    // The channel links to the events page; items carry absolute links of their own.
    site: page,
    xmlns: rssNamespaces,
    // Opened in a browser, the feed reads as a page of the site (Chromium and Firefox run XSLT).
    stylesheet: rssStylesheetPath(locale),
    items: eventRssItems(events, ctx),
    customData: rssChannelData(
      ctx,
      feed('xml'),
      events.map((e) => e.updatedAt),
    ),
  })
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}

/**
 * getStaticPaths of the selections: every kind, and every country with events, per locale. The
 * page links to every selection with its count; the feeds hold only their own events.
 */
export const selectionPaths = (shows: 'page' | 'feed') => async () =>
  keyed(
    (
      await Promise.all(
        localeCodes.map(async (locale) => filterParams(await entriesOf('events', locale), locale)),
      )
    ).flat(),
    ({ params, props }) => selectionInputs(params.locale, props.filter, shows === 'page'),
  )
