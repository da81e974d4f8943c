import type { Payload } from 'payload'

import { isEmail } from '@shared/validators'
import { globals } from '@shared/slugs'
import { senderFrom } from './transport'

type ClusterFacts = { clusterName: string; contactEmail: string | null }

/** The cluster's name and public contact address from the settings global (if it is filled). */
export async function clusterFacts(payload: Payload): Promise<ClusterFacts> {
  const settings = await payload
    .findGlobal({ slug: globals.settings, depth: 0, overrideAccess: true })
    .catch(() => null)
  const email = settings?.contact?.email?.trim()
  return {
    clusterName: settings?.clusterName?.trim() || senderFrom().name,
    contactEmail: email && isEmail(email) ? email : null,
  }
}

/**
 * Where staff notifications go: STAFF_EMAIL (read on every call), else the settings global's
 * contact address, else null (and the caller logs that staff were not told).
 */
export async function staffAddress(payload: Payload): Promise<string | null> {
  const fromEnv = process.env.STAFF_EMAIL?.trim()
  if (fromEnv) return fromEnv
  return (await clusterFacts(payload)).contactEmail
}

/** The CMS's public address: CMS_URL, else the config's serverURL, else the dev default. */
export function cmsBaseUrl(payload: Payload): string {
  const base = process.env.CMS_URL?.trim() || payload.config.serverURL || 'http://localhost:3000'
  return base.replace(/\/+$/, '')
}

/**
 * An absolute link into the admin.
 *
 * @example adminUrl(payload, '/collections/inquiries/12') // 'http://localhost:3000/admin/collections/inquiries/12'
 */
export const adminUrl = (payload: Payload, path: string): string =>
  `${cmsBaseUrl(payload)}${payload.config.routes.admin}${path}`
