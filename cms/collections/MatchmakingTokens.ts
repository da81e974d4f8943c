import type { CollectionConfig } from 'payload'

import { nobody } from '../access/rules'
import { collections } from '@shared/slugs'

/**
 * The secrets of participants' email links and sessions, stored as SHA-256 hashes only
 * (cms/matchmaking/session.ts). Nobody reads or writes them through the API; staff revoke a
 * participant's sessions from its page (which deletes them), and they expire on their own.
 */
export const MatchmakingTokens: CollectionConfig = {
  slug: collections.matchmakingTokens,
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'participant',
      type: 'relationship',
      relationTo: collections.participants,
      required: true,
      index: true,
    },
    { name: 'kind', type: 'select', options: ['confirm', 'signin', 'session'], required: true },
    { name: 'hash', type: 'text', required: true, unique: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    // One-time links are spent when used; a session is never marked.
    { name: 'usedAt', type: 'date' },
  ],
}
