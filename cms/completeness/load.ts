/**
 * Completeness computed on request, never stored: for a member user its own company and
 * products, for staff every member. Reads the latest version of each document (what the member
 * sees in its edit view, drafts awaiting review included) with the requester's own access, in
 * every locale, and scores it with ./score.ts. Anyone else gets null and nothing is read.
 */
import type { Payload, PopulateType, SelectType, TypedUser } from 'payload'

import { companyOf, isStaffUser } from '../access/roles'
import { localeCodes } from '@shared/locales'
import { collections } from '@shared/slugs'
import {
  scoreMember,
  scoreProduct,
  type MemberInput,
  type MemberScore,
  type ProductInput,
  type ProductScore,
} from './score'

type Id = number | string
type User = TypedUser | null | undefined

const memberSelect = {
  name: true,
  tagline: true,
  description: true,
  logo: true,
  contact: true,
  website: true,
  city: true,
  location: true,
  sectors: true,
  exportMarkets: true,
  languages: true,
  certifications: true,
  references: true,
  founded: true,
  employees: true,
} satisfies SelectType

const productSelect = {
  name: true,
  member: true,
  summary: true,
  description: true,
  categories: true,
  industries: true,
  images: true,
  price: true,
  pricingModel: true,
  deployment: true,
  supportedLanguages: true,
  certifications: true,
  references: true,
  brochure: true,
  interfaces: true,
  integrations: true,
} satisfies SelectType

// Only what the score reads of related documents: alt texts of images, protocols' names.
const populate = {
  [collections.media]: { alt: true },
  [collections.protocols]: { name: true },
  [collections.products]: { name: true },
  [collections.categories]: { slug: true },
  [collections.documents]: { filename: true },
  [collections.apiDescriptions]: { title: true },
} satisfies PopulateType

/** Latest versions, every locale, one level of relations, as the requester may read them. */
const readAs = (user: User) =>
  ({
    user,
    overrideAccess: false,
    draft: true,
    locale: 'all',
    depth: 1,
    populate,
  }) as const

/** Whether this user may see this member's score: staff, or a user of that member. */
export const mayScore = (user: User, member: Id) =>
  isStaffUser(user ?? null) || String(companyOf(user ?? null)) === String(member)

const memberOf = (product: { member?: unknown }) =>
  product.member && typeof product.member === 'object'
    ? (product.member as { id: Id }).id
    : (product.member as Id | undefined)

export async function memberCompleteness(
  payload: Payload,
  user: User,
  member: Id,
): Promise<MemberScore | null> {
  if (!mayScore(user, member)) return null
  const profile = await payload
    .findByID({
      collection: collections.members,
      id: member,
      select: memberSelect,
      ...readAs(user),
    })
    .catch(() => null)
  if (!profile) return null
  const { docs } = await payload.find({
    collection: collections.products,
    where: { member: { equals: member } },
    select: productSelect,
    sort: 'name',
    pagination: false,
    ...readAs(user),
  })
  return scoreMember(
    profile as unknown as MemberInput,
    docs as unknown as ProductInput[],
    localeCodes,
  )
}

export async function productCompleteness(
  payload: Payload,
  user: User,
  product: Id,
): Promise<ProductScore | null> {
  if (!user) return null
  const doc = await payload
    .findByID({
      collection: collections.products,
      id: product,
      select: productSelect,
      ...readAs(user),
    })
    .catch(() => null)
  // A member may read other companies' published products, but not their scores.
  if (!doc || !mayScore(user, memberOf(doc) ?? '')) return null
  return scoreProduct(doc as unknown as ProductInput, localeCodes)
}

/** Every member with its score, lowest first (who needs a hand first): staff only. */
export async function everyMemberCompleteness(
  payload: Payload,
  user: User,
): Promise<MemberScore[] | null> {
  if (!isStaffUser(user ?? null)) return null
  const [members, products] = await Promise.all([
    payload.find({
      collection: collections.members,
      select: memberSelect,
      pagination: false,
      ...readAs(user),
    }),
    payload.find({
      collection: collections.products,
      select: productSelect,
      sort: 'name',
      pagination: false,
      ...readAs(user),
    }),
  ])
  const byMember = new Map<string, ProductInput[]>()
  for (const p of products.docs) {
    const key = String(memberOf(p))
    byMember.set(key, [...(byMember.get(key) ?? []), p as unknown as ProductInput])
  }
  return members.docs
    .map((m) =>
      scoreMember(m as unknown as MemberInput, byMember.get(String(m.id)) ?? [], localeCodes),
    )
    .sort((a, b) => a.exact - b.exact || a.name.localeCompare(b.name))
}
