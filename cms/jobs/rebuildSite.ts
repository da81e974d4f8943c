import type { TaskConfig } from 'payload'

/**
 * Rebuilds the portal after publishing. Queued (debounced) by the publish hooks; one build at
 * a time, through the `site-build` concurrency key.
 *
 * TODO(step 3, rebuild): the handler is written with the publish hooks.
 */
export const rebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Rebuild the portal',
  inputSchema: [{ name: 'triggers', type: 'json' }],
  concurrency: () => 'site-build',
  retries: 0,
  handler: async () => {
    throw new Error('The site rebuild task is not written yet.')
  },
}
