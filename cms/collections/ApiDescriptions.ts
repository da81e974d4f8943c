import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { staffOrMember } from '../access/rules'
import { ownUploadOrStaff, publicOwnUploadOrStaff } from '../access/uploads'
import { uploadOwnerField, uploadVisibilityFields } from '../fields/uploadOwner'
import { fileRebuildHooks } from '../hooks/queueRebuild'
import { enforceUploadLimits } from '../hooks/uploadLimits'
import { apiMimeTypeFromName } from '../interfaces/mimeTypeFromName'
import { validateApiDescription } from '../interfaces/validateApiDescription'
import { uploadsDir } from '../paths'
import { collections } from '@shared/slugs'
import { labels, optionsOf } from '../i18n/messages'

/** Media types an OpenAPI or AsyncAPI description arrives as (JSON or YAML). */
export const apiDescriptionMimeTypes = [
  'application/json',
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
  'text/plain',
]

/**
 * OpenAPI 3.x and AsyncAPI documents uploaded with a product's interface (step 8). Each is
 * validated with a maintained parser when saved; the validated, parsed document is kept in
 * `document` so the portal renders its reference page at build time without reading files.
 */
export const ApiDescriptions: CollectionConfig = {
  slug: collections.apiDescriptions,
  labels: {
    singular: labels('admin.apiDescriptions.singular'),
    plural: labels('admin.apiDescriptions.plural'),
  },
  admin: {
    useAsTitle: 'title',
    group: labels('admin.group.files'),
    // Without a list of its own, Payload's list shows every field, the parsed document too.
    defaultColumns: ['title', 'format', 'specVersion', 'filename', 'owner', 'updatedAt'],
  },
  access: {
    read: publicOwnUploadOrStaff,
    create: staffOrMember,
    update: ownUploadOrStaff,
    delete: ownUploadOrStaff,
  },
  hooks: {
    ...fileRebuildHooks(),
    beforeOperation: [
      apiMimeTypeFromName,
      enforceUploadLimits({
        maxBytes: 2 * 1024 * 1024,
        mimeTypes: apiDescriptionMimeTypes,
        label: 'OpenAPI / AsyncAPI (JSON, YAML)',
      }),
      validateApiDescription,
    ],
  },
  upload: {
    staticDir: path.join(uploadsDir(), 'api-descriptions'),
    mimeTypes: apiDescriptionMimeTypes,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: labels('admin.apiDescriptions.title.description') },
    },
    {
      name: 'format',
      type: 'select',
      options: optionsOf('apiFormats'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'specVersion', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
    // The parsed document, set by the validation hook; never edited by hand.
    { name: 'document', type: 'json', admin: { hidden: true } },
    uploadOwnerField(),
    ...uploadVisibilityFields(),
  ],
}
