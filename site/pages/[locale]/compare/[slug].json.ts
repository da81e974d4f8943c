import type { APIRoute, GetStaticPaths } from 'astro'

import type { Locale } from '@shared/locales'
import { cardOf } from '@site/lib/compareEntries'
import { detailPaths } from '@site/lib/entries'
import { keyed } from '@site/lib/routeKeys'

/**
 * /<locale>/compare/<slug>.json: one product's comparison column, in the page's language. The
 * comparison island fetches the (at most four) it shows, so the page stays the same small file
 * however large the catalogue grows; one file per product keeps the build linear.
 */
export const getStaticPaths = (async () =>
  keyed(
    (await detailPaths('products')).map(({ params }) => ({ params })),
    // The file is the column itself: it is its own key.
    async ({ params }) => [await cardOf(params.locale, params.slug)],
  )) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const card = await cardOf(params.locale as Locale, params.slug!)
  return new Response(JSON.stringify(card), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
