import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { companyOf, isAdminUser, isMemberUser, isStaffUser } from './roles'

const published: Where = { _status: { equals: 'published' } }

/** Nobody through the API; seed and server code use overrideAccess. */
export const nobody: Access = () => false
export const anyone: Access = () => true

export const admins: Access = ({ req }) => isAdminUser(req.user)
export const staff: Access = ({ req }) => isStaffUser(req.user)
export const staffField: FieldAccess = ({ req }) => isStaffUser(req.user)
export const adminField: FieldAccess = ({ req }) => isAdminUser(req.user)
/** Fields kept by hooks through the database adapter; nobody sets them through the API. */
export const nobodyField: FieldAccess = () => false

/** Whether the admin panel opens at all: for any logged-in user. */
export const loggedIn = ({ req }: { req: PayloadRequest }) => Boolean(req.user)

/** Users collection: admins see and change every account, everyone else only their own. */
export const adminOrSelf: Access = ({ req }) =>
  isAdminUser(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false

/** Public collections: staff read everything, everyone else the published documents. */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : published)

/**
 * Collections a member company owns through a `member` field (products, cooperation posts):
 * a member user also reads its own drafts, never another company's.
 */
export const publishedOwnOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? published : { or: [published, { member: { equals: company } }] }
}

/** Staff, or a member user for documents of its own company. */
export const ownCompanyOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? false : { member: { equals: company } }
}

/** Members collection: the company itself is the document. */
export const publishedOwnProfileOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? published : { or: [published, { id: { equals: company } }] }
}

export const ownProfileOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? false : { id: { equals: company } }
}

/** Versions (drafts and history) are not public. */
export const ownVersionsOrStaff =
  (ownership: 'version.member' | 'parent'): Access =>
  ({ req }) => {
    if (isStaffUser(req.user)) return true
    const company = companyOf(req.user)
    if (company === null) return false
    return { [ownership]: { equals: company } }
  }

export const staffOrMember: Access = ({ req }) => isStaffUser(req.user) || isMemberUser(req.user)

/** Public collections that only staff edit (events, publications, partners, pages, categories). */
export const staffEditedPublic = {
  read: publishedOrStaff,
  readVersions: staff,
  create: staff,
  update: staff,
  delete: staff,
}

/** Public collections a member company owns through a `member` field (products, cooperation). */
export const memberOwned = {
  read: publishedOwnOrStaff,
  readVersions: ownVersionsOrStaff('version.member'),
  create: staffOrMember,
  update: ownCompanyOrStaff,
  delete: staff,
}
