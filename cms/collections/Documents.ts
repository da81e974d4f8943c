import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { staffOrMember } from '../access/rules'
import { ownUploadOrStaff, publicOwnUploadOrStaff } from '../access/uploads'
import { uploadOwnerField, uploadVisibilityFields } from '../fields/uploadOwner'
import { fileRebuildHooks } from '../hooks/queueRebuild'
import { enforceUploadLimits } from '../hooks/uploadLimits'
import { uploadsDir } from '../paths'
import { collections } from '@shared/slugs'
import { labels } from '../i18n/messages'

/** PDFs: publication files per language and product brochures. */
export const Documents: CollectionConfig = {
  slug: collections.documents,
  labels: {
    singular: labels('admin.documents.singular'),
    plural: labels('admin.documents.plural'),
  },
  admin: { useAsTitle: 'title', group: labels('admin.group.files') },
  access: {
    read: publicOwnUploadOrStaff,
    create: staffOrMember,
    update: ownUploadOrStaff,
    delete: ownUploadOrStaff,
  },
  hooks: {
    ...fileRebuildHooks(),
    beforeOperation: [
      enforceUploadLimits({
        maxBytes: 20 * 1024 * 1024,
        mimeTypes: ['application/pdf'],
        label: 'PDF',
      }),
    ],
  },
  upload: {
    staticDir: path.join(uploadsDir(), 'documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    uploadOwnerField(),
    ...uploadVisibilityFields(),
  ],
}
