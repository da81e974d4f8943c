import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { placeMeeting } from '../../cms/matchmaking/booking'
import { computeStats, refreshAllStats, refreshStats } from '../../cms/matchmaking/stats'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

/**
 * The public figures of an event's matchmaking (events.matchmaking.stats): kept by hooks on
 * participants and meetings, written without a new version, rebuilt through the debounced
 * rebuild queue, and refreshed as meetings end.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let world: World

beforeAll(async () => {
  delete process.env.REBUILD_AUTORUN
  ctx = await startPayload('matchmaking-stats')
  payload = ctx.payload
  world = await createWorld(payload)
})
afterAll(async () => ctx?.stop())

const fairId = () => world.matchmaking.fair.id
const published = async () =>
  (await payload.findByID({ collection: 'events', id: fairId(), overrideAccess: true, depth: 0 }))
    .matchmaking?.stats
const versions = async () =>
  (
    await payload.countVersions({
      collection: 'events',
      where: { parent: { equals: fairId() } },
      overrideAccess: true,
    })
  ).totalDocs
const pendingRebuilds = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'rebuildSite' }, completedAt: { exists: false } },
      overrideAccess: true,
    })
  ).totalDocs

describe('matchmaking figures', () => {
  it('counts validated participants and their countries, leaving versions and drafts alone', async () => {
    // An editor's unpublished change to the event waits as a draft.
    await payload.update({
      collection: 'events',
      id: fairId(),
      data: { title: 'Draft title' },
      draft: true,
      overrideAccess: true,
      context: { seeding: true },
    })
    const before = await versions()
    expect(await refreshStats(payload, fairId(), { rebuild: false })).toBe(true)
    expect(await published()).toEqual({
      participants: 2,
      countries: 2,
      meetings: 0,
      countriesMet: 0,
    })
    expect(await versions()).toBe(before)
    const latest = await payload.findByID({
      collection: 'events',
      id: fairId(),
      draft: true,
      overrideAccess: true,
    })
    expect(latest.title).toBe('Draft title')
    const live = await payload.findByID({
      collection: 'events',
      id: fairId(),
      overrideAccess: true,
    })
    expect(live.title).toBe('Matchmaking fair')
    // Unchanged figures write nothing.
    expect(await refreshStats(payload, fairId(), { rebuild: false })).toBe(false)
  })

  it('follows staff validating participants, with one debounced rebuild for many changes', async () => {
    const jobs = await pendingRebuilds()
    await payload.update({
      collection: 'participants',
      id: world.matchmaking.participants.pending.id,
      data: { status: 'validated' },
      overrideAccess: false,
      user: { ...world.users.editor, collection: 'users' } as never,
    })
    expect(await published()).toMatchObject({ participants: 3, countries: 2 })
    for (const [i, country] of ['RO', 'GR', 'RO'].entries()) {
      await payload.create({
        collection: 'participants',
        data: {
          event: fairId(),
          status: 'validated',
          name: `Walk-in ${i}`,
          email: `walkin${i}@participant.example`,
          organisation: 'Walk-in',
          organisationKind: 'company',
          country,
          timeZone: 'Europe/Athens',
          locale: 'en',
          consent: true,
        } as never,
        overrideAccess: true,
      })
    }
    expect(await published()).toMatchObject({ participants: 6, countries: 4 })
    expect(await pendingRebuilds()).toBe(Math.max(jobs, 1))
    // A participant of another event changes nothing here.
    await payload.update({
      collection: 'participants',
      id: world.matchmaking.participants.other.id,
      data: { status: 'rejected' },
      overrideAccess: true,
    })
    expect(await published()).toMatchObject({ participants: 6, countries: 4 })
  })

  it('counts a meeting as held once it is over, and the countries that met', async () => {
    const { a, b } = world.matchmaking.participants
    const past = await payload.create({
      collection: 'meetings',
      data: { event: fairId(), requester: a.id, recipient: b.id } as never,
      overrideAccess: true,
    })
    const placed = await placeMeeting(
      payload,
      { id: past.id, event: fairId(), requester: a.id, recipient: b.id },
      { session: 's', start: '2020-03-01T08:00:00Z', end: '2020-03-01T08:20:00Z', table: 1 },
    )
    expect(placed.ok).toBe(true)
    expect(await published()).toMatchObject({ meetings: 1, countriesMet: 2 })

    // A meeting of the coming day: not held yet, until its end has passed.
    const later = await payload.create({
      collection: 'meetings',
      data: { event: fairId(), requester: b.id, recipient: a.id } as never,
      overrideAccess: true,
    })
    const end = new Date(Date.now() + 3600_000)
    await placeMeeting(
      payload,
      { id: later.id, event: fairId(), requester: b.id, recipient: a.id },
      {
        session: 's',
        start: new Date(end.getTime() - 20 * 60_000).toISOString(),
        end: end.toISOString(),
        table: 2,
      },
    )
    expect(await published()).toMatchObject({ meetings: 1 })
    const tomorrow = new Date(Date.now() + 86400_000)
    expect((await computeStats(payload, fairId(), { now: tomorrow })).meetings).toBe(2)
    expect(await refreshAllStats(payload, { now: tomorrow, rebuild: false })).toBeGreaterThan(0)
    expect(await published()).toMatchObject({ meetings: 2, countriesMet: 2 })

    // Cancelled: no longer held; the other one, counted today, is not over yet.
    await payload.update({
      collection: 'meetings',
      id: past.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })
    expect(await published()).toMatchObject({ meetings: 0, countriesMet: 0 })
  })

  it('publishing the event from an old draft carries the current figures', async () => {
    const now = await published()
    await payload.update({
      collection: 'events',
      id: fairId(),
      data: { _status: 'published' },
      overrideAccess: true,
      context: { seeding: true },
    })
    expect(await published()).toEqual(now)
  })
})
