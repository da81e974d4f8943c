import type { Access, RelationshipField } from 'payload'

import { companyOf, isStaffUser } from '../access/roles'
import { collections } from '../slugs'

/**
 * The member company that uploaded a file, set automatically for member users, so a company
 * can replace its own logo and product images but nobody else's.
 */
export const uploadOwnerField = (): RelationshipField => ({
  name: 'owner',
  type: 'relationship',
  relationTo: collections.members,
  index: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Set for uploads by member users.' },
  hooks: {
    beforeChange: [
      ({ req, value, operation, originalDoc }) => {
        const company = companyOf(req.user)
        if (company === null) return value
        return operation === 'create' ? company : originalDoc?.owner
      },
    ],
  },
})

export const ownUploadOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const company = companyOf(req.user)
  return company === null ? false : { owner: { equals: company } }
}
