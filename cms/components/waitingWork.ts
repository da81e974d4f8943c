/**
 * What waits for staff, counted for the dashboard (StaffDashboard.tsx): new inquiries,
 * applications by status, and member edits awaiting review. Each count comes with the address
 * of the admin list filtered to exactly those documents.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { isStaffUser } from '../access/roles'
import { applicationStatuses } from '@shared/options'
import { collections } from '@shared/slugs'

type Id = number | string
export type Reviewed = 'members' | 'products' | 'cooperation'
export const reviewed: readonly Reviewed[] = [
  collections.members,
  collections.products,
  collections.cooperation,
]

export type Count = { count: number; href: string }
export type WaitingWork = {
  newInquiries: Count
  applications: ({ status: (typeof applicationStatuses)[number] } & Count)[]
  edits: ({ collection: Reviewed } & Count)[]
}

/** `where[status][equals]=new` and friends, as Payload's list view reads them (qs syntax). */
function listHref(admin: string, collection: string, where: Record<string, unknown>): string {
  const params = new URLSearchParams()
  const add = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner)
    else params.append(prefix, String(value))
  }
  for (const [key, value] of Object.entries(where)) add(`where[${key}]`, value)
  return `${admin}/collections/${collection}?${params}`
}

/**
 * Documents whose latest version is a draft saved after the published one: a member's edit
 * that staff have not published yet. (Payload leaves the published row as it is when a draft
 * is saved over it, and marks the newest version `latest`.)
 */
export async function editsAwaitingReview(
  payload: Payload,
  collection: Reviewed,
  user: TypedUser,
): Promise<Id[]> {
  // As the staff member: the dashboard is request-serving code.
  const as = { user, overrideAccess: false } as const
  const drafts = await payload.findVersions({
    collection,
    where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
    pagination: false,
    depth: 0,
    select: { parent: true } as never,
    ...as,
  })
  const parents = drafts.docs.map((v) => v.parent as Id)
  if (!parents.length) return []
  const published = await payload.find({
    collection,
    where: { and: [{ id: { in: parents } }, { _status: { equals: 'published' } }] } as Where,
    pagination: false,
    depth: 0,
    select: {},
    ...as,
  })
  return published.docs.map((d) => d.id)
}

/** What the dashboard shows this user: the waiting work for staff, nothing for anyone else. */
export const dashboardWork = (payload: Payload, user: TypedUser | null | undefined) =>
  user && isStaffUser(user) ? waitingWork(payload, user) : Promise.resolve(null)

/** Everything the dashboard counts, with the filtered list of each. */
export async function waitingWork(payload: Payload, user: TypedUser): Promise<WaitingWork> {
  const admin = payload.config.routes.admin
  const count = async (collection: 'inquiries' | 'applications', where: Where) =>
    (await payload.count({ collection, where, user, overrideAccess: false })).totalDocs
  const [newInquiries, applications, edits] = await Promise.all([
    count(collections.inquiries, { status: { equals: 'new' } }),
    Promise.all(
      applicationStatuses.map(async (status) => ({
        status,
        count: await count(collections.applications, { status: { equals: status } }),
        href: listHref(admin, collections.applications, { status: { equals: status } }),
      })),
    ),
    Promise.all(
      reviewed.map(async (collection) => {
        const ids = await editsAwaitingReview(payload, collection, user)
        // The list shows each document's latest version: filtering on its status and ids
        // lists exactly these edits.
        const where = { _status: { equals: 'draft' }, id: { in: ids.length ? ids : [0] } }
        return { collection, count: ids.length, href: listHref(admin, collection, where) }
      }),
    ),
  ])
  return {
    newInquiries: {
      count: newInquiries,
      href: listHref(admin, collections.inquiries, { status: { equals: 'new' } }),
    },
    applications,
    edits,
  }
}
