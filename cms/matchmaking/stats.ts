import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  createLocalReq,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { queueRebuild } from '../jobs/queue'
import { collections } from '@shared/slugs'

type Id = number | string

/** The only figures about participants the portal shows (events.matchmaking.stats). */
export type MatchmakingStats = {
  /** Validated participants. */
  participants: number
  /** Distinct countries of the validated participants. */
  countries: number
  /** Meetings held: accepted, placed, and over. */
  meetings: number
  /** Distinct countries among the parties of the meetings held. */
  countriesMet: number
}

const statKeys = ['participants', 'countries', 'meetings', 'countriesMet'] as const

const idOf = (v: unknown): Id | undefined =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id | undefined)

/**
 * Counts an event's public figures from its participants and meetings. A meeting counts as held
 * once its end has passed, so the same data gives other figures as time passes: see
 * `refreshDueStats`, which runs with the rebuild queue.
 */
export async function computeStats(
  payload: Payload,
  event: Id,
  { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {},
): Promise<MatchmakingStats> {
  const people = await payload.find({
    collection: collections.participants,
    where: { event: { equals: event } },
    select: { country: true, status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const countryOf = new Map(people.docs.map((p) => [String(p.id), p.country]))
  const validated = people.docs.filter((p) => p.status === 'validated')
  const held = await payload.find({
    collection: collections.meetings,
    where: {
      and: [
        { event: { equals: event } },
        { status: { equals: 'accepted' } },
        { table: { exists: true } },
        { end: { less_than_equal: now.toISOString() } },
      ],
    },
    select: { requester: true, recipient: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const met = new Set(
    held.docs.flatMap((m) =>
      [idOf(m.requester), idOf(m.recipient)].map((id) => countryOf.get(String(id))),
    ),
  )
  met.delete(undefined)
  return {
    participants: validated.length,
    countries: new Set(validated.map((p) => p.country)).size,
    meetings: held.docs.length,
    countriesMet: met.size,
  }
}

type EventRow = {
  id: Id
  _status?: string | null
  title?: string | null
  matchmaking?: (Record<string, unknown> & { stats?: Partial<MatchmakingStats> | null }) | null
}

const same = (a: Partial<MatchmakingStats> | null | undefined, b: MatchmakingStats) =>
  statKeys.every((k) => (a?.[k] ?? 0) === b[k])

/**
 * Brings an event's stored figures up to date. Writes only when a figure changed, straight to the
 * event's own row (payload.db): no new version, no draft, no hooks, so an editor's unpublished
 * draft is left alone. The events' beforeChange hook (`statsOnEventSave`) writes the same figures
 * into every version saved later. When a published event's figures changed it queues one site
 * rebuild (`rebuild`), which the rebuild queue debounces and merges with others: a day of
 * registrations is a handful of builds, not one per person.
 */
export async function refreshStats(
  payload: Payload,
  event: Id,
  {
    req,
    now = new Date(),
    rebuild = true,
  }: { req?: PayloadRequest; now?: Date; rebuild?: boolean } = {},
): Promise<boolean> {
  const row = await payload.db.findOne<EventRow>({
    collection: collections.events,
    where: { id: { equals: event } },
    req,
  })
  if (!row) return false
  const stats = await computeStats(payload, event, { now, req })
  if (same(row.matchmaking?.stats, stats)) return false
  // The whole group: MongoDB would replace a partial group rather than merge it.
  await payload.db.updateOne({
    collection: collections.events,
    id: event,
    data: { matchmaking: { ...(row.matchmaking ?? {}), stats } },
    req,
    returning: false,
  })
  if (rebuild && row._status === 'published') {
    const local = req ?? (await createLocalReq({}, payload))
    try {
      await queueRebuild(local, {
        collection: collections.events,
        id: event,
        title: typeof row.title === 'string' ? row.title : undefined,
        operation: 'update',
        at: now.toISOString(),
      })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'matchmaking stats: could not queue a rebuild' })
    }
  }
  return true
}

/**
 * Every event with matchmaking: its figures, now. Run before each site build (the build then
 * shows meetings that ended since) and, where the rebuild queue runs, about once an hour
 * (`refreshDueStats`), so the figures change after the event without anyone publishing.
 */
export async function refreshAllStats(
  payload: Payload,
  options: { now?: Date; rebuild?: boolean; req?: PayloadRequest } = {},
): Promise<number> {
  const { docs } = await payload.db.find<{ id: Id }>({
    collection: collections.events,
    where: { 'matchmaking.enabled': { equals: true } },
    limit: 0,
    pagination: false,
    req: options.req,
  })
  let changed = 0
  for (const { id } of docs) if (await refreshStats(payload, id, options)) changed += 1
  return changed
}

const hourMs = 60 * 60 * 1000
let lastDueRun = 0

/** `refreshAllStats` at most once an hour in this process (called every few seconds). */
export async function refreshDueStats(payload: Payload, now = Date.now()): Promise<void> {
  if (now - lastDueRun < hourMs) return
  lastDueRun = now
  try {
    await refreshAllStats(payload, { now: new Date(now) })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'matchmaking stats: hourly refresh failed' })
  }
}

/** Skipped while seeding: the seed refreshes each event once at its end. */
const seeding = (context: Record<string, unknown>) => Boolean(context.seeding)

/**
 * Refreshes the figures of the events a change touched. A figure that cannot be counted is
 * logged, never a reason to refuse a registration or a meeting: the next change, the next
 * build or the hourly count puts it right.
 */
async function afterWrite(req: PayloadRequest, events: unknown[]) {
  for (const event of new Set(events.map(idOf))) {
    if (event === undefined) continue
    try {
      await refreshStats(req.payload, event, { req })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `matchmaking stats: event ${event} not counted` })
    }
  }
}

/** After a participant is saved (registered, validated, rejected, moved to another event). */
export const statsAfterParticipantChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (!seeding(context)) await afterWrite(req, [doc?.event, previousDoc?.event])
  return doc
}

/** After a meeting is saved: a placement, a cancellation or a staff move can change `meetings`. */
export const statsAfterMeetingChange: CollectionAfterChangeHook = async ({ doc, context, req }) => {
  if (!seeding(context)) await afterWrite(req, [doc?.event])
  return doc
}

/** After a participant or meeting is deleted. */
export const statsAfterDelete: CollectionAfterDeleteHook = async ({ doc, context, req }) => {
  if (!seeding(context)) await afterWrite(req, [doc?.event])
  return doc
}

/**
 * Every save of an event (a draft too) carries the current figures, so a version saved from an
 * older draft never publishes figures older than the ones refreshStats wrote.
 */
export const statsOnEventSave: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const id = (originalDoc as { id?: Id } | undefined)?.id
  if (id === undefined || !data?.matchmaking) return data
  data.matchmaking = { ...data.matchmaking, stats: await computeStats(req.payload, id, { req }) }
  return data
}
