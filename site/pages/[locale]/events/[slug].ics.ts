import type { APIRoute, GetStaticPaths } from 'astro'

import type { Locale } from '@shared/locales'
import { clusterNameFor } from '@site/lib/cms'
import { detailPaths, type Entry } from '@site/lib/entries'
import { eventsCalendar, feedPath } from '@site/lib/feeds'
import { eventCalendarInputs, keyed } from '@site/lib/routeKeys'
import { absolute, urlFor } from '@site/lib/urls'

type Props = { doc: Entry<'events'> }

/**
 * /<locale>/events/<slug>.ics: one event, for "add to calendar" on its page. A postponed event
 * has none: its stored date is the old one, and a file would put it in someone's calendar.
 */
export const getStaticPaths = (async () =>
  keyed(
    (await detailPaths('events')).filter((path) => path.props.doc.status !== 'postponed'),
    ({ props }) => eventCalendarInputs(props.doc),
  )) satisfies GetStaticPaths

export const GET: APIRoute<Props> = async ({ params, props, site }) => {
  const locale = params.locale as Locale
  const event = props.doc
  const clusterName = await clusterNameFor(locale)
  const route = { kind: 'event', slug: event.slug } as const
  const body = eventsCalendar(
    [event],
    { locale, site, clusterName },
    {
      name: event.title,
      url: absolute(site, urlFor(locale, route)),
      source: absolute(site, feedPath(locale, route, 'ics')),
    },
  )
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
