import type { Access, Where } from 'payload'

import { companyOf, isStaffUser } from './roles'

/**
 * Uploads (media, documents) carry the member company that uploaded them (`owner`, from
 * cms/fields/uploadOwner.ts), so a company can replace its own logo and product images but
 * nobody else's.
 */
export const ownUploadOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? false : { owner: { equals: company } }
}

/** Marked public by staff, or used by a published document (kept by cms/hooks/publicUploads.ts). */
const publicUpload: Where = {
  or: [{ public: { equals: true } }, { usedByPublished: { equals: true } }],
}

/** Staff read every file, a member company its own and the public ones, visitors the public. */
export const publicOwnUploadOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? publicUpload : { or: [publicUpload, { owner: { equals: company } }] }
}
