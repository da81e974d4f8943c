import type { APIRoute } from 'astro'

import { hyphenatePlainText } from '@shared/hyphenate'
import type { Locale } from '@shared/locales'
import { entriesByName } from '@site/lib/entries'
import { catalogueIndex } from '@site/lib/productCards'
import { localePaths } from '@site/lib/urls'

/**
 * /<locale>/catalogue/cards.json: the catalogue island's index (every product's card, date and
 * facet codes, in the static list's order). The island filters, sorts and pages it in the
 * browser and asks Pagefind only for the words of its keyword box.
 */
// One path per locale: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = localePaths

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale
  const products = await entriesByName('products', locale, (p) => p.name)
  const index = await catalogueIndex(products, locale)
  // The static cards get their soft hyphens after rendering (cms/build/softHyphens.ts); the
  // island's must break their words at the same points.
  for (const { card } of index.entries) {
    card.kind = hyphenatePlainText(card.kind, locale)
    card.name = hyphenatePlainText(card.name, locale)
    if (card.maker) card.maker = hyphenatePlainText(card.maker, locale)
    card.summary = hyphenatePlainText(card.summary, card.summaryLang)
  }
  return new Response(JSON.stringify(index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
