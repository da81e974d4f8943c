/**
 * The cluster's name as the admin shows it (login page, nav, browser tab): the Settings'
 * `clusterName`, read as any visitor may read it; the neutral "CMS" while settings were never
 * saved. The mark is the portal's own (public/favicon.svg), served by the CMS at /favicon.svg.
 */
import type { Payload } from 'payload'

import { globals } from '@shared/slugs'

export const markUrl = '/favicon.svg'

export async function clusterNameIn(payload: Payload): Promise<string | null> {
  try {
    const settings = await payload.findGlobal({
      slug: globals.settings,
      depth: 0,
      overrideAccess: false,
    })
    return settings.clusterName?.trim() || null
  } catch {
    // An empty database (before migrations ran) has no settings yet.
    return null
  }
}
