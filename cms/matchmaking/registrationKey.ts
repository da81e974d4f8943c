import {
  type CollectionBeforeChangeHook,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { collections } from '@shared/slugs'

type Id = number | string

/**
 * One registration per address and event, kept by the database: `<event id>:<lowercased email>`
 * in the participants' unique `registrationKey`. Looking first for an existing registration
 * (endpoints/register.ts) cannot stop two registrations sent at the same moment; the unique
 * index refuses the second whatever the timing.
 */
export const registrationKeyOf = (event: Id, email: string) =>
  `${event}:${email.trim().toLowerCase()}`

const idOf = (value: unknown): Id | null =>
  typeof value === 'object' && value !== null
    ? ((value as { id?: Id }).id ?? null)
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : null

/**
 * Sets the key from the event and email being saved (or kept, on an update that changes
 * neither), so a staff edit of either moves the key along and cannot make a second
 * registration of an address either.
 */
export const setRegistrationKey: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const event = idOf(data.event ?? originalDoc?.event)
  const email: unknown = data.email ?? originalDoc?.email
  if (event !== null && typeof email === 'string' && email)
    data.registrationKey = registrationKeyOf(event, email)
  return data
}

/** Whether a save failed because the address is already registered for that event. */
export const isRepeatedRegistration = (error: unknown): boolean =>
  error instanceof ValidationError &&
  error.data.errors.some((e) => e.path === 'registrationKey' || e.path === 'registration_key')

type Row = { id: Id; event?: unknown; email?: unknown }

/**
 * Data step of the migration that adds the key: fills it for the participants stored before.
 * Only the fields it needs are read and nothing is read back (later migrations' columns do not
 * exist yet at this step); the adapter's own calls skip hooks (no figures recounted, no mail).
 * Oldest first; a later duplicate of an address already taken keeps no key and is logged, for
 * staff to merge or delete (saving it as it is would be refused as a repeated registration).
 */
export async function fillRegistrationKeys(payload: Payload, req?: PayloadRequest): Promise<void> {
  const { docs } = await payload.db.find<Row>({
    collection: collections.participants,
    where: { registrationKey: { exists: false } },
    sort: 'createdAt',
    pagination: false,
    select: { event: true, email: true },
    req,
  })
  const taken = new Set<string>()
  for (const doc of docs) {
    const event = idOf(doc.event)
    if (event === null || typeof doc.email !== 'string' || !doc.email) continue
    const key = registrationKeyOf(event, doc.email)
    if (taken.has(key)) {
      payload.logger.warn(
        `registration_key: participant ${doc.id} repeats the registration of ${key}; left without a key for staff to merge or delete.`,
      )
      continue
    }
    taken.add(key)
    await payload.db.updateOne({
      collection: collections.participants,
      id: doc.id,
      data: { registrationKey: key },
      returning: false,
      req,
    })
  }
}
