import type { CheckboxField, RelationshipField } from 'payload'

import { companyOf } from '../access/roles'
import { nobodyField, staffField } from '../access/rules'
import { labels } from '../i18n/messages'
import { collections } from '@shared/slugs'

/**
 * The member company that uploaded a file, set automatically for member users, so a company
 * can replace its own logo and product images but nobody else's.
 */
export const uploadOwnerField = (): RelationshipField => ({
  name: 'owner',
  type: 'relationship',
  relationTo: collections.members,
  index: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: labels('admin.field.owner.description'),
  },
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

/**
 * Whether anonymous visitors may list and fetch a file: staff may mark it public; otherwise it
 * is public while a published document uses it (kept by cms/hooks/publicUploads.ts).
 */
export const uploadVisibilityFields = (): CheckboxField[] => [
  {
    name: 'public',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { create: staffField, update: staffField },
    admin: {
      position: 'sidebar',
      description: labels('admin.field.public.description'),
    },
  },
  {
    name: 'usedByPublished',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    // Kept by hooks through the database adapter; nobody sets it through the API.
    access: { create: nobodyField, update: nobodyField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: labels('admin.field.usedByPublished.description'),
    },
  },
]
