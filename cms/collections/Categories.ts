import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { labels, message } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

/** A two-level taxonomy: top-level sectors and the categories within them. */
export const Categories: CollectionConfig = {
  slug: collections.categories,
  labels: {
    singular: labels('admin.categories.singular'),
    plural: labels('admin.categories.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'slug'],
    group: labels('admin.group.catalogue'),
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks(),
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 80 },
    slugField(),
    { name: 'description', type: 'textarea', localized: true, maxLength: 400 },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: collections.categories,
      admin: { position: 'sidebar', description: labels('admin.categories.parent.description') },
      // Two levels only: a parent must itself be top-level, and not this category.
      filterOptions: ({ id }): Where => {
        const topLevel: Where = { parent: { exists: false } }
        return id ? { and: [topLevel, { id: { not_equals: id } }] } : topLevel
      },
      validate: async (
        value: unknown,
        { req, id }: { req: PayloadRequest; id?: number | string },
      ) => {
        if (value == null) return true
        const parentId = typeof value === 'object' ? (value as { id: number }).id : value
        if (id != null && String(parentId) === String(id)) return message(req, 'categoryOwnParent')
        const { payload } = req
        const parent = await payload.findByID({
          collection: collections.categories,
          id: parentId as number,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
        if (!parent) return message(req, 'categoryParentMissing')
        return parent.parent ? message(req, 'categoryTwoLevels') : true
      },
    },
  ],
}
