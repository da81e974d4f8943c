import type { Locale } from '@shared/locales'
import { compareCard, comparePairs, nearestAlternatives } from './compare'
import { type Entry, entriesOf, entryBySlug } from './entries'

type Products = Entry<'products'>[]
const alternatives = new Map<Locale, Promise<Map<string, Products>>>()

/**
 * Each product's nearest alternatives in a locale, computed once per build (every product page,
 * pair page and comparison column asks), so the build stays linear in the catalogue.
 */
export function alternativesIn(locale: Locale): Promise<Map<string, Products>> {
  if (!alternatives.has(locale))
    alternatives.set(
      locale,
      entriesOf('products', locale).then((products) => nearestAlternatives(products)),
    )
  return alternatives.get(locale)!
}

/** A product's nearest alternatives, for its "Compare with" links. */
export const alternativesOf = async (product: Entry<'products'>) =>
  (await alternativesIn(product.locale)).get(product.slug) ?? []

/** getStaticPaths of the pair pages: every product with each of its alternatives, once. */
export async function pairPaths(locales: readonly Locale[]) {
  const paths = []
  for (const locale of locales) {
    const products = await entriesOf('products', locale)
    const bySlug = new Map(products.map((p) => [p.slug, p]))
    for (const [a, b] of comparePairs(await alternativesIn(locale), bySlug))
      paths.push({ params: { locale, pair: `${a.slug}--${b.slug}` }, props: { a, b } })
  }
  return paths
}

/** A product's comparison column, with its alternatives to offer. */
export async function cardOf(locale: Locale, slug: string) {
  const product = await entryBySlug('products', locale, slug)
  return product ? compareCard(locale, product, await alternativesOf(product)) : undefined
}
