import type { CollapsibleField, Field, GroupField, PayloadRequest } from 'payload'

import { nobodyField, staffField } from '../access/rules'
import { labels, message, optionsOf } from '../i18n/messages'
import { isBefore } from '@shared/validators'
import { sessionsOverlap } from '../matchmaking/slots'
import { urlField } from './contact'

type Window = { registrationOpens?: string; registrationCloses?: string }
type Booking = { bookingOpens?: string; bookingCloses?: string }
type Session = { start?: string; end?: string }

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** A number the matchmaking hooks keep (cms/matchmaking/stats.ts); public, set by nobody. */
const statField = (name: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  access: { create: nobodyField, update: nobodyField },
  admin: { readOnly: true },
})

/**
 * An event's B2B matchmaking, set up by staff: windows, how meetings are scheduled, whether
 * staff validate participants, and the counts in `stats`, the only thing the portal shows about
 * participants. Public, like the sessions below except their online meeting links.
 */
const matchmakingGroup: GroupField = {
  name: 'matchmaking',
  type: 'group',
  admin: { description: labels('admin.matchmaking.description') },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      admin: { condition: (d) => Boolean(d?.matchmaking?.enabled) },
      fields: [
        { name: 'registrationOpens', type: 'date', admin: dateTime },
        {
          name: 'registrationCloses',
          type: 'date',
          admin: dateTime,
          validate: (
            value: unknown,
            { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
          ) =>
            isBefore(value, (siblingData as Window)?.registrationOpens)
              ? message(req, 'endBeforeStart')
              : true,
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (d) => Boolean(d?.matchmaking?.enabled) },
      fields: [
        { name: 'bookingOpens', type: 'date', admin: dateTime },
        {
          name: 'bookingCloses',
          type: 'date',
          admin: dateTime,
          validate: (
            value: unknown,
            { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
          ) =>
            isBefore(value, (siblingData as Booking)?.bookingOpens)
              ? message(req, 'endBeforeStart')
              : true,
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (d) => Boolean(d?.matchmaking?.enabled) },
      fields: [
        {
          name: 'scheduling',
          type: 'select',
          options: optionsOf('schedulingModes'),
          required: true,
          defaultValue: 'self',
        },
        { name: 'requireValidation', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      name: 'stats',
      type: 'group',
      admin: { condition: (d) => Boolean(d?.matchmaking?.enabled) },
      fields: [
        {
          type: 'row',
          fields: [
            statField('participants'),
            statField('countries'),
            statField('meetings'),
            statField('countriesMet'),
          ],
        },
      ],
    },
  ],
}

/**
 * The event's matchmaking box in the admin: the settings group and the sessions. The sessions
 * are a top-level array, not part of the group: Payload's SQL adapter reads the arrays inside a
 * group even when a query selects other fields only, and the data migrations that ran before
 * this step (e.g. country_codes) select with today's config on a database without its tables.
 */
export const matchmakingFields: CollapsibleField = {
  type: 'collapsible',
  label: labels('admin.label.matchmaking'),
  admin: { initCollapsed: false },
  fields: [
    matchmakingGroup,
    // The way from the settings to the schedule grid, moves, exports and table cards.
    {
      name: 'matchmakingStaffLink',
      type: 'ui',
      admin: {
        condition: (d) => Boolean(d?.matchmaking?.enabled),
        components: { Field: '/components/matchmaking/MatchmakingEventLink#MatchmakingEventLink' },
      },
    },
    {
      name: 'matchmakingSessions',
      type: 'array',
      maxRows: 20,
      // A slot is named by its start (matchmaking/booking.ts), so sessions must not overlap.
      validate: (value: unknown, { req }: { req: PayloadRequest }) => {
        const rows = (Array.isArray(value) ? value : []) as { start?: string; end?: string }[]
        const timed = rows.filter((r): r is { start: string; end: string } =>
          Boolean(r.start && r.end),
        )
        const clash = timed.some((a, i) => timed.slice(i + 1).some((b) => sessionsOverlap(a, b)))
        return clash ? message(req, 'sessionsOverlap') : true
      },
      admin: { condition: (d) => Boolean(d?.matchmaking?.enabled) },
      fields: [
        { name: 'name', type: 'text', localized: true, required: true, maxLength: 80 },
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', required: true, admin: dateTime },
            {
              name: 'end',
              type: 'date',
              required: true,
              admin: dateTime,
              validate: (
                value: unknown,
                { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
              ) =>
                isBefore(value, (siblingData as Session)?.start)
                  ? message(req, 'endBeforeStart')
                  : true,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'meetingMinutes',
              type: 'number',
              required: true,
              defaultValue: 20,
              min: 5,
              max: 240,
            },
            {
              name: 'breakMinutes',
              type: 'number',
              required: true,
              defaultValue: 5,
              min: 0,
              max: 120,
            },
            { name: 'tables', type: 'number', required: true, defaultValue: 10, min: 1, max: 500 },
          ],
        },
        // Online sessions: each "table" is a room, this address with the table's number appended.
        urlField({
          name: 'onlineUrl',
          access: { read: staffField },
          admin: { description: labels('admin.matchmaking.onlineUrl.description') },
        }),
      ],
    },
  ],
}
