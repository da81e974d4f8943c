import crypto from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { collections } from '@shared/slugs'
import { placeMeeting, releaseMeeting } from '../matchmaking/booking'
import { type SessionConfig, slotsOf } from '../matchmaking/slots'
import { refreshStats } from '../matchmaking/stats'
import { type IdMap, resolve, resolveOne, type SeedContext, seedContext } from './context'
import { fingerprint, readContent } from './source'

type Need = { title: string; description?: string; categories?: string[] }

type ParticipantRecord = {
  event: string
  email: string
  status: 'unconfirmed' | 'pending' | 'validated' | 'rejected'
  offers?: Need[]
  requests?: Need[]
  member?: string
  partner?: string
  products?: string[]
} & Record<string, unknown>

type MeetingRecord = {
  event: string
  requester: string
  recipient: string
  message?: string
  status: 'requested' | 'accepted' | 'declined' | 'cancelled'
  /** Accepted meetings: where the recipient placed it (a slot start of the session, a table). */
  placement?: { session: string; start: string; table: number }
}

type EventRecord = { slug: string; matchmakingSessions?: SessionConfig[] }

type Deps = {
  events: IdMap
  members: IdMap
  partners: IdMap
  products: IdMap
  categories: IdMap
}

// When the seed's people confirmed their email: a fixed moment, so a re-run writes the same.
const confirmedAt = '2026-11-24T10:00:00.000Z'

/**
 * The matchmaking of the seed's events: participants (content/participants.json) and their
 * meetings (content/meetings.json). Participants have no slug, so they are found again by event
 * and email, meetings by event and their two parties; like `upsert`, an entry whose fingerprint
 * matches the last run is left alone. Accepted meetings are placed through `placeMeeting`, as
 * every placement is. No tokens are made: nobody is signed in. Each event's public figures are
 * counted once at the end.
 */
export async function seedMatchmaking(ctx: SeedContext, deps: Deps): Promise<void> {
  const people = readContent<ParticipantRecord[]>('participants')
  const participantIds = new Map<string, number | string>()
  for (const record of people) {
    const event = resolveOne(deps.events, record.event, 'event')!
    const id = await upsertParticipant(ctx, event, record, deps)
    participantIds.set(`${record.event}/${record.email}`, id)
  }

  const sessions = new Map(
    readContent<EventRecord[]>('events').map((e) => [e.slug, e.matchmakingSessions ?? []]),
  )
  for (const record of readContent<MeetingRecord[]>('meetings')) {
    const party = (email: string) => {
      const id = participantIds.get(`${record.event}/${email}`)
      if (id === undefined) throw new Error(`Seed meeting names participant "${email}", unknown.`)
      return id
    }
    await upsertMeeting(ctx, {
      record,
      event: resolveOne(deps.events, record.event, 'event')!,
      requester: party(record.requester),
      recipient: party(record.recipient),
      sessions: sessions.get(record.event) ?? [],
    })
  }

  for (const slug of new Set(people.map((p) => p.event))) {
    await refreshStats(ctx.payload, deps.events.get(slug)!, { rebuild: false })
  }
}

async function upsertParticipant(
  ctx: SeedContext,
  event: number | string,
  record: ParticipantRecord,
  deps: Deps,
) {
  const needs = (list: Need[] | undefined) =>
    (list ?? []).map((n) => ({
      ...n,
      categories: resolve(deps.categories, n.categories, 'category'),
    }))
  const data = {
    ...record,
    event,
    consent: true,
    emailConfirmedAt: record.status === 'unconfirmed' ? null : confirmedAt,
    offers: needs(record.offers),
    requests: needs(record.requests),
    member: resolveOne(deps.members, record.member, 'member'),
    partner: resolveOne(deps.partners, record.partner, 'partner'),
    products: resolve(deps.products, record.products, 'product'),
  }
  const where = { and: [{ event: { equals: event } }, { email: { equals: record.email } }] }
  return write(ctx, collections.participants, `${record.event}/${record.email}`, where, data, {
    // The private calendar feed's secret: random, made once, never in content/.
    calendarKey: crypto.randomBytes(24).toString('base64url'),
  })
}

async function upsertMeeting(
  ctx: SeedContext,
  m: {
    record: MeetingRecord
    event: number | string
    requester: number | string
    recipient: number | string
    sessions: SessionConfig[]
  },
) {
  const { record, event, requester, recipient } = m
  const data = {
    event,
    requester,
    recipient,
    message: record.message ?? null,
    // An accepted meeting becomes so by being placed, below.
    status: record.placement ? 'requested' : record.status,
    session: null,
    start: null,
    end: null,
    table: null,
  }
  const where = {
    and: [
      { event: { equals: event } },
      { requester: { equals: requester } },
      { recipient: { equals: recipient } },
    ],
  }
  const key = `${record.event}/${record.requester}/${record.recipient}`
  const before = ctx.report[collections.meetings]?.unchanged ?? 0
  const id = await write(ctx, collections.meetings, key, where, data, {}, record)
  if ((ctx.report[collections.meetings]?.unchanged ?? 0) > before) return
  await releaseMeeting(ctx.payload, id)
  if (!record.placement) return
  const { session, start, table } = record.placement
  const slot = slotsOf(m.sessions).find(
    (s) => s.session === session && s.start === new Date(start).toISOString(),
  )
  if (!slot) throw new Error(`Seed meeting ${key}: ${start} is no slot of session ${session}.`)
  const placed = await placeMeeting(
    ctx.payload,
    { id, event, requester, recipient },
    { session, start: slot.start, end: slot.end, table },
    undefined,
    // Seeding: the figures are counted once at the end, and nothing queues a rebuild.
    { ...seedContext },
  )
  if (!placed.ok) throw new Error(`Seed meeting ${key}: ${placed.conflict} already taken.`)
}

/**
 * Creates or updates one document found by `where`, skipping it when its source is unchanged
 * since the last run (the seed-state collection keeps a fingerprint per key, as upsert does).
 */
async function write(
  ctx: SeedContext,
  collection: CollectionSlug,
  key: string,
  where: Record<string, unknown>,
  data: Record<string, unknown>,
  onCreate: Record<string, unknown>,
  source: unknown = data,
): Promise<number | string> {
  const { payload } = ctx
  const stateKey = `${collection}/${key}`
  const hash = fingerprint(source)
  const [existing] = (
    await payload.find({
      collection,
      where: where as never,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
  ).docs as { id: number | string }[]
  const state = await findState(payload, stateKey)
  const report = (ctx.report[collection] ??= { created: 0, updated: 0, unchanged: 0 })
  if (existing && state?.hash === hash) {
    report.unchanged += 1
    return existing.id
  }
  const common = { overrideAccess: true, depth: 0, context: seedContext } as const
  const doc = (
    existing
      ? await payload.update({ collection, id: existing.id, data: data as never, ...common })
      : await payload.create({ collection, data: { ...data, ...onCreate } as never, ...common })
  ) as { id: number | string }
  if (state)
    await payload.update({
      collection: collections.seedState,
      id: state.id,
      data: { hash },
      overrideAccess: true,
    })
  else
    await payload.create({
      collection: collections.seedState,
      data: { key: stateKey, hash },
      overrideAccess: true,
    })
  report[existing ? 'updated' : 'created'] += 1
  return doc.id
}

async function findState(payload: Payload, key: string) {
  const { docs } = await payload.find({
    collection: collections.seedState,
    where: { key: { equals: key } },
    limit: 1,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0]
}
