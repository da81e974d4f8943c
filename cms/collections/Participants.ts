import type { ArrayField, CollectionConfig, PayloadRequest } from 'payload'

import {
  participantsCreate,
  participantsRead,
  participantsUpdate,
  selfOrStaffField,
} from '../access/participants'
import { nobodyField, staff, staffField } from '../access/rules'
import { emailField } from '../fields/contact'
import { countryField, countryNameField } from '../fields/country'
import { labels, message, optionsOf } from '../i18n/messages'
import { localeCodes } from '@shared/locales'
import { collections } from '@shared/slugs'
import { isTimeZone } from '@shared/validators'
import { setRegistrationKey } from '../matchmaking/registrationKey'
import { endSessionsOnRejection } from '../matchmaking/staffHooks'
import { statsAfterDelete, statsAfterParticipantChange } from '../matchmaking/stats'

/** One offer or request of a participant, in the participant's own language. */
const needs = (name: 'offers' | 'requests'): ArrayField => ({
  name,
  type: 'array',
  maxRows: 10,
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', maxLength: 1000 },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: collections.categories,
      hasMany: true,
      maxRows: 5,
    },
  ],
})

/**
 * People registered for an event's B2B matchmaking. Private: never in the site build, never in
 * the public API; a participant reads only its own event's validated participants (and itself),
 * email and notes only its own (access/participants.ts). Participants are not a Payload auth
 * collection: they sign in with one-time links into a session of their own (matchmaking/session.ts).
 */
export const Participants: CollectionConfig = {
  slug: collections.participants,
  labels: {
    singular: labels('admin.participants.singular'),
    plural: labels('admin.participants.plural'),
  },
  admin: {
    useAsTitle: 'name',
    // What staff check before validating: who, from where, for which event, since when.
    defaultColumns: [
      'name',
      'organisation',
      'organisationKind',
      'countryName',
      'email',
      'event',
      'status',
      'createdAt',
    ],
    listSearchableFields: ['name', 'organisation', 'email'],
    group: labels('admin.group.matchmaking'),
  },
  access: {
    read: participantsRead,
    create: participantsCreate,
    update: participantsUpdate,
    delete: staff,
  },
  // The event's public figures (participants, countries) follow validation and rejection.
  hooks: {
    beforeChange: [setRegistrationKey],
    afterChange: [statsAfterParticipantChange, endSessionsOnRejection],
    afterDelete: [statsAfterDelete],
  },
  fields: [
    // Validate / Reject / End sessions, at the top of the sidebar (staff only see this
    // collection: members' admin hides it, and its access rules refuse them).
    {
      name: 'decision',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/matchmaking/ParticipantDecision#ParticipantDecision' },
      },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: collections.events,
      required: true,
      index: true,
      access: { update: staffField },
    },
    {
      name: 'status',
      type: 'select',
      options: optionsOf('participantStatuses'),
      required: true,
      defaultValue: 'unconfirmed',
      index: true,
      // Only staff change it; registration and the email link set it from server code.
      access: { update: staffField },
      admin: { position: 'sidebar' },
    },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    emailField({
      name: 'email',
      required: true,
      index: true,
      maxLength: 254,
      access: { read: selfOrStaffField, update: staffField },
    }),
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', required: true, maxLength: 160 },
        {
          name: 'organisationKind',
          type: 'select',
          options: optionsOf('organisationKinds'),
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        countryField({ name: 'country', required: true }),
        countryNameField('country'),
        { name: 'role', type: 'text', maxLength: 120 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'languages', type: 'select', options: optionsOf('languages'), hasMany: true },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: 'Europe/Sofia',
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            typeof value === 'string' && isTimeZone(value) ? true : message(req, 'timeZone'),
        },
        // The language of the portal they registered in: their mails are written in it.
        {
          name: 'locale',
          type: 'select',
          options: localeCodes.map((c) => c),
          required: true,
          defaultValue: 'en',
        },
      ],
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      access: { update: nobodyField },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        value === true ? true : message(req, 'consent'),
    },
    { name: 'profile', type: 'textarea', maxLength: 1500 },
    needs('offers'),
    needs('requests'),
    // Set by registration only when a member company's people register with its email domain
    // or by staff; a participant cannot claim a company by naming it.
    {
      type: 'row',
      fields: [
        {
          name: 'member',
          type: 'relationship',
          relationTo: collections.members,
          access: { update: staffField },
        },
        {
          name: 'partner',
          type: 'relationship',
          relationTo: collections.partners,
          access: { update: staffField },
        },
      ],
    },
    {
      name: 'products',
      type: 'relationship',
      relationTo: collections.products,
      hasMany: true,
      maxRows: 10,
    },
    // Ids of the event's matchmaking sessions (events.matchmaking.sessions) they attend; empty
    // means all of them.
    { name: 'attends', type: 'text', hasMany: true, maxRows: 20 },
    {
      name: 'emailConfirmedAt',
      type: 'date',
      access: { create: nobodyField, update: nobodyField, read: selfOrStaffField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    // `<event id>:<lowercased email>`, unique: the database refuses a second registration of an
    // address for an event, even one racing the first (matchmaking/registrationKey.ts).
    {
      name: 'registrationKey',
      type: 'text',
      unique: true,
      hidden: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
    },
    // The secret of the private calendar feed's address; replaced to revoke the feed.
    {
      name: 'calendarKey',
      type: 'text',
      hidden: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
    },
    // The event days (YYYY-MM-DD, event's zone) a day-before reminder went out for, so that
    // none goes out twice (matchmaking/reminders.ts).
    {
      name: 'remindedDays',
      type: 'text',
      hasMany: true,
      hidden: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      access: { read: staffField, update: staffField, create: staffField },
    },
    {
      name: 'createdAt',
      type: 'date',
      index: true,
      label: labels('admin.label.received'),
      admin: { hidden: true, disableBulkEdit: true },
    },
  ],
}
