import type { CollectionAfterChangeHook } from 'payload'

import { revokeSessions } from './session'

/**
 * A participant staff reject is signed out at once, on every device: its sessions and unused
 * links end with the rejection (the Reject button, the status field, a bulk edit alike).
 */
export const endSessionsOnRejection: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status === 'rejected' && previousDoc?.status !== 'rejected')
    await revokeSessions(req.payload, doc.id)
  return doc
}
