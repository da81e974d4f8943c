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
 * Documents whose latest version a member submitted for review and staff have not published
 * yet: what the review queue (/admin/review, cms/review/queue.ts) lists, new documents included.
 * A draft a member saved without submitting is still being written, so it does not count.
 */
export async function editsAwaitingReview(
  payload: Payload,
  collection: Reviewed,
  user: TypedUser,
): Promise<Id[]> {
  // As the staff member: the dashboard is request-serving code. `draft: true` reads each
  // document's latest version, where the flag lives (a draft never changes the published row).
  const { docs } = await payload.find({
    collection,
    draft: true,
    where: { reviewRequested: { equals: true } },
    pagination: false,
    depth: 0,
    select: {},
    user,
    overrideAccess: false,
  })
  return docs.map((d) => d.id)
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
        // The list shows each document's latest version, so the flag filters exactly these.
        const where = { reviewRequested: { equals: true } }
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
