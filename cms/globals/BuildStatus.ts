import type { GlobalConfig } from 'payload'

import { admins, staff } from '../access/rules'
import { globals } from '../slugs'

/** The state of the last portal build; written by the rebuild job, read by staff. */
export const BuildStatus: GlobalConfig = {
  slug: globals.buildStatus,
  label: { en: 'Site build', bg: 'Генериране на сайта', de: 'Website-Build' },
  admin: { group: { en: 'Administration', bg: 'Администрация', de: 'Verwaltung' } },
  access: { read: staff, update: admins },
  fields: [
    {
      name: 'result',
      type: 'select',
      options: ['never', 'queued', 'running', 'succeeded', 'failed'],
      defaultValue: 'never',
    },
    { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number' },
    { name: 'pages', type: 'number', admin: { description: 'HTML pages in the last good build.' } },
    { name: 'error', type: 'textarea', admin: { description: 'Why the last build failed.' } },
    {
      name: 'deployHook',
      type: 'text',
      admin: { description: 'What DEPLOY_HOOK_URL answered after the last good build.' },
    },
    {
      name: 'triggeredBy',
      type: 'json',
      admin: { description: 'The documents that triggered it.' },
    },
    { name: 'logTail', type: 'textarea' },
  ],
}
