import type { GlobalConfig } from 'payload'

import { admins, anyone, staff } from '../access/rules'
import { emailField, urlField } from '../fields/contact'
import { rememberSettingsUses, updatePublicUploadsOfSettings } from '../hooks/publicUploads'
import { queueRebuildAfterGlobalChange } from '../hooks/queueRebuild'
import { globals, collections } from '@shared/slugs'
import { labels } from '../i18n/messages'

/** The cluster's own name, contact and social links: read by every page of the portal. */
export const Settings: GlobalConfig = {
  slug: globals.settings,
  label: labels('admin.settings.label'),
  admin: { group: labels('admin.group.administration') },
  // Payload lets any logged-in user read a global's history by default; it is staff's.
  access: { read: anyone, readVersions: staff, update: admins },
  versions: { max: 20 },
  hooks: {
    beforeChange: [rememberSettingsUses],
    afterChange: [queueRebuildAfterGlobalChange, updatePublicUploadsOfSettings],
  },
  fields: [
    { name: 'clusterName', type: 'text', required: true, maxLength: 120 },
    { name: 'tagline', type: 'text', localized: true, maxLength: 200 },
    {
      name: 'contact',
      type: 'group',
      fields: [
        emailField({ name: 'email' }),
        { name: 'phone', type: 'text', maxLength: 40 },
        { name: 'address', type: 'textarea', localized: true, maxLength: 300 },
      ],
    },
    {
      name: 'social',
      type: 'array',
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['linkedin', 'x', 'facebook', 'youtube', 'instagram', 'github', 'mastodon'],
        },
        urlField({ name: 'url', required: true }),
      ],
    },
    { name: 'defaultShareImage', type: 'upload', relationTo: collections.media },
  ],
}
