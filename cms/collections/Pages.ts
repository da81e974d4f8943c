import type { CollectionConfig } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { isReservedPageSlug } from '../reservedSlugs'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'
import { labels } from '../i18n/messages'

/** Standing pages: about, membership benefits, contact, privacy. */
export const Pages: CollectionConfig = {
  slug: collections.pages,
  labels: {
    singular: labels('admin.pages.singular'),
    plural: labels('admin.pages.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: labels('admin.group.cluster'),
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks(),
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    slugField({ from: 'title', reserved: isReservedPageSlug }),
    { name: 'body', type: 'richText', localized: true },
  ],
}
