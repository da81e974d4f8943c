import type { CollectionConfig, PayloadRequest } from 'payload'

import {
  ownProfileOrStaff,
  ownVersionsOrStaff,
  publishedOwnProfileOrStaff,
  staff,
  staffField,
} from '../access/rules'
import { emailField, urlField } from '../fields/contact'
import { countryField } from '../fields/country'
import { locationField } from '../fields/location'
import { slugField } from '../fields/slug'
import { certificationsField, referencesField } from '../fields/trackRecord'
import {
  keepMemberEditsAsDrafts,
  keepStaffFieldsOnRestore,
  memberRestoreAsDraft,
} from '../hooks/memberDrafts'
import { rebuildHooks } from '../hooks/queueRebuild'
import { labels, message, optionsOf } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

export const Members: CollectionConfig = {
  slug: collections.members,
  labels: {
    singular: labels('admin.members.singular'),
    plural: labels('admin.members.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'employees', 'featured', '_status'],
    group: labels('admin.group.directory'),
  },
  access: {
    read: publishedOwnProfileOrStaff,
    readVersions: ownVersionsOrStaff('parent'),
    create: staff,
    update: ownProfileOrStaff,
    delete: staff,
  },
  versions: publicVersions,
  endpoints: [memberRestoreAsDraft],
  hooks: {
    beforeOperation: [keepMemberEditsAsDrafts],
    ...rebuildHooks({ beforeChange: [keepStaffFieldsOnRestore] }),
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField(),
    { name: 'logo', type: 'upload', relationTo: collections.media },
    { name: 'tagline', type: 'text', localized: true, maxLength: 160 },
    { name: 'description', type: 'richText', localized: true },
    { name: 'sectors', type: 'relationship', relationTo: collections.categories, hasMany: true },
    { name: 'technologies', type: 'text', hasMany: true },
    {
      type: 'row',
      fields: [
        {
          name: 'founded',
          type: 'number',
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            value == null ||
            (Number.isInteger(value) &&
              (value as number) >= 1900 &&
              (value as number) <= new Date().getFullYear()) ||
            message(req, 'year'),
        },
        { name: 'employees', type: 'select', options: optionsOf('employeeRanges') },
      ],
    },
    {
      type: 'row',
      fields: [{ name: 'city', type: 'text' }, countryField({ name: 'country', required: true })],
    },
    { name: 'address', type: 'text' },
    locationField(),
    urlField({ name: 'website' }),
    {
      name: 'contact',
      type: 'group',
      admin: { description: labels('admin.members.contact.description') },
      fields: [
        { name: 'name', type: 'text' },
        emailField({ name: 'email' }),
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
    { name: 'languages', type: 'select', hasMany: true, options: optionsOf('languages') },
    certificationsField(),
    referencesField(),
    countryField({ name: 'exportMarkets' }, true),
    {
      name: 'memberSince',
      type: 'date',
      access: { update: staffField, create: staffField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      access: { update: staffField, create: staffField },
      admin: { position: 'sidebar', description: labels('admin.members.featured.description') },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      access: { read: staffField, update: staffField, create: staffField },
      admin: { description: labels('admin.members.internalNotes.description') },
    },
  ],
}
