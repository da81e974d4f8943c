import type { APIRoute, GetStaticPaths } from 'astro'

import type { Locale } from '@shared/locales'
import { rssResponse, selectionPaths } from '@site/lib/eventFeeds'
import type { EventFilter } from '@site/lib/urls'

/** /<locale>/events/kind/<kind>.xml and /<locale>/events/country/<code>.xml */
export const getStaticPaths = selectionPaths('feed') satisfies GetStaticPaths

export const GET: APIRoute<{ filter: EventFilter }> = ({ params, props, site }) =>
  rssResponse(params.locale as Locale, site, props.filter)
