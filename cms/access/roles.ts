import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'member'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user']

/** The role of a logged-in user of the `users` collection, or null for anonymous visitors. */
export const roleOf = (user: MaybeUser): Role | null =>
  user && user.collection === 'users' ? ((user as { role?: Role }).role ?? null) : null

export const isAdminUser = (user: MaybeUser) => roleOf(user) === 'admin'

/** Staff are the cluster's own people: admins and editors. */
export const isStaffUser = (user: MaybeUser) => {
  const role = roleOf(user)
  return role === 'admin' || role === 'editor'
}

export const isMemberUser = (user: MaybeUser) => roleOf(user) === 'member'

/** The id of the member company a member user belongs to, or null. */
export const companyOf = (user: MaybeUser): number | string | null => {
  if (!isMemberUser(user)) return null
  const company = (user as { company?: unknown }).company
  if (company && typeof company === 'object' && 'id' in company) {
    return (company as { id: number | string }).id
  }
  return (company as number | string | undefined) ?? null
}
