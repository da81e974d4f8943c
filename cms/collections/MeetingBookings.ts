import type { CollectionConfig } from 'payload'

import { nobody } from '../access/rules'
import { collections } from '@shared/slugs'

/**
 * The ledger that makes double booking impossible rather than unlikely: a placed meeting holds
 * one row per table-slot and one per participant-slot, each under a unique key, so the database
 * refuses a second meeting at the same table, or with the same person, at the same time, even
 * from two requests racing on two CMS instances (cms/matchmaking/booking.ts).
 */
export const MeetingBookings: CollectionConfig = {
  slug: collections.meetingBookings,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // `t:<event>:<slot start>:<table>` or `p:<participant>:<slot start>`.
    { name: 'key', type: 'text', required: true, unique: true },
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: collections.meetings,
      required: true,
      index: true,
    },
  ],
}
