import type { CollectionConfig, PayloadRequest } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { urlField } from '../fields/contact'
import { countryField } from '../fields/country'
import { matchmakingFields } from '../fields/matchmaking'
import { slugField } from '../fields/slug'
import { isBefore, isTimeZone } from '@shared/validators'
import { rebuildHooks } from '../hooks/queueRebuild'
import { statsOnEventSave } from '../matchmaking/stats'
import { labels, message, optionsOf } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

type EventData = { start?: string; end?: string }

export const Events: CollectionConfig = {
  slug: collections.events,
  labels: {
    singular: labels('admin.events.singular'),
    plural: labels('admin.events.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'kind', 'status', '_status'],
    group: labels('admin.group.cluster'),
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks({ beforeChange: [statsOnEventSave] }),
  defaultSort: '-start',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    slugField({ from: 'title' }),
    { name: 'kind', type: 'select', options: optionsOf('eventKinds'), required: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'description', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { req, data }: { req: PayloadRequest; data: unknown }) =>
            isBefore(value, (data as EventData)?.start) ? message(req, 'endBeforeStart') : true,
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: 'Europe/Sofia',
      admin: { description: labels('admin.events.timeZone.description') },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && isTimeZone(value) ? true : message(req, 'timeZone'),
    },
    {
      name: 'format',
      type: 'select',
      options: optionsOf('eventFormats'),
      required: true,
      defaultValue: 'in-person',
    },
    urlField({ name: 'onlineUrl', admin: { condition: (d) => d?.format !== 'in-person' } }),
    {
      name: 'venue',
      type: 'group',
      admin: { condition: (d) => d?.format !== 'online' },
      fields: [
        { name: 'name', type: 'text' },
        { name: 'address', type: 'text' },
        {
          type: 'row',
          fields: [{ name: 'city', type: 'text' }, countryField({ name: 'country' })],
        },
      ],
    },
    { name: 'organisers', type: 'relationship', relationTo: collections.members, hasMany: true },
    { name: 'partners', type: 'relationship', relationTo: collections.partners, hasMany: true },
    urlField({ name: 'registrationUrl' }),
    {
      name: 'registrationDeadline',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      validate: (value: unknown, { req, data }: { req: PayloadRequest; data: unknown }) =>
        isBefore((data as EventData)?.start, value) ? message(req, 'deadlineAfterStart') : true,
    },
    {
      name: 'status',
      type: 'select',
      options: optionsOf('eventStatuses'),
      required: true,
      defaultValue: 'scheduled',
      admin: { position: 'sidebar' },
    },
    { name: 'image', type: 'upload', relationTo: collections.media },
    matchmakingFields,
  ],
}
