import type { GroupField, PayloadRequest } from 'payload'

import { labels, message } from '../i18n/messages'

const inRange = (min: number, max: number) => (value: unknown) =>
  value == null || (typeof value === 'number' && value >= min && value <= max)

/**
 * Latitude and longitude as two numbers rather than Payload's `point` field, which the SQLite
 * adapter does not support; the same documents then work on SQLite and MongoDB.
 */
export const locationField = (): GroupField => ({
  name: 'location',
  type: 'group',
  admin: { description: labels('admin.field.location.description') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'lat',
          type: 'number',
          validate: (v: unknown, { req }: { req: PayloadRequest }) =>
            inRange(-90, 90)(v) || message(req, 'latitude'),
        },
        {
          name: 'lng',
          type: 'number',
          validate: (v: unknown, { req }: { req: PayloadRequest }) =>
            inRange(-180, 180)(v) || message(req, 'longitude'),
        },
      ],
    },
  ],
})
