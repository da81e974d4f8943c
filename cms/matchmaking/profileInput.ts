import type { Payload } from 'payload'

import { publicIdsBySlug } from '../forms/targets'
import type { Event } from '../payload-types'
import type { FieldErrors } from '@shared/formSchema'
import type { NeedInput } from '@shared/matchmakingSchema'

/** Offers or requests with their category slugs as ids, or the field they fail on. */
async function resolveNeeds(
  payload: Payload,
  field: 'offers' | 'requests',
  rows: NeedInput[],
): Promise<{ ok: true; rows: object[] } | { ok: false; errors: FieldErrors }> {
  const slugs = [...new Set(rows.flatMap((r) => r.categories))]
  const ids = await publicIdsBySlug(payload, 'categories', slugs)
  if (slugs.some((s) => !ids.has(s))) return { ok: false, errors: { [field]: 'unknownTarget' } }
  return {
    ok: true,
    rows: rows.map((r) => ({
      title: r.title,
      description: r.description,
      categories: r.categories.map((s) => ids.get(s)!),
    })),
  }
}

/** The profile fields that refer to other things, resolved; unknown ones are `unknownTarget`. */
export async function resolveProfile(
  payload: Payload,
  event: Event,
  data: { offers?: NeedInput[]; requests?: NeedInput[]; attends?: string[] },
): Promise<{ ok: true; doc: Record<string, unknown> } | { ok: false; errors: FieldErrors }> {
  const doc: Record<string, unknown> = {}
  const errors: FieldErrors = {}
  for (const field of ['offers', 'requests'] as const) {
    const rows = data[field]
    if (rows === undefined) continue
    const resolved = await resolveNeeds(payload, field, rows)
    if (resolved.ok) doc[field] = resolved.rows
    else Object.assign(errors, resolved.errors)
  }
  if (data.attends !== undefined) {
    const sessions = new Set((event.matchmakingSessions ?? []).map((s) => s.id))
    if (data.attends.some((id) => !sessions.has(id))) errors.attends = 'unknownTarget'
    else doc.attends = data.attends
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, doc }
}
