import type { Category, Product } from '@cms/payload-types'
import type { Locale } from '@shared/locales'
import { slugPattern } from '@shared/validators'
import { t, type UiKey } from '../i18n/t'
import { countryName, languageName } from './format'
import { label, labels } from './labels'
import { priceText } from './price'
import { makerOf } from './relations'
import { urlFor } from './urls'
import type { CompareCard } from './compareSelection'

/**
 * Comparing products side by side. One comparison is a list of product slugs, in the URL as
 * `?p=a,b,c` (shareable); two products also have a pre-rendered page `compare/a--b/` for the
 * pairs each product page offers, so comparing works without JavaScript. Slugs never hold two
 * hyphens in a row (cms/shared/validators.ts), so `--` separates them unambiguously.
 */

/** How many ready-made comparisons each product page offers (pages: at most this × products). */
export const pairsPerProduct = 3
/**
 * How far along a category's list (ordered by industries) alternatives are looked for, each
 * way: a category of a large catalogue holds thousands of products, and scoring them all for
 * every product made 10,000 products take minutes instead of seconds.
 */
const window = 100

/** The pair page's key: the two slugs in name order, so a--b and b--a are one page. */
export const pairKey = (a: string, b: string): string => [a, b].sort().join('--')

/** The two slugs of a pair page's key, or undefined for anything else. */
export function pairOf(key: string): [string, string] | undefined {
  const parts = key.split('--')
  return parts.length === 2 && parts.every((p) => slugPattern.test(p)) && parts[0] < parts[1]
    ? [parts[0], parts[1]]
    : undefined
}

type Comparable = Pick<Product, 'id' | 'kind' | 'categories' | 'industries' | 'member'> & {
  slug: string
}

const idOf = (value: number | { id: number } | null | undefined) =>
  value !== null && typeof value === 'object' ? value.id : value

/**
 * The groups a product is found by, each with its weight: its categories (100), their parent
 * categories (30: an ERP is an alternative to another business application) and its industries
 * (1: only so that a product alone in its category still finds some).
 */
function groupsOf(p: Comparable): Map<string, number> {
  const groups = new Map<string, number>()
  for (const c of p.categories ?? []) {
    const category = typeof c === 'object' && c !== null ? c : undefined
    const parent = idOf(category?.parent as number | { id: number } | null | undefined)
    groups.set(`c:${idOf(c)}`, 100)
    groups.set(`p:${parent ?? idOf(c)}`, Math.max(groups.get(`p:${parent ?? idOf(c)}`) ?? 0, 30))
  }
  for (const i of p.industries ?? []) groups.set(`i:${i}`, 1)
  return groups
}

/**
 * Each product's nearest alternatives from other makers: products that share most of its
 * categories, then their parents, then its industries and its kind, ties by slug. Candidates
 * come from a window of each of the product's groups (`window` each way), so the work grows
 * linearly with the catalogue.
 */
