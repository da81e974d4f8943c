import type { ArrayField, TextField } from 'payload'

import { labels, optionsOf } from '../i18n/messages'
import { countryField } from './country'

/**
 * A company's or a product's track record, one shape for both (members and products), so the
 * portal, open data and the brochures read them the same way wherever they come from.
 */

/** Certificates held, as their usual names ("ISO 27001", "TISAX"): proper names, not translated. */
export const certificationsField = (): TextField => ({
  name: 'certifications',
  type: 'text',
  hasMany: true,
})

/**
 * References (case studies): the client's sector and country and what the work achieved. No
 * client name: members may not name their clients, and a buyer decides by sector and outcome.
 * The rows are shared across locales and only the outcome is translated, so a case study added
 * in one language shows in all, in English until it is translated.
 */
export const referencesField = (): ArrayField => ({
  name: 'references',
  type: 'array',
  maxRows: 12,
  admin: {
    description: labels('admin.field.references.description'),
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'sector', type: 'select', options: optionsOf('industries'), required: true },
        countryField({ name: 'country', required: true }),
      ],
    },
    { name: 'outcome', type: 'textarea', localized: true, required: true, maxLength: 400 },
  ],
})
