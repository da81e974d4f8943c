import type { CollectionConfig } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { publicationKinds } from '@shared/options'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

/** Strategy publications: the cluster's strategies, market studies, reports and briefs. */
export const Publications: CollectionConfig = {
  slug: collections.publications,
  labels: {
    singular: { en: 'Publication', bg: 'Публикация', de: 'Publikation' },
    plural: { en: 'Publications', bg: 'Публикации', de: 'Publikationen' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', '_status'],
    group: { en: 'Cluster', bg: 'Клъстер', de: 'Cluster' },
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks(),
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    slugField({ from: 'title' }),
    { name: 'kind', type: 'select', options: publicationKinds, required: true },
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
      admin: { description: 'The PDF in this language; falls back to the English one.' },
    },
    { name: 'cover', type: 'upload', relationTo: collections.media },
  ],
}
