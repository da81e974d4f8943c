/**
 * Profile completeness (step 8): how much of what an international buyer looks for a member's
 * profile and its products give, as a score from 0 to 100 and the list of what is missing, each
 * gap with the field that fills it and the points it would add. Pure: it reads documents as the
 * Local API returns them with `locale: 'all'` (every localized field as `{ en, bg, de }`, images
 * populated with their alt texts) and never stores anything. The score is private: it is
 * computed on demand for the member itself and for staff (./load.ts), never kept in a field, the
 * public API or the portal.
 *
 * The criteria and their weights are in ./weights.ts (with the table of what each is worth), a
 * member's own criteria in ./member.ts, a product's in ./product.ts, and what both share (gaps,
 * shares, how they are weighed) in ./gaps.ts. This file adds them up, and is what the rest of
 * the CMS imports.
 */
import type { Locale } from '@shared/locales'

import { apply, byPoints, type Id, type Missing, type Score } from './gaps'
import { memberChecks, type MemberInput } from './member'
import { productChecks, type ProductInput } from './product'
import { memberWeights, productWeights } from './weights'

export { hasText, type Missing } from './gaps'
export type { MemberInput } from './member'
export type { ProductInput } from './product'
export { memberWeights, productWeights } from './weights'

export type ProductScore = Score & { id: Id; name: string }
export type MemberScore = Score & {
  id: Id
  name: string
  /** The profile's own criteria (without products), out of the 68 points they weigh. */
  profile: Score
  products: ProductScore[]
}

export function scoreProduct(product: ProductInput, locales: readonly Locale[]): ProductScore {
  const { exact, missing } = apply(product, productChecks, productWeights, locales)
  return {
    id: product.id,
    name: String(product.name ?? ''),
    score: Math.round(exact),
    exact,
    missing: missing.sort(byPoints),
  }
}

/**
 * A member's score: its profile's criteria, and its products' mean score for the products'
 * 32 points. Each product's gaps are listed under the member too, worth what they would add to
 * the member's score (a product gap of 10 points among 4 products adds 32 × 10 / 100 / 4).
 */
export function scoreMember(
  member: MemberInput,
  products: ProductInput[],
  locales: readonly Locale[],
): MemberScore {
  const own = apply(member, memberChecks, memberWeights, locales)
  const scored = products.map((p) => scoreProduct(p, locales))
  const weight = memberWeights.products
  const productsExact = scored.length
    ? (weight * scored.reduce((sum, p) => sum + p.exact, 0)) / (100 * scored.length)
    : 0
  const productGaps: Missing[] = scored.length
    ? scored.flatMap((p) =>
        p.missing.map((m) => ({ ...m, points: (weight * m.points) / (100 * scored.length) })),
      )
    : [{ criterion: 'products', collection: 'products', id: member.id, field: '', points: weight }]
  const exact = own.exact + productsExact
  const ownWeight = 100 - weight
  return {
    id: member.id,
    name: String(member.name ?? ''),
    score: Math.round(exact),
    exact,
    missing: [...own.missing, ...productGaps].sort(byPoints),
    profile: {
      score: Math.round((100 * own.exact) / ownWeight),
      exact: own.exact,
      missing: own.missing.sort(byPoints),
    },
    products: scored,
  }
}
