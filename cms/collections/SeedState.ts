import type { CollectionConfig } from 'payload'

import { nobody } from '../access/rules'
import { collections } from '@shared/slugs'

/**
 * What the seed wrote last time: one fingerprint per seeded document. A second seed run skips
 * entries whose source has not changed, so it neither rewrites nor overwrites editors' work.
 * Internal: no API access, hidden from the admin.
 */
export const SeedState: CollectionConfig = {
  slug: collections.seedState,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'hash', type: 'text', required: true },
  ],
}
