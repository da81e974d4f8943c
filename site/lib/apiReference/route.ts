import type { ApiDescription, Product } from '@cms/payload-types'
import { slugify } from '@shared/validators'
import type { Route } from '../urls'

/** What the site loader populates of an interface's API description (site/lib/loader.ts). */
export type ApiDescriptionRef = Pick<ApiDescription, 'id'> &
  Partial<Pick<ApiDescription, 'filename' | 'title' | 'format' | 'specVersion'>>

/**
 * The address segment of an API description: its file name without the extension, which the
 * CMS keeps unique and which does not change when the title is edited; `api-<id>` for a file
 * whose name has no letters or digits.
 *
 * @example apiSlugOf({ id: 3, filename: 'Invoices API v2.yaml' }) // 'invoices-api-v2'
 */
export function apiSlugOf(api: ApiDescriptionRef): string {
  const base = (api.filename ?? '').replace(/\.(ya?ml|json)$/i, '')
  return slugify(base) || `api-${api.id}`
}

/**
 * The reference page of a product's API description, or undefined when the description was not
 * populated (an id only: not public, or not loaded), so a caller links only to pages that exist.
 *
 * @example urlFor('de', apiReferenceRoute(product, product.interfaces[0].apiDescription)!)
 * // '/de/catalogue/erp-flow/api/invoices/'
 */
export function apiReferenceRoute(
  product: Pick<Product, 'slug'>,
  api: ApiDescriptionRef | number | null | undefined,
): Route | undefined {
  if (!api || typeof api !== 'object' || !product.slug) return undefined
  return { kind: 'apiReference', product: product.slug, api: apiSlugOf(api) }
}

/** The distinct API descriptions a product's interfaces name, in their order. */
export function apiDescriptionsOf(product: Pick<Product, 'interfaces'>): ApiDescriptionRef[] {
  const seen = new Set<ApiDescriptionRef['id']>()
  const found: ApiDescriptionRef[] = []
  for (const row of product.interfaces ?? []) {
    const api = row.apiDescription
    if (api && typeof api === 'object' && !seen.has(api.id)) {
      seen.add(api.id)
      found.push(api)
    }
  }
  return found
}
