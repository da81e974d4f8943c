import type { CollectionConfig } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { urlField } from '../fields/contact'
import { countryField } from '../fields/country'
import { partnerKinds } from '@shared/options'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

/** Partner clusters and organisations abroad. */
export const Partners: CollectionConfig = {
  slug: collections.partners,
  labels: {
    singular: { en: 'Partner', bg: 'Партньор', de: 'Partner' },
    plural: { en: 'Partners', bg: 'Партньори', de: 'Partner' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', '_status'],
    group: { en: 'Cluster', bg: 'Клъстер', de: 'Cluster' },
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
      options: partnerKinds,
      required: true,
      defaultValue: 'cluster',
    },
    {
      type: 'row',
      fields: [countryField({ name: 'country', required: true }), { name: 'city', type: 'text' }],
    },
    urlField({ name: 'website' }),
    { name: 'logo', type: 'upload', relationTo: collections.media },
    { name: 'description', type: 'textarea', localized: true, maxLength: 1200 },
    { name: 'cooperatingSince', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
  ],
}
