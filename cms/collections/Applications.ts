import type { CollectionConfig, Field } from 'payload'

import { nobodyField, staff } from '../access/rules'
import { submitApplicationEndpoints } from '../endpoints/submitApplication'
import { emailField, urlField } from '../fields/contact'
import { mailPendingField } from '../fields/mailPending'
import { publicFormOnly } from '../access/forms'
import { actOnReviewStep, checkReviewStep } from '../hooks/applicationReview'
import { defaultLocale, localeCodes } from '@shared/locales'
import { collections } from '@shared/slugs'
import { labels, optionsOf } from '../i18n/messages'

/**
 * What the applicant sent: kept as sent. Field access, not only a read-only widget, so that
 * REST and GraphQL cannot change it either (Payload drops the field from an update); the
 * public form's create and the seed still write it.
 */
const asSent = (fields: Field[]): Field[] =>
  fields.map((field) => ({ ...field, access: { update: nobodyField } }) as Field)

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
  // Applications come from the portal's form alone: staff get no "Create new" either.
  access: { read: staff, create: publicFormOnly, update: staff, delete: staff },
  hooks: { beforeChange: [checkReviewStep], afterChange: [actOnReviewStep] },
  fields: [
    ...asSent([
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
      {
        // Not required here: applications sent before the form asked for it have none.
        name: 'recommendedBy',
        type: 'relationship',
        relationTo: collections.members,
        admin: { description: labels('admin.applications.recommendedBy.description') },
      },
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
    ]),
    {
      name: 'decision',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/ApplicationDecision#ApplicationDecision' },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: optionsOf('applicationStatuses'),
      // Changed by the decision buttons above, which save the whole step at once.
      admin: { position: 'sidebar', readOnly: true },
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
        components: { Field: '/components/CreatedOnApproval#CreatedMemberField' },
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
        components: { Field: '/components/CreatedOnApproval#CreatedUserField' },
        description: labels('admin.applications.createdUser.description'),
      },
    },
    mailPendingField,
  ],
}
