import type { CollectionConfig } from 'payload'

import { memberOwned, staffField } from '../access/rules'
import { slugField } from '../fields/slug'
import {
  assignOwnCompany,
  keepMemberEditsAsDrafts,
  keepStaffFieldsOnRestore,
  memberRestoreAsDraft,
} from '../hooks/memberDrafts'
import { rebuildHooks } from '../hooks/queueRebuild'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'
import { labels, optionsOf } from '../i18n/messages'

/** Offers and requests members post to find partners for joint projects. */
export const Cooperation: CollectionConfig = {
  slug: collections.cooperation,
  labels: {
    singular: labels('admin.cooperation.singular'),
    plural: labels('admin.cooperation.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'member', 'type', 'validUntil', '_status'],
    group: labels('admin.group.cluster'),
  },
  access: memberOwned,
  versions: publicVersions,
  endpoints: [memberRestoreAsDraft],
  hooks: {
    ...rebuildHooks({ beforeChange: [assignOwnCompany, keepStaffFieldsOnRestore] }),
    beforeOperation: [keepMemberEditsAsDrafts],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    slugField({ from: 'title' }),
    {
      name: 'member',
      type: 'relationship',
      relationTo: collections.members,
      required: true,
      index: true,
      access: { update: staffField },
      admin: { position: 'sidebar' },
    },
    { name: 'type', type: 'select', options: optionsOf('cooperationTypes'), required: true },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'audience',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      admin: { description: labels('admin.cooperation.audience.description') },
    },
    { name: 'categories', type: 'relationship', relationTo: collections.categories, hasMany: true },
    {
      name: 'validUntil',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ],
}