export function nearestAlternatives<P extends Comparable>(
  products: readonly P[],
  count = pairsPerProduct,
): Map<string, P[]> {
  const byGroup = new Map<string, P[]>()
  const info = new Map<
    P,
    { groups: Map<string, number>; industries: Set<string>; maker: unknown; key: string }
  >()
  for (const p of products) {
    const groups = groupsOf(p)
    info.set(p, {
      groups,
      industries: new Set(p.industries ?? []),
      maker: idOf(makerOf(p) ?? (p.member as number | null)),
      key: `${[...(p.industries ?? [])].sort().join(',')} ${p.slug}`,
    })
    for (const id of groups.keys()) {
      const bucket = byGroup.get(id)
      if (bucket) bucket.push(p)
      else byGroup.set(id, [p])
    }
  }
  // Each group's products ordered by what they serve, so that a product's neighbours in the
  // list are the ones most like it; only a window around it is scored.
  const position = new Map<string, Map<P, number>>()
  for (const [id, bucket] of byGroup) {
    bucket.sort((a, b) => (info.get(a)!.key < info.get(b)!.key ? -1 : 1))
    position.set(id, new Map(bucket.map((p, i) => [p, i])))
  }
  const result = new Map<string, P[]>()
  for (const p of products) {
    const own = info.get(p)!
    const shared = new Map<P, number>()
    for (const [id, weight] of own.groups) {
      const bucket = byGroup.get(id)!
      const at = position.get(id)!.get(p)!
      const from = Math.max(0, at - window)
      for (const other of bucket.slice(from, Math.min(bucket.length, at + window + 1)))
        if (other !== p && info.get(other)!.maker !== own.maker)
          shared.set(other, (shared.get(other) ?? 0) + weight)
    }
    // The best `count` kept in one pass (no sort of all candidates: a category may hold
    // thousands); ties go to the smaller slug, so the choice does not depend on input order.
    const best: { other: P; score: number }[] = []
    for (const [other, groups] of shared) {
      let industries = 0
      for (const i of other.industries ?? []) if (own.industries.has(i)) industries++
      const score = groups + industries * 10 + (other.kind === p.kind ? 5 : 0)
      const worst = best[best.length - 1]
      if (
        best.length === count &&
        (score < worst.score || (score === worst.score && other.slug > worst.other.slug))
      )
        continue
      let at = best.findIndex(
        (b) => score > b.score || (score === b.score && other.slug < b.other.slug),
      )
      if (at === -1) at = best.length
      best.splice(at, 0, { other, score })
      if (best.length > count) best.pop()
    }
    result.set(
      p.slug,
      best.map((b) => b.other),
    )
  }
  return result
}

/** Every pair page to build: each product with each of its nearest alternatives, once. */
export function comparePairs<P extends Comparable>(
  alternatives: Map<string, P[]>,
  bySlug: Map<string, P>,
): [P, P][] {
  const pairs = new Map<string, [P, P]>()
  for (const [slug, others] of alternatives) {
    const product = bySlug.get(slug)
    if (!product) continue
    for (const other of others) {
      const key = pairKey(product.slug, other.slug)
      if (!pairs.has(key))
        pairs.set(key, product.slug < other.slug ? [product, other] : [other, product])
    }
  }
  return [...pairs.values()]
}

type CardProduct = Product & { slug: string }

/** A product's column of a comparison, in a locale. */
export function compareCard(
  locale: Locale,
  product: CardProduct,
  alternatives: readonly Pick<Product, 'slug' | 'name'>[] = [],
): CompareCard {
  const maker = makerOf(product)
  const categories = (product.categories ?? []).filter(
    (c): c is Category => typeof c === 'object' && c !== null,
  )
  const price = priceText(locale, product.price, (key, vars) => t(locale, key as UiKey, vars))
  const cells: CompareCard['cells'] = {
    kind: [label(locale, 'product.kind', product.kind)],
    maker: maker
      ? [{ text: maker.name, href: urlFor(locale, { kind: 'member', slug: maker.slug ?? '' }) }]
      : [],
    country: maker?.country ? [countryName(locale, maker.country)] : [],
    categories: categories.map((c) => c.name),
    industries: labels(locale, 'industry', product.industries),
    deployment: labels(locale, 'deployment', product.deployment),
    price: price ? [price] : [],
    pricing: product.pricingModel ? [label(locale, 'pricing', product.pricingModel)] : [],
    supportedLanguages: (product.supportedLanguages ?? []).map((l) => languageName(locale, l)),
    certifications: product.certifications ?? [],
    references: referencesOf(locale, product.references).map((r) => ({
      meta: r.where,
      text: r.outcome,
    })),
  }
  return {
    slug: product.slug,
    name: product.name,
    url: urlFor(locale, { kind: 'product', slug: product.slug }),
    summary: product.summary,
    cells,
    alternatives: alternatives.map((a) => ({ slug: a.slug ?? '', name: a.name })),
  }
}

type References = Product['references']

/** References as the portal shows them: "Manufacturing · Germany" and the outcome. */
export const referencesOf = (locale: Locale, references: References) =>
  (references ?? []).map((r) => ({
    where: [label(locale, 'industry', r.sector), countryName(locale, r.country)].join(' · '),
    outcome: r.outcome,
  }))
