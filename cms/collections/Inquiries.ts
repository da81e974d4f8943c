import type { CollectionConfig } from 'payload'

import { ownCompanyOrStaff, staff, staffField } from '../access/rules'
import { submitInquiryEndpoints } from '../endpoints/submitInquiry'
import { emailField } from '../fields/contact'
import { countryField, countryNameField } from '../fields/country'
import { publicFormOnly } from '../access/forms'
import { inquiryAboutField } from '../fields/inquiryAbout'
import { mailPendingField } from '../fields/mailPending'
import { markInquiryMailPending, notifyInquiry } from '../hooks/notifyInquiry'
import { localeCodes } from '@shared/locales'
import { collections } from '@shared/slugs'
import { labels, optionsOf } from '../i18n/messages'

/** Buyer inquiries sent from the portal. Never public, never in the site build. */
export const Inquiries: CollectionConfig = {
  slug: collections.inquiries,
  labels: {
    singular: labels('admin.inquiries.singular'),
    plural: labels('admin.inquiries.plural'),
  },
  admin: {
    useAsTitle: 'name',
    // Who wrote, about what, from where, how far along, since when.
    defaultColumns: ['name', 'about', 'countryName', 'status', 'createdAt'],
    group: labels('admin.group.inbox'),
  },
  endpoints: submitInquiryEndpoints,
  access: {
    // A member company sees the inquiries addressed to it; the public form comes through its
    // own validated endpoint, not the generic REST API, and is the only way in: staff get no
    // "Create new" in the admin.
    read: ownCompanyOrStaff,
    create: publicFormOnly,
    update: staff,
    delete: staff,
  },
  hooks: { beforeChange: [markInquiryMailPending], afterChange: [notifyInquiry] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    emailField({ name: 'email', required: true }),
    { name: 'company', type: 'text', maxLength: 160 },
    {
      type: 'row',
      fields: [countryField({ name: 'country' }), countryNameField('country')],
    },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000 },
    inquiryAboutField,
    { name: 'product', type: 'relationship', relationTo: collections.products },
    {
      name: 'cooperation',
      type: 'relationship',
      relationTo: collections.cooperation,
      admin: { description: labels('admin.inquiries.cooperation.description') },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: collections.members,
      required: true,
      index: true,
    },
    { name: 'locale', type: 'select', options: localeCodes.map((c) => c), defaultValue: 'en' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: optionsOf('inquiryStatuses'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      access: { read: staffField, update: staffField, create: staffField },
    },
    mailPendingField,
    // Payload's own timestamp, as Payload would add it, but labelled "Received" in the list.
    {
      name: 'createdAt',
      type: 'date',
      index: true,
      label: labels('admin.label.received'),
      admin: { hidden: true, disableBulkEdit: true },
    },
  ],
}
