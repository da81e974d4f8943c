import type { Member } from '../../cms/payload-types'

/**
 * The countries the inquiry form suggests first besides the visitor's own: the cluster's home
 * country (where most published members are) and its main export markets, those that at least
 * a quarter of the published members name, at most six, most named first. Derived from the
 * data so that another cluster's portal suggests its own markets; on the demo data: BG, then
 * DE, RO, GR, AT, GB, MK.
 *
 * @example clusterMarkets([{ country: 'BG', exportMarkets: ['DE'] }]) // ['BG', 'DE']
 */
export function clusterMarkets(
  members: readonly Pick<Member, 'country' | 'exportMarkets'>[],
): string[] {
  // Every page with an inquiry form asks, with the same list of a locale's members: counting
  // them was 6 % of rendering a product page at 10,000 products.
  const known = counted.get(members) ?? countMarkets(members)
  counted.set(members, known)
  return [...known]
}

const counted = new WeakMap<readonly object[], string[]>()

function countMarkets(members: readonly Pick<Member, 'country' | 'exportMarkets'>[]): string[] {
  const home = mostNamed(members.map((m) => [m.country]))[0]
  const markets = mostNamed(members.map((m) => m.exportMarkets))
    .filter(([, count]) => count * 4 >= members.length)
    .slice(0, 6)
  return [...new Set([home?.[0], ...markets.map(([code]) => code)])].filter(
    (code): code is string => !!code,
  )
}

/** Codes with how many members name them, most first, then by code (a stable order). */
function mostNamed(lists: (readonly (string | null | undefined)[] | null | undefined)[]) {
  const counts = new Map<string, number>()
  for (const list of lists) {
    for (const code of new Set(list ?? [])) {
      if (code) counts.set(code.toUpperCase(), (counts.get(code.toUpperCase()) ?? 0) + 1)
    }
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
}
