import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { reminderQueue, reminderTask } from '../../cms/jobs/reminders'
import { placeMeeting } from '../../cms/matchmaking/booking'
import { dueReminders, sendDueReminders } from '../../cms/matchmaking/reminders'
import { createMatchmakingEvent, daysAhead, participant } from '../helpers/meetingWorld'
import { startPayload } from '../helpers/payload'

const mails = vi.hoisted(() => [] as Record<string, unknown>[])
vi.mock('../../cms/matchmaking/notify', () => ({
  notify: async (_payload: unknown, mail: Record<string, unknown>) => void mails.push(mail),
}))

let ctx: Awaited<ReturnType<typeof startPayload>>
let event: { id: number }
const hour = 3600_000
const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * hour)

async function meeting(a: { id: number }, b: { id: number }, start: string, table: number) {
  const doc = await ctx.payload.create({
    collection: 'meetings',
    data: { event: event.id, requester: a.id, recipient: b.id, status: 'requested' },
    overrideAccess: true,
  })
  const parties = { id: doc.id, event: event.id, requester: a.id, recipient: b.id }
  const end = at(start, 1 / 3).toISOString()
  expect((await placeMeeting(ctx.payload, parties, { session: 'r-hall', start, end, table })).ok)
  return doc.id
}

beforeAll(async () => {
  ctx = await startPayload('mm-reminders')
  event = await createMatchmakingEvent(ctx.payload, 'r')
})
afterAll(async () => {
  await ctx?.stop()
})
beforeEach(() => void (mails.length = 0))

describe('the reminder the day before', () => {
  it('reminds each participant once, about 24 hours before its first meeting of the day', async () => {
    const [a, b, c, d, e] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => participant(ctx.payload, event.id)),
    )
    const nine = daysAhead(3, 9)
    const half = at(nine, 0.5).toISOString()
    await meeting(a, b, nine, 1)
    await meeting(a, c, half, 2)
    // d's only meeting is cancelled: no reminder for it.
    const cancelled = await meeting(d, e, half, 1)
    await ctx.payload.update({
      collection: 'meetings',
      id: cancelled,
      data: { status: 'cancelled' },
      overrideAccess: true,
    })

    expect(await sendDueReminders(ctx.payload, at(nine, -25))).toEqual([])
    const sent = await sendDueReminders(ctx.payload, at(nine, -23.9))
    expect(sent.map((r) => r.participant).sort()).toEqual([a.id, b.id].sort())
    // c's first meeting is half an hour later: its 24 hours start then.
    expect(
      (await sendDueReminders(ctx.payload, at(half, -23.9))).map((r) => r.participant),
    ).toEqual([c.id])
    expect(mails).toEqual(
      [a, b, c].map((p) => ({ kind: 'reminder', participant: p.id, event: event.id })),
    )
    // Never twice: not on the next sweep, nor when a's day gains an earlier meeting.
    await meeting(a, e, at(nine, -0.5).toISOString(), 2)
    const again = await sendDueReminders(ctx.payload, at(nine, -23))
    expect(again.map((r) => r.participant)).toEqual([e.id])
    expect(await sendDueReminders(ctx.payload, at(nine, -22))).toEqual([])
    expect(mails.filter((m) => m.participant === a.id)).toHaveLength(1)
  })

  it('counts days in the event’s zone and skips a day that has begun', () => {
    const meetings = [
      // 23:30 UTC is already the next day in Sofia (UTC+2).
      { event: 1, requester: 1, recipient: 2, start: '2030-01-10T23:30:00.000Z' },
      { event: 1, requester: 1, recipient: 3, start: '2030-01-11T08:00:00.000Z' },
    ]
    const due = dueReminders(meetings, () => 'Europe/Sofia', new Date('2030-01-10T00:00:00Z'))
    expect(due).toEqual([
      { participant: 1, event: 1, day: '2030-01-11' },
      { participant: 2, event: 1, day: '2030-01-11' },
    ])
    // At 01:00 Sofia time participant 1's day has begun (its 23:30 UTC meeting): no reminder.
    const later = dueReminders(meetings, () => 'Europe/Sofia', new Date('2030-01-10T23:45:00Z'))
    expect(later).toEqual([{ participant: 3, event: 1, day: '2030-01-11' }])
  })

  it('is a scheduled task: Payload queues one sweep per quarter hour, and it runs', async () => {
    const first = await ctx.payload.jobs.handleSchedules({ queue: reminderQueue })
    expect(first.queued).toHaveLength(1)
    // Not a second while one waits.
    expect((await ctx.payload.jobs.handleSchedules({ queue: reminderQueue })).queued).toHaveLength(
      0,
    )
    const { docs } = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: reminderTask } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const wait = Date.parse(String(docs[0]!.waitUntil))
    expect(new Date(wait).getUTCMinutes() % 15).toBe(0)
    expect(wait - Date.now()).toBeLessThanOrEqual(15 * 60_000)
    // Run now, as the server's cron would at its time: meetings are days away, nothing is due.
    await ctx.payload.update({
      collection: 'payload-jobs',
      id: docs[0]!.id,
      data: { waitUntil: new Date().toISOString() },
      overrideAccess: true,
    })
    await ctx.payload.jobs.run({ queue: reminderQueue })
    // Done: Payload deletes a completed job; none is left waiting or failed.
    const left = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: reminderTask } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
    expect(mails).toEqual([])
  })

  it('keeps the scheduler’s bookkeeping out of the API', () => {
    const stats = ctx.payload.config.globals.find((g) => g.slug === 'payload-jobs-stats')!
    const req = { user: { id: 1, role: 'admin', collection: 'users' } } as never
    expect(stats.access.read!({ req } as never)).toBe(false)
    expect(stats.access.update!({ req } as never)).toBe(false)
  })
})
