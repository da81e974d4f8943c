import type { Payload, PayloadRequest } from 'payload'

import type { BuildStatus } from '../payload-types'
import { globals } from '@shared/slugs'

type StatusData = Partial<Omit<BuildStatus, 'id' | 'updatedAt' | 'createdAt'>>

/** Writes the build-status global (only the rebuild job and the queue write it). */
export function writeBuildStatus(
  target: { payload: Payload; req?: PayloadRequest },
  data: StatusData,
): Promise<unknown> {
  return target.payload.updateGlobal({
    slug: globals.buildStatus,
    data,
    depth: 0,
    overrideAccess: true,
    req: target.req,
  })
}

export function readBuildStatus(payload: Payload, req?: PayloadRequest): Promise<BuildStatus> {
  return payload.findGlobal({ slug: globals.buildStatus, depth: 0, overrideAccess: true, req })
}
