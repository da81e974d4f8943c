import type { APIRoute } from 'astro'

import type { Locale } from '@shared/locales'
import { registryIndex } from '@site/lib/registry'
import { registryData } from '@site/lib/registryData'
import { localePaths } from '@site/lib/urls'

/**
 * /<locale>/integrations/registry.json: what the registry page is rendered from, for its filter
 * island (site/islands/RegistryFilter.tsx), which narrows it in the browser.
 */
// One path per locale: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = localePaths

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale
  const { registry } = await registryData(locale)
  return new Response(JSON.stringify(registryIndex(locale, registry)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
