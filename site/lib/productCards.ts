import type { Locale } from '@shared/locales'
import type { Category } from '../../cms/payload-types'
import type { CatalogueEntry, CatalogueIndex, ProductCardData } from './catalogue'
import { type Entry, populatedAll } from './entries'
import { languageOf } from './fallback'
import { countryName } from './format'
import { imageAttributes } from './images'
import { label } from './labels'
import { makerOf } from './relations'
import { urlFor } from './urls'

/** The card image's widths and how wide a card is shown: one choice for page and island. */
const cardImage = { widths: [400, 800], sizes: '(min-width: 40rem) 22rem, 100vw' }

/**
 * What a product's card shows (site/islands/ProductCard.tsx), worked out at build time: the
 * static pages render the card from it, and the catalogue island gets the same data as JSON,
 * so a filtered card is the static card.
 */
export async function productCardData(
  product: Entry<'products'>,
  locale: Locale,
): Promise<ProductCardData> {
  const img = await imageAttributes(product.images?.[0], cardImage)
  return {
    url: urlFor(locale, { kind: 'product', slug: product.slug }),
    name: product.name,
    kind: label(locale, 'product.kind', product.kind),
    maker: makerOf(product)?.name ?? null,
    summary: product.summary,
    summaryLang: languageOf(product, 'summary'),
    image: img
      ? {
          src: img.src,
          srcset: img.srcset,
          sizes: img.srcset ? img.sizes : undefined,
          width: img.width,
          height: img.height,
        }
      : null,
  }
}

/**
 * The catalogue island's index of a locale: every product's card, creation time and facet
 * codes, in the static list's order, with the codes' labels in this locale.
 */
export async function catalogueIndex(
  products: Entry<'products'>[],
  locale: Locale,
): Promise<CatalogueIndex> {
  const categories: Record<string, string> = {}
  const countries: Record<string, string> = {}
  const industries: Record<string, string> = {}
  const entries: CatalogueEntry[] = []
  for (const product of products) {
    const cats = populatedAll<Category>(product.categories)
    for (const c of cats) categories[String(c.slug)] = c.name
    const country = makerOf(product)?.country
    if (country) countries[country] = countryName(locale, country)
    for (const i of product.industries ?? []) industries[i] = label(locale, 'industry', i)
    entries.push({
      card: await productCardData(product, locale),
      created: product.createdAt,
      facets: {
        category: cats.map((c) => String(c.slug)),
        country: country ? [country] : [],
        technology: product.technologies ?? [],
        industry: product.industries ?? [],
      },
    })
  }
  return { entries, labels: { category: categories, country: countries, industry: industries } }
}
