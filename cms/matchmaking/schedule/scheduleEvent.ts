import type { Payload, PayloadRequest } from 'payload'

import { placeMeeting } from '../booking'
import { type SessionConfig, slotsOf } from '../slots'
import { greedySchedule } from './greedy'
import { solveSchedule } from './solve'
import type { Assignment, Problem } from './types'
import { collections } from '@shared/slugs'

type Id = number | string

export type ScheduleEventResult = {
  /** Accepted meetings that have a slot and table after the run (placed before it included). */
  placed: number
  /** Meetings this run placed. */
  added: number
  /** Accepted meetings of the event that could be scheduled (both parties not rejected). */
  total: number
  /** A proven upper bound on `placed`: no schedule places more. */
  bound: number
  /** What the greedy baseline would have placed, for comparison. */
  greedy: number
  /** Whether `placed` was proven the most possible. */
  optimal: boolean
  seconds: number
  /**
   * The meetings this run placed, with their parties: nobody is mailed here, so that the caller
   * (the staff endpoint) decides what to tell them (see the report of h-solver).
   */
  newlyPlaced: { meeting: Id; requester: Id; recipient: Id }[]
  /** Placements the ledger refused (someone booked the slot meanwhile); they stay unplaced. */
  refused: number
}

const idOf = (v: unknown): Id =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : (v as Id)

/**
 * "Schedule all" for a staff-scheduled event: places as many of its accepted, unplaced meetings
 * as possible around the ones already placed (which stay where they are), with the solver of
 * ./solve.ts, and writes each placement through placeMeeting, whose ledger refuses double
 * booking even if someone books at the same moment. Running it again changes nothing.
 *
 * `req`: the staff user's request; meetings are then read and written with that user's access
 * (the endpoint has checked the staff role). Without it, server code acts with overrideAccess.
 * The event and the participants' `attends` are always read with overrideAccess (a session's
 * tables and online room are staff-only fields, and only `attends` and `status` are used).
 * The solver blocks the event loop for up to `timeLimitSeconds` (default 10): a real event of a
 * few hundred meetings solves in well under a second, 3000 meetings in about 10 s.
 *
 * Mail: none is sent here (see `newlyPlaced`).
 */
export async function scheduleEvent(
  payload: Payload,
  eventId: Id,
  { req, timeLimitSeconds = 10 }: { req?: PayloadRequest; timeLimitSeconds?: number } = {},
): Promise<ScheduleEventResult> {
  const started = performance.now()
  const event = await payload.findByID({
    collection: collections.events,
    id: eventId,
    depth: 0,
    overrideAccess: true,
    select: { matchmakingSessions: true },
  })
  const sessions: SessionConfig[] = (event.matchmakingSessions ?? []).flatMap((s) =>
    s.id ? [{ ...s, id: s.id }] : [],
  )
  const slots = slotsOf(sessions)
  const access = req ? { req, overrideAccess: false } : { overrideAccess: true }
  const [meetings, participants] = await Promise.all([
    payload.find({
      collection: collections.meetings,
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'accepted' } }] },
      pagination: false,
      depth: 0,
      sort: 'createdAt',
      select: { requester: true, recipient: true, session: true, start: true, table: true },
      ...access,
    }),
    payload.find({
      collection: collections.participants,
      where: { event: { equals: eventId } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { attends: true, status: true },
    }),
  ])
  const rejected = new Set(
    participants.docs.filter((p) => p.status === 'rejected').map((p) => String(p.id)),
  )
  const slotAt = new Map(
    slots.map((s, i) => [`${s.session}|${new Date(s.start).toISOString()}`, i]),
  )

  const problem: Problem = {
    slots,
    tables: Object.fromEntries(sessions.map((s) => [s.id, s.tables])),
    meetings: [],
    attends: Object.fromEntries(participants.docs.map((p) => [String(p.id), p.attends ?? []])),
    fixed: [],
  }
  let alreadyPlaced = 0
  const byId = new Map<string, { id: Id; requester: Id; recipient: Id }>()
  for (const m of meetings.docs) {
    const requester = idOf(m.requester)
    const recipient = idOf(m.recipient)
    if (rejected.has(String(requester)) || rejected.has(String(recipient))) continue
    byId.set(String(m.id), { id: m.id, requester, recipient })
    problem.meetings.push({ id: m.id, a: requester, b: recipient })
    if (m.start && m.session && m.table) {
      alreadyPlaced++
      // Placed already: it keeps its slot and table. A placement on no current slot (the
      // sessions were edited since) is kept too, but cannot hold a slot in the problem.
      const slot = slotAt.get(`${m.session}|${new Date(m.start).toISOString()}`)
      if (slot !== undefined) problem.fixed!.push({ meeting: m.id, slot, table: m.table })
    }
  }
  const fixedIds = new Set(problem.fixed!.map((f) => String(f.meeting)))

  const greedy = greedySchedule(problem).length
  const solved = await solveSchedule(problem, { timeLimitSeconds })
  const fresh = solved.assignments.filter((a: Assignment) => !fixedIds.has(String(a.meeting)))
  const newlyPlaced: ScheduleEventResult['newlyPlaced'] = []
  let refused = 0
  for (const a of fresh) {
    const meeting = byId.get(String(a.meeting))!
    const slot = slots[a.slot]!
    const result = await placeMeeting(
      payload,
      { ...meeting, event: eventId },
      { session: slot.session, start: slot.start, end: slot.end, table: a.table },
      req,
    )
    if (result.ok)
      newlyPlaced.push({
        meeting: meeting.id,
        requester: meeting.requester,
        recipient: meeting.recipient,
      })
    else refused++
  }
  return {
    placed: alreadyPlaced + newlyPlaced.length,
    added: newlyPlaced.length,
    total: problem.meetings.length,
    bound: solved.bound + (alreadyPlaced - problem.fixed!.length),
    greedy,
    optimal: solved.optimal && refused === 0,
    seconds: (performance.now() - started) / 1000,
    newlyPlaced,
    refused,
  }
}
