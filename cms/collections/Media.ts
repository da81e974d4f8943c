import path from 'node:path'

import type { CollectionConfig, PayloadRequest } from 'payload'

import { staffOrMember } from '../access/rules'
import { ownUploadOrStaff, publicOwnUploadOrStaff } from '../access/uploads'
import { uploadOwnerField, uploadVisibilityFields } from '../fields/uploadOwner'
import { fileRebuildHooks } from '../hooks/queueRebuild'
import { enforceUploadLimits } from '../hooks/uploadLimits'
import { labels, message } from '../i18n/messages'
import { defaultLocale } from '@shared/locales'
import { uploadsDir } from '../paths'
import { collections } from '@shared/slugs'

export const imageMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/svg+xml',
]

/** Images. sharp makes WebP variants for responsive `srcset`s; editors set the focal point. */
export const Media: CollectionConfig = {
  slug: collections.media,
  labels: {
    singular: labels('admin.media.singular'),
    plural: labels('admin.media.plural'),
  },
  admin: { useAsTitle: 'filename', group: labels('admin.group.files') },
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
        maxBytes: 10 * 1024 * 1024,
        mimeTypes: imageMimeTypes,
        label: 'JPEG, PNG, WebP, AVIF, SVG',
      }),
    ],
  },
  upload: {
    staticDir: path.join(uploadsDir(), 'media'),
    mimeTypes: imageMimeTypes,
    focalPoint: true,
    crop: true,
    imageSizes: [400, 800, 1600].map((width) => ({
      name: `w${width}`,
      width,
      withoutEnlargement: true,
      formatOptions: { format: 'webp' as const, options: { quality: 80 } },
    })),
    adminThumbnail: 'w400',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 300,
      admin: { description: labels('admin.media.alt.description') },
      validate: (
        value: unknown,
        { req, operation }: { req: PayloadRequest; operation?: string },
      ) => {
        const locale = (req as { locale?: string }).locale
        const mustHave = operation === 'create' || !locale || locale === defaultLocale
        return !mustHave || (typeof value === 'string' && value.trim())
          ? true
          : message(req, 'altRequired')
      },
    },
    uploadOwnerField(),
    ...uploadVisibilityFields(),
  ],
}
