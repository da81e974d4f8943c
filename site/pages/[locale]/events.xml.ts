import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale } from '@shared/locales'
import { rssResponse } from '@site/lib/eventFeeds'
import { localePaths } from '@site/lib/urls'

/** /<locale>/events.xml: RSS 2.0 of event announcements, in the locale. */
// One path per locale: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = localePaths satisfies GetStaticPaths

export const GET: APIRoute = ({ params, site }) => rssResponse(params.locale as Locale, site)
