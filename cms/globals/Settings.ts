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
    {
      // What the membership page sells with: each list is per language (localized arrays), as
      // a fee's wording, a step's timing or a quote's translation differ by language anyway.
      name: 'membership',
      type: 'group',
      admin: { description: labels('admin.settings.membership.description') },
      fields: [
        {
          name: 'fees',
          type: 'array',
          localized: true,
          maxRows: 10,
          fields: [
            { name: 'sizeClass', type: 'text', required: true, maxLength: 80 },
            { name: 'amount', type: 'text', required: true, maxLength: 80 },
            { name: 'note', type: 'text', maxLength: 200 },
          ],
        },
        {
          name: 'steps',
          type: 'array',
          localized: true,
          maxRows: 8,
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: 100 },
            { name: 'timing', type: 'text', maxLength: 60 },
            { name: 'text', type: 'textarea', maxLength: 400 },
          ],
        },
        {
          name: 'testimonials',
          type: 'array',
          localized: true,
          maxRows: 6,
          fields: [
            { name: 'quote', type: 'textarea', required: true, maxLength: 500 },
            { name: 'name', type: 'text', required: true, maxLength: 100 },
            { name: 'role', type: 'text', maxLength: 120 },
            { name: 'member', type: 'relationship', relationTo: collections.members },
          ],
        },
        {
          name: 'faq',
          type: 'array',
          localized: true,
          maxRows: 20,
          fields: [
            { name: 'question', type: 'text', required: true, maxLength: 200 },
            { name: 'answer', type: 'textarea', required: true, maxLength: 1000 },
          ],
        },
      ],
    },
  ],
}
