import type { GlobalConfig } from 'payload'

import { admins, staff } from '../access/rules'
import { withIndexState, withLatestBuild } from '../jobs/latestBuild'
import { rebuildNowEndpoint } from '../jobs/rebuildNow'
import { siteOutDir } from '../paths'
import { readBuildHistory, readBuildRecord } from '../build/buildRecord'
import { isSiteBuildRunning } from '../build/siteLock'
import { buildResults } from '@shared/options'
import { globals } from '@shared/slugs'
import { labels } from '../i18n/messages'

/**
 * The state of the last portal build; written by the rebuild job (cms/jobs), read by staff, and
 * read as the latest build's record when a build outside the job came later. In
 * the admin the RebuildNow panel shows it, refreshed while a build runs, with the "Rebuild now"
 * button (POST /api/globals/build-status/rebuild). The fields themselves are hidden there: a
 * form loaded mid-build would go on showing "running" under a panel that says "up to date".
 */
export const BuildStatus: GlobalConfig = {
  slug: globals.buildStatus,
  label: labels('admin.buildStatus.label'),
  admin: { group: labels('admin.group.administration') },
  // No versions are kept; readVersions closes the route to anyone else all the same.
  access: { read: staff, readVersions: staff, update: admins },
  endpoints: [rebuildNowEndpoint],
  // A build the job did not run (npm start's, npm run build:site) may be the latest one.
  hooks: { afterRead: [({ doc }) => withLatestBuild(doc, readBuildRecord(siteOutDir()))] },
  fields: [
    {
      name: 'rebuildNow',
      type: 'ui',
      admin: { components: { Field: '/components/RebuildNow#RebuildNow' } },
    },
    {
      name: 'result',
      type: 'select',
      options: [...buildResults],
      defaultValue: 'never',
      admin: { hidden: true },
    },
    {
      name: 'startedAt',
      type: 'date',
      admin: { hidden: true },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { hidden: true },
    },
    { name: 'durationMs', type: 'number', admin: { hidden: true } },
    {
      name: 'pages',
      type: 'number',
      admin: { hidden: true, description: labels('admin.buildStatus.pages.description') },
    },
    {
      name: 'error',
      type: 'textarea',
      admin: { hidden: true, description: labels('admin.buildStatus.error.description') },
    },
    {
      name: 'deployHook',
      type: 'text',
      admin: {
        hidden: true,
        description: labels('admin.buildStatus.deployHook.description'),
      },
    },
    {
      name: 'triggeredBy',
      type: 'json',
      // Shown as a list by the RebuildNow panel: Payload's JSON editor loads Monaco from a CDN,
      // so offline (and without third-party requests) the field would show empty.
      admin: { hidden: true, description: labels('admin.buildStatus.triggeredBy.description') },
    },
    { name: 'logTail', type: 'textarea', admin: { hidden: true } },
    {
      // Every recent build of the portal, whoever ran it (npm start, npm run build:site, the
      // rebuild job), from the file buildSite keeps next to the output: no column. The newest
      // says whether the search index is still updating after its pages went live.
      name: 'history',
      type: 'json',
      virtual: true,
      admin: { hidden: true },
      hooks: {
        afterRead: [
          () => withIndexState(readBuildHistory(siteOutDir()), isSiteBuildRunning(siteOutDir())),
        ],
      },
    },
  ],
}
