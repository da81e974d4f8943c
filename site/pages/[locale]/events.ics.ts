import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale } from '@shared/locales'
import { calendarResponse } from '@site/lib/eventFeeds'
import { localePaths } from '@site/lib/urls'

/** /<locale>/events.ics: every published event, upcoming and past, to subscribe to. */
// One path per locale: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = localePaths satisfies GetStaticPaths

export const GET: APIRoute = ({ params, site }) => calendarResponse(params.locale as Locale, site)
