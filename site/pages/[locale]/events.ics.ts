import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale } from '@shared/locales'
import { t } from '../../i18n/t'
import { clusterNameFor } from '../../lib/cms'
import { entriesOf } from '../../lib/entries'
import { eventsCalendar, feedPath } from '../../lib/feeds'
import { absolute, localePaths, urlFor } from '../../lib/urls'

/** /<locale>/events.ics: every published event, upcoming and past, to subscribe to. */
export const getStaticPaths = localePaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const events = await entriesOf('events', locale)
  const clusterName = await clusterNameFor(locale)
  const body = eventsCalendar(
    events,
    { locale, site, clusterName },
    {
      name: `${clusterName} · ${t(locale, 'events.title')}`,
      url: absolute(site, urlFor(locale, { kind: 'events' })),
      source: absolute(site, feedPath(locale, { kind: 'events' }, 'ics')),
    },
  )
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
