import type { CollectionConfig } from 'payload'

import { staff } from '../access/rules'
import { submitApplicationEndpoints } from '../endpoints/submitApplication'
import { emailField, urlField } from '../fields/contact'
import { mailPendingField } from '../fields/mailPending'
import { staffOrPublicForm } from '../access/forms'
import { actOnReviewStep, checkReviewStep } from '../hooks/applicationReview'
import { defaultLocale, localeCodes } from '@shared/locales'
import { collections } from '@shared/slugs'
import { labels, optionsOf } from '../i18n/messages'

/** Membership applications from the portal's join form, reviewed by staff. Never public. */
export const Applications: CollectionConfig = {
  slug: collections.applications,
  labels: {
    singular: labels('admin.applications.singular'),
    plural: labels('admin.applications.plural'),
  },
  admin: {
    useAsTitle: 'companyName',
    defaultColumns: ['companyName', 'contactName', 'status', 'createdAt'],
    group: labels('admin.group.inbox'),
  },
  endpoints: submitApplicationEndpoints,
  access: { read: staff, create: staffOrPublicForm, update: staff, delete: staff },
  hooks: { beforeChange: [checkReviewStep], afterChange: [actOnReviewStep] },
  fields: [
    { name: 'companyName', type: 'text', required: true, maxLength: 160 },
    {
      name: 'legalId',
      type: 'text',
      required: true,
      maxLength: 20,
      admin: { description: labels('admin.applications.legalId.description') },
    },
    urlField({ name: 'website' }),
    { name: 'employees', type: 'select', options: optionsOf('employeeRanges') },
    { name: 'sectors', type: 'relationship', relationTo: collections.categories, hasMany: true },
    { name: 'contactName', type: 'text', required: true, maxLength: 120 },
    emailField({ name: 'email', required: true }),
    { name: 'motivation', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'consent', type: 'checkbox', required: true },
    {
      name: 'locale',
      type: 'select',
      options: localeCodes.map((c) => c),
      defaultValue: defaultLocale,
      admin: { description: labels('admin.applications.locale.description') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: optionsOf('applicationStatuses'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      type: 'textarea',
      admin: { description: labels('admin.applications.notes.description') },
    },
    {
      name: 'createdMember',
      type: 'relationship',
      relationTo: collections.members,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: labels('admin.applications.createdMember.description'),
      },
    },
    {
      name: 'createdUser',
      type: 'relationship',
      relationTo: collections.users,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: labels('admin.applications.createdUser.description'),
      },
    },
    mailPendingField,
  ],
}
