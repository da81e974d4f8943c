// The "At a glance" rows of a product brochure, with slugs and codes turned into English names.
import type { Content, Product } from './data.ts'
import { humanize } from './i18n.ts'

const DEPLOYMENT: Record<string, string> = {
  cloud: 'Cloud',
  'on-premise': 'On-premise',
  hybrid: 'Hybrid',
  saas: 'SaaS',
}
const PRICING: Record<string, string> = {
  subscription: 'Subscription',
  license: 'Licence',
  'per-project': 'Per project',
  freemium: 'Freemium',
  free: 'Free',
  custom: 'Custom quote',
}
const languages = new Intl.DisplayNames(['en'], { type: 'language' })

function languageName(code: string): string {
  try {
    return languages.of(code) ?? code
  } catch {
    return code
  }
}

export function productFacts(product: Product, content: Content): Array<[string, string]> {
  const category = (slug: string) =>
    content.categories.find((c) => c.slug === slug)?.name?.en ?? humanize(slug)
  const productName = (slug: string) =>
    content.products.find((p) => p.slug === slug)?.name ?? humanize(slug)
  const rows: Array<[string, string[]]> = [
    ['Categories', (product.categories ?? []).map(category)],
    ['Industries', (product.industries ?? []).map(humanize)],
    ['Technologies', product.technologies ?? []],
    ['Deployment', (product.deployment ?? []).map((d) => DEPLOYMENT[d] ?? humanize(d))],
    [
      'Pricing',
      product.pricingModel ? [PRICING[product.pricingModel] ?? humanize(product.pricingModel)] : [],
    ],
    ['Languages', (product.supportedLanguages ?? []).map(languageName)],
    ['Works with', (product.integrations ?? []).map(productName)],
  ]
  return rows
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => [label, values.join(', ')])
}
