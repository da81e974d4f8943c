import type { GlobalConfig } from 'payload'

import { admins, staff } from '../access/rules'
import { rebuildNowEndpoint } from '../jobs/rebuildNow'
import { globals } from '../slugs'

/**
 * The state of the last portal build; written by the rebuild job (cms/jobs), read by staff. In
 * the admin every field is read-only; the panel on top shows the state live and has the
 * "Rebuild now" button (POST /api/globals/build-status/rebuild).
 */
export const BuildStatus: GlobalConfig = {
  slug: globals.buildStatus,
  label: { en: 'Site build', bg: 'Генериране на сайта', de: 'Website-Build' },
  admin: { group: { en: 'Administration', bg: 'Администрация', de: 'Verwaltung' } },
  access: { read: staff, update: admins },
  endpoints: [rebuildNowEndpoint],
  fields: [
    {
      name: 'rebuildNow',
      type: 'ui',
      admin: { components: { Field: '/components/RebuildNow#RebuildNow' } },
    },
    {
      name: 'result',
      type: 'select',
      options: ['never', 'queued', 'running', 'succeeded', 'failed'],
      defaultValue: 'never',
      admin: { readOnly: true },
    },
    {
      name: 'startedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'durationMs', type: 'number', admin: { readOnly: true } },
    {
      name: 'pages',
      type: 'number',
      admin: { readOnly: true, description: 'HTML pages in the last good build.' },
    },
    {
      name: 'error',
      type: 'textarea',
      admin: { readOnly: true, description: 'Why the last build failed.' },
    },
    {
      name: 'deployHook',
      type: 'text',
      admin: {
        readOnly: true,
        description: 'What DEPLOY_HOOK_URL answered after the last good build.',
      },
    },
    {
      name: 'triggeredBy',
      type: 'json',
      // Shown as a list by the RebuildNow panel: Payload's JSON editor loads Monaco from a CDN,
      // so offline (and without third-party requests) the field would show empty.
      admin: { hidden: true, description: 'The documents that triggered it.' },
    },
    { name: 'logTail', type: 'textarea', admin: { readOnly: true } },
  ],
}
