import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { message } from '../i18n/messages'
import { queueRebuild } from './queue'
import { userEmail } from './triggers'

/**
 * `POST /api/globals/build-status/rebuild`: the admin's "Rebuild now" button. Staff only;
 * queues a rebuild that starts at the next run of the queue (within ~5 s), without waiting for
 * more edits, or moves a waiting one forward. Answers 202 with the job's id.
 */
export const rebuildNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: message(req, 'rebuildLogin') }, { status: 401 })
    if (!isStaffUser(req.user))
      return Response.json({ message: message(req, 'rebuildStaffOnly') }, { status: 403 })
    const { jobId, merged } = await queueRebuild(
      req,
      { operation: 'manual', at: new Date().toISOString(), user: userEmail(req.user) },
      { immediate: true },
    )
    return Response.json({ ok: true, jobId, merged }, { status: 202 })
  },
}
