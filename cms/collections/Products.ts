import type { CollectionConfig, PayloadRequest } from 'payload'

import { memberOwned, staffField } from '../access/rules'
import { interfacesField } from '../fields/interfaces'
import { priceField } from '../fields/price'
import { slugField } from '../fields/slug'
import { certificationsField, referencesField } from '../fields/trackRecord'
import {
  assignOwnCompany,
  keepMemberEditsAsDrafts,
  keepStaffFieldsOnRestore,
  memberRestoreAsDraft,
} from '../hooks/memberDrafts'
import { rebuildHooks } from '../hooks/queueRebuild'
import { checkInterfaces } from '../interfaces/checkInterfaces'
import { labels, message, optionsOf } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

export const Products: CollectionConfig = {
  slug: collections.products,
  labels: {
    singular: labels('admin.products.singular'),
    plural: labels('admin.products.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'member', 'kind', '_status', 'updatedAt'],
    group: labels('admin.group.catalogue'),
  },
  access: memberOwned,
  versions: publicVersions,
  endpoints: [memberRestoreAsDraft],
  hooks: {
    ...rebuildHooks({
      beforeChange: [assignOwnCompany, keepStaffFieldsOnRestore, checkInterfaces],
    }),
    beforeOperation: [keepMemberEditsAsDrafts],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField(),
    {
      name: 'member',
      type: 'relationship',
      relationTo: collections.members,
      required: true,
      index: true,
      access: { update: staffField },
      admin: { position: 'sidebar', description: labels('admin.products.member.description') },
    },
    {
      name: 'kind',
      type: 'select',
      options: optionsOf('productKinds'),
      required: true,
      defaultValue: 'product',
    },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 400 },
    { name: 'description', type: 'richText', localized: true },
    { name: 'categories', type: 'relationship', relationTo: collections.categories, hasMany: true },
    { name: 'industries', type: 'select', hasMany: true, options: optionsOf('industries') },
    { name: 'technologies', type: 'text', hasMany: true },
    {
      type: 'row',
      fields: [
        { name: 'deployment', type: 'select', hasMany: true, options: optionsOf('deployments') },
        { name: 'pricingModel', type: 'select', options: optionsOf('pricingModels') },
      ],
    },
    priceField(),
    { name: 'supportedLanguages', type: 'select', hasMany: true, options: optionsOf('languages') },
    certificationsField(),
    referencesField(),
    { name: 'images', type: 'upload', relationTo: collections.media, hasMany: true },
    { name: 'brochure', type: 'upload', relationTo: collections.documents },
    {
      name: 'integrations',
      type: 'relationship',
      relationTo: collections.products,
      hasMany: true,
      admin: { description: labels('admin.products.integrations.description') },
      filterOptions: ({ data }) => (data?.member ? { member: { not_equals: data.member } } : true),
      validate: async (value: unknown, { req, data }: { req: PayloadRequest; data: unknown }) =>
        (await integrationsAreForeign(value, (data as { member?: unknown })?.member, req)) ||
        message(req, 'ownProductsOnly'),
    },
    interfacesField(),
  ],
}

/** "Works with" links products across companies; linking to one's own products is not cooperation. */
async function integrationsAreForeign(
  value: unknown,
  member: unknown,
  req: PayloadRequest,
): Promise<boolean> {
  const ids = (Array.isArray(value) ? value : []).map((v) => (typeof v === 'object' ? v?.id : v))
  if (!ids.length || member == null) return true
  const memberId = typeof member === 'object' ? (member as { id: unknown }).id : member
  const { payload } = req
  const own = await payload.count({
    collection: collections.products,
    where: { and: [{ id: { in: ids } }, { member: { equals: memberId } }] },
    overrideAccess: true,
  })
  return own.totalDocs === 0
}
