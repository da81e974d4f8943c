import { collections } from '@shared/slugs'

/** The collections a member company edits and staff review before the portal shows it. */
export const reviewedCollections = [
  collections.members,
  collections.products,
  collections.cooperation,
] as const
export type ReviewedCollection = (typeof reviewedCollections)[number]

export const isReviewed = (slug: string): slug is ReviewedCollection =>
  (reviewedCollections as readonly string[]).includes(slug)

/** The title field of each reviewed collection (its admin `useAsTitle`). */
export const titleField: Record<ReviewedCollection, 'name' | 'title'> = {
  members: 'name',
  products: 'name',
  cooperation: 'title',
}
