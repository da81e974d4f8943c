import type { Payload, PayloadRequest } from 'payload'

import { collections } from '@shared/slugs'
import { reviewedCollections, titleField, type ReviewedCollection } from './sources'

/** A draft a member company submitted, as the review queue and the staff mail show it. */
export type WaitingDraft = {
  collection: ReviewedCollection
  id: number | string
  title: string
  memberName: string | null
  /** When the draft was last saved. */
  updatedAt: string
  /** Whether the portal shows an older version of it (an edit) or nothing yet (a new document). */
  everPublished: boolean
}

const idOf = (ref: unknown): number | string | null =>
  ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | null)

/**
 * Every document whose latest version is a draft a member submitted for review, oldest first.
 * Reads past access rules: callers are staff views and jobs (the admin checks the viewer).
 */
export async function waitingDrafts(
  payload: Payload,
  req?: PayloadRequest,
): Promise<WaitingDraft[]> {
  const waiting: WaitingDraft[] = []
  const memberNames = new Map<string, string>()
  for (const collection of reviewedCollections) {
    const { docs } = await payload.find({
      collection,
      // The latest version of each document: a draft never changes the published row.
      draft: true,
      where: { reviewRequested: { equals: true } },
      sort: 'updatedAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const id = doc.id as number | string
      const published = await payload.db.findOne<{ id: number | string; _status?: string }>({
        collection,
        where: { id: { equals: id } },
        req,
      })
      const memberId = collection === collections.members ? id : idOf(doc.member)
      waiting.push({
        collection,
        id,
        title: String(doc[titleField[collection]] ?? id),
        memberName:
          collection === collections.members
            ? String(doc.name ?? '')
            : await memberName(payload, memberId, memberNames, req),
        updatedAt: String(doc.updatedAt),
        everPublished: published?._status === 'published',
      })
    }
  }
  return waiting.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
}

async function memberName(
  payload: Payload,
  id: number | string | null,
  cache: Map<string, string>,
  req?: PayloadRequest,
): Promise<string | null> {
  if (id == null) return null
  const key = String(id)
  if (!cache.has(key)) {
    const member = await payload
      .findByID({
        collection: collections.members,
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    cache.set(key, member?.name ?? '')
  }
  return cache.get(key) || null
}
