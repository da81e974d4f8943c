import type { Member, Product } from '@cms/payload-types'

/**
 * The member that makes a product, as the loader populated it (site/lib/loader.ts: id, name,
 * slug, country, city, logo), or undefined when the relation holds only an id. The one way the
 * product → member link is read, by pages, JSON-LD and open data alike.
 */
export function makerOf(product: Pick<Product, 'member'>): Member | undefined {
  const member = product.member
  return member !== null && typeof member === 'object' ? member : undefined
}

/** The id of a product's maker, whether the relation is populated or not. */
const makerId = (product: Pick<Product, 'member'>): Member['id'] | null | undefined =>
  typeof product.member === 'object' ? product.member?.id : product.member

/**
 * Products grouped by the id of their maker, in the order given: one pass, so that a thousand
 * members do not each scan ten thousand products.
 */
export function productsByMaker<P extends Pick<Product, 'member'>>(
  products: P[],
): Map<Member['id'], P[]> {
  // Ids are numbers on SQLite and strings on MongoDB (whatever the generated type says), so
  // they are compared as they come, never converted.
  const groups = new Map<Member['id'], P[]>()
  for (const product of products) {
    const id = makerId(product)
    if (id === null || id === undefined) continue
    const group = groups.get(id)
    if (group) group.push(product)
    else groups.set(id, [product])
  }
  return groups
}
