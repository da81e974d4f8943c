import type { CollectionConfig } from 'payload'

import { meetingsCreate, meetingsOfParticipant } from '../access/participants'
import { staff, staffField } from '../access/rules'
import { labels, optionsOf } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { statsAfterDelete, statsAfterMeetingChange } from '../matchmaking/stats'

/**
 * Meeting requests between two participants of one event and, once accepted and placed, their
 * slot and table. Private like participants: staff see all, a participant its own.
 * Double booking is refused by unique keys per table-slot and participant-slot
 * (matchmaking/booking.ts), not only by a check before writing.
 */
export const Meetings: CollectionConfig = {
  slug: collections.meetings,
  labels: {
    singular: labels('admin.meetings.singular'),
    plural: labels('admin.meetings.plural'),
  },
  admin: {
    defaultColumns: ['requester', 'recipient', 'status', 'start', 'table', 'event'],
    group: labels('admin.group.matchmaking'),
  },
  access: {
    read: meetingsOfParticipant,
    create: meetingsCreate,
    // A party changes it only through the matchmaking endpoints (REST cannot act as a
    // participant), which keep the state machine and the slot rules; staff through the grid.
    update: meetingsOfParticipant,
    delete: staff,
  },
  // Meetings held and countries met, once a placed meeting is over (see matchmaking/stats.ts).
  hooks: { afterChange: [statsAfterMeetingChange], afterDelete: [statsAfterDelete] },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: collections.events,
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'requester',
          type: 'relationship',
          relationTo: collections.participants,
          required: true,
          index: true,
        },
        {
          name: 'recipient',
          type: 'relationship',
          relationTo: collections.participants,
          required: true,
          index: true,
        },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 500 },
    {
      name: 'status',
      type: 'select',
      options: optionsOf('meetingStatuses'),
      required: true,
      defaultValue: 'requested',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        // The id of the event's matchmaking session (events.matchmaking.sessions[].id).
        { name: 'session', type: 'text', maxLength: 64 },
        {
          name: 'start',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'end', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'table', type: 'number', min: 1 },
      ],
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      access: { read: staffField, update: staffField, create: staffField },
    },
  ],
}
