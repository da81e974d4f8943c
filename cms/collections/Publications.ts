import type { CollectionConfig } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'
import { labels, optionsOf } from '../i18n/messages'

/** Strategy publications: the cluster's strategies, market studies, reports and briefs. */
export const Publications: CollectionConfig = {
  slug: collections.publications,
  labels: {
    singular: labels('admin.publications.singular'),
    plural: labels('admin.publications.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', '_status'],
    group: labels('admin.group.cluster'),
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks(),
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField({ from: 'title' }),
    { name: 'kind', type: 'select', options: optionsOf('publicationKinds'), required: true },
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'authors', type: 'text', hasMany: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'file',
      type: 'upload',
      relationTo: collections.documents,
      localized: true,
      admin: { description: labels('admin.publications.file.description') },
    },
    { name: 'cover', type: 'upload', relationTo: collections.media },
  ],
}
