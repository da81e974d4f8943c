import type { CollectionConfig } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { urlField } from '../fields/contact'
import { countryField } from '../fields/country'
import { locationField } from '../fields/location'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'
import { labels, optionsOf } from '../i18n/messages'

/** Partner clusters and organisations abroad. */
export const Partners: CollectionConfig = {
  slug: collections.partners,
  labels: {
    singular: labels('admin.partners.singular'),
    plural: labels('admin.partners.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', '_status'],
    group: labels('admin.group.cluster'),
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks(),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160 },
    slugField(),
    {
      name: 'kind',
      type: 'select',
      options: optionsOf('partnerKinds'),
      required: true,
      defaultValue: 'cluster',
    },
    {
      type: 'row',
      fields: [countryField({ name: 'country', required: true }), { name: 'city', type: 'text' }],
    },
    locationField(),
    urlField({ name: 'website' }),
    { name: 'logo', type: 'upload', relationTo: collections.media },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1200 },
    { name: 'cooperatingSince', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
  ],
}
