/** The criteria of a product or service. */
import {
  altGaps,
  blank,
  type Checks,
  type Id,
  type Localized,
  type MediaRef,
  none,
  perLocale,
  type Ref,
  type Reference,
  referenceGaps,
  unless,
  whole,
} from './gaps'
import type { ProductCriterion } from './weights'

/** A product or service as read with `locale: 'all'`, its images and protocols populated. */
export type ProductInput = {
  id: Id
  name?: string | null
  summary?: Localized<string>
  description?: Localized<unknown>
  categories?: Ref[] | null
  industries?: unknown[] | null
  images?: MediaRef[] | null
  price?: { amount?: number | null; unit?: string | null; onRequest?: boolean | null } | null
  pricingModel?: string | null
  deployment?: unknown[] | null
  supportedLanguages?: unknown[] | null
  certifications?: unknown[] | null
  references?: Reference[] | null
  brochure?: Ref
  interfaces?:
    | {
        protocol?: Ref
        documentation?: string | null
        apiDescription?: Ref
      }[]
    | null
  integrations?: Ref[] | null
}

const protocolName = (ref: Ref) =>
  ref && typeof ref === 'object' && typeof ref.name === 'string' ? ref.name : undefined

export const productChecks: Checks<ProductInput, ProductCriterion> = {
  summary: (p, ls) => perLocale('summary', 'products')(p.summary, p.id, ls),
  description: (p, ls) => perLocale('description', 'products')(p.description, p.id, ls),
  categories: (p) => unless(!none(p.categories), () => whole('products', p.id, 'categories')),
  industries: (p) => unless(!none(p.industries), () => whole('products', p.id, 'industries')),
  images: (p) => unless(!none(p.images), () => whole('products', p.id, 'images')),
  imageAlt: (p, ls) =>
    none(p.images) ? whole('products', p.id, 'images') : altGaps(p.images ?? [], ls),
  price: (p) =>
    unless(Boolean(p.price?.onRequest) || typeof p.price?.amount === 'number', () =>
      whole('products', p.id, 'price.amount'),
    ),
  pricingModel: (p) =>
    unless(!blank(p.pricingModel), () => whole('products', p.id, 'pricingModel')),
  deployment: (p) => unless(!none(p.deployment), () => whole('products', p.id, 'deployment')),
  supportedLanguages: (p) =>
    unless(!none(p.supportedLanguages), () => whole('products', p.id, 'supportedLanguages')),
  certifications: (p) =>
    unless(!none(p.certifications), () => whole('products', p.id, 'certifications')),
  references: (p) => unless(!none(p.references), () => whole('products', p.id, 'references')),
  referenceTranslations: (p, ls) => referenceGaps('products', p.id, p.references, ls),
  brochure: (p) => unless(p.brochure != null, () => whole('products', p.id, 'brochure')),
  interfaces: (p) => unless(!none(p.interfaces), () => whole('products', p.id, 'interfaces')),
  interfaceDocs: (p) => {
    const rows = p.interfaces ?? []
    if (!rows.length) return whole('products', p.id, 'interfaces')
    return rows.flatMap((row, i) =>
      blank(row.documentation) && row.apiDescription == null
        ? [
            {
              collection: 'products' as const,
              id: p.id,
              field: `interfaces.${i}.documentation`,
              n: i + 1,
              protocol: protocolName(row.protocol),
              share: 1 / rows.length,
            },
          ]
        : [],
    )
  },
  integrations: (p) => unless(!none(p.integrations), () => whole('products', p.id, 'integrations')),
}
