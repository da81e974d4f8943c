import type { Locale } from '@shared/locales'
import { compareCard, comparePairs, nearestAlternatives } from './compare'
import type { CompareCard } from './compareSelection'
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

const pairCards = new WeakMap<Entry<'products'>, CompareCard>()

/**
 * A product's column on the pair pages (without alternatives), made once per build: its pair
 * pages' keys and renders each ask for it, about a dozen times per product and locale.
 */
export function pairCard(product: Entry<'products'>): CompareCard {
  let card = pairCards.get(product)
  if (!card) pairCards.set(product, (card = compareCard(product.locale, product)))
  return card
}
