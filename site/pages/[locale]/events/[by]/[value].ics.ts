import type { APIRoute, GetStaticPaths } from 'astro'

import type { Locale } from '@shared/locales'
import { calendarResponse, selectionPaths } from '@site/lib/eventFeeds'
import type { EventFilter } from '@site/lib/urls'

/** /<locale>/events/kind/<kind>.ics and /<locale>/events/country/<code>.ics */
export const getStaticPaths = selectionPaths('feed') satisfies GetStaticPaths

export const GET: APIRoute<{ filter: EventFilter }> = ({ params, props, site }) =>
  calendarResponse(params.locale as Locale, site, props.filter)
