import { defaultLocale, localeCodes } from '@shared/locales'
import { findAllPublic } from '../cms'
import { type Entry, entriesOf } from '../entries'
import { apiReferenceOf } from './index'
import { type ApiDescriptionRef, apiDescriptionsOf, apiSlugOf } from './route'
import type { ApiReference } from './types'

export type ApiReferencePage = {
  product: Entry<'products'>
  api: ApiDescriptionRef
  reference: ApiReference
}

let views: Promise<Map<ApiDescriptionRef['id'], ApiReference>> | undefined

/**
 * The view model of every API description the public may read, by id, made once per build. The
 * parsed documents are read here, once, rather than copied into every product in every locale
 * by the site loader (site/lib/loader.ts). An API description is not localized: its text is
 * what its authors wrote, so the default locale's reading serves every page.
 */
function referenceViews() {
  views ??= findAllPublic('api-descriptions', defaultLocale, { depth: 0 }).then(
    (docs) =>
      new Map(
        docs.flatMap((doc) => {
          const reference = apiReferenceOf(doc.document)
          return reference ? [[doc.id, reference] as const] : []
        }),
      ),
  )
  return views
}

/**
 * getStaticPaths of the API reference pages: one per published product, API description its
 * interfaces name, and locale. A description that is not public (not used by any published
 * product) or that is neither OpenAPI 3 nor AsyncAPI has no page, and the product page links
 * only to those that do (apiReferenceRoute).
 */
export async function apiReferencePaths() {
  const byId = await referenceViews()
  const paths = []
  for (const locale of localeCodes) {
    for (const product of await entriesOf('products', locale)) {
      const seen = new Set<string>()
      for (const api of apiDescriptionsOf(product)) {
        const reference = byId.get(api.id)
        const slug = apiSlugOf(api)
        // Two files whose names make the same slug: the first one keeps the address.
        if (!reference || seen.has(slug)) continue
        seen.add(slug)
        paths.push({
          params: { locale, slug: product.slug, api: slug },
          props: { product, api, reference } satisfies ApiReferencePage,
        })
      }
    }
  }
  return paths
}
