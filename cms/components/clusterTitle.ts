import { getPayload, type SanitizedConfig } from 'payload'

import { clusterNameIn } from './clusterBrand'

/**
 * The config with the cluster's name from Settings in the admin's page titles, read per
 * page: Payload's `meta.titleSuffix` is fixed when the config is built, before the database.
 */
export async function withClusterTitle(
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<SanitizedConfig> {
  const sanitized = await config
  const name = await clusterNameIn(await getPayload({ config: sanitized }))
  if (!name) return sanitized
  const meta = { ...sanitized.admin.meta, titleSuffix: ` · ${name} CMS` }
  return { ...sanitized, admin: { ...sanitized.admin, meta } }
}
