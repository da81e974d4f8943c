// The "At a glance" rows of a product brochure, with slugs and codes turned into English names:
// the same headings and labels as the product's page on the portal.
import { priceText } from '../../site/lib/price.ts'
import type { Content, Product } from './data.ts'
import { humanize, type PortalKey, portalLabel, portalText } from './i18n.ts'

const languages = new Intl.DisplayNames(['en'], { type: 'language' })
const regions = new Intl.DisplayNames(['en'], { type: 'region' })

function languageName(code: string): string {
  try {
    return languages.of(code) ?? code
  } catch {
    return code
  }
}

const word = (key: PortalKey) => portalText('en', key)
const labelOf = (vocabulary: 'industry' | 'deployment' | 'pricing') => (value: string) =>
  portalLabel('en', vocabulary, value, value)

export function productFacts(product: Product, content: Content): Array<[string, string]> {
  const category = (slug: string) =>
    content.categories.find((c) => c.slug === slug)?.name?.en ?? humanize(slug)
  const productName = (slug: string) =>
    content.products.find((p) => p.slug === slug)?.name ?? humanize(slug)
  const rows: Array<[string, string[]]> = [
    [word('common.categories'), (product.categories ?? []).map(category)],
    [word('common.industries'), (product.industries ?? []).map(labelOf('industry'))],
    [word('common.technologies'), product.technologies ?? []],
    [word('product.deployment'), (product.deployment ?? []).map(labelOf('deployment'))],
    [
      word('product.pricing'),
      product.pricingModel ? [labelOf('pricing')(product.pricingModel)] : [],
    ],
    [
      word('product.price'),
      [
        priceText('en', product.price, (key, vars) => portalText('en', key as PortalKey, vars)),
      ].filter((x): x is string => Boolean(x)),
    ],
    [word('product.supportedLanguages'), (product.supportedLanguages ?? []).map(languageName)],
    [word('product.certifications'), product.certifications ?? []],
    [word('product.worksWith'), (product.integrations ?? []).map(productName)],
  ]
  return rows
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => [label, values.join(', ')])
}

/** The brochure's references: "Manufacturing, Germany" and the outcome, as on the portal. */
export function productReferences(product: Product): Array<[string, string]> {
  return (product.references ?? []).map((r) => [
    `${labelOf('industry')(r.sector)}, ${regions.of(r.country) ?? r.country}`,
    r.outcome.en,
  ])
}
