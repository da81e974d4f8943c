import { describe, expect, it } from 'vitest'

import { greedySchedule } from '@cms/matchmaking/schedule/greedy'
import { solveSchedule } from '@cms/matchmaking/schedule/solve'
import type { Assignment, Problem } from '@cms/matchmaking/schedule/types'
import { slotsOf } from '@cms/matchmaking/slots'

import { randomEvent } from '../helpers/matchmakingEvent'
import { prng } from '../helpers/prng'

const attendsSession = (problem: Problem, p: number | string, slot: number) => {
  const list = problem.attends[String(p)]
  return !list?.length || list.includes(problem.slots[slot]!.session)
}

/** Every rule a schedule must keep; returns the broken ones (empty: a valid schedule). */
function broken(problem: Problem, assignments: Assignment[]): string[] {
  const errors: string[] = []
  const meetings = new Map(problem.meetings.map((m) => [String(m.id), m]))
  const seen = new Set<string>()
  const seats = new Set<string>()
  const tables = new Set<string>()
  for (const a of assignments) {
    const m = meetings.get(String(a.meeting))
    const slot = problem.slots[a.slot]
    if (!m || !slot) {
      errors.push(`unknown meeting or slot: ${JSON.stringify(a)}`)
      continue
    }
    if (seen.has(String(a.meeting))) errors.push(`meeting ${a.meeting} placed twice`)
    seen.add(String(a.meeting))
    const limit = problem.tables[slot.session] ?? 0
    if (!Number.isInteger(a.table) || a.table < 1 || a.table > limit)
      errors.push(`meeting ${a.meeting} at table ${a.table} of ${limit}`)
    if (tables.has(`${a.slot}:${a.table}`)) errors.push(`table ${a.table} twice in slot ${a.slot}`)
    tables.add(`${a.slot}:${a.table}`)
    for (const p of [m.a, m.b]) {
      if (seats.has(`${p}@${a.slot}`)) errors.push(`participant ${p} twice in slot ${a.slot}`)
      seats.add(`${p}@${a.slot}`)
      if (!attendsSession(problem, p, a.slot))
        errors.push(`participant ${p} does not attend slot ${a.slot}`)
    }
  }
  for (const f of problem.fixed ?? []) {
    const kept = assignments.find((a) => String(a.meeting) === String(f.meeting))
    if (kept?.slot !== f.slot || kept.table !== f.table) errors.push(`fixed ${f.meeting} moved`)
  }
  return errors
}

/** The true optimum of a tiny problem, by trying every slot (or none) for every meeting. */
function bruteForce(problem: Problem): number {
  const fixedIds = new Set((problem.fixed ?? []).map((f) => String(f.meeting)))
  const seats = new Set<string>()
  const used = problem.slots.map(() => 0)
  for (const f of problem.fixed ?? []) {
    const m = problem.meetings.find((x) => String(x.id) === String(f.meeting))!
    seats.add(`${m.a}@${f.slot}`).add(`${m.b}@${f.slot}`)
    used[f.slot]!++
  }
  const open = problem.meetings.filter((m) => !fixedIds.has(String(m.id)))
  let best = 0
  const walk = (i: number, count: number) => {
    if (count + (open.length - i) <= best) return
    if (i === open.length) {
      best = count
      return
    }
    const m = open[i]!
    problem.slots.forEach((slot, s) => {
      if (used[s]! >= (problem.tables[slot.session] ?? 0)) return
      if (!attendsSession(problem, m.a, s) || !attendsSession(problem, m.b, s)) return
      if (seats.has(`${m.a}@${s}`) || seats.has(`${m.b}@${s}`)) return
      seats.add(`${m.a}@${s}`).add(`${m.b}@${s}`)
      used[s]!++
      walk(i + 1, count + 1)
      used[s]!--
      seats.delete(`${m.a}@${s}`)
      seats.delete(`${m.b}@${s}`)
    })
    walk(i + 1, count)
  }
  walk(0, 0)
  return best + (problem.fixed?.length ?? 0)
}

describe('staff scheduling', () => {
  it('keeps every rule, never places fewer than greedy, and stays under its bound', async () => {
    const random = prng(7)
    const int = (lo: number, hi: number) => lo + Math.floor(random.next() * (hi - lo + 1))
    // The generator must keep making events where the solver matters and ones small enough to
    // check against the true optimum, or this test would pass without testing anything.
    let beatGreedy = 0
    let checkedOptimum = 0
    for (let run = 0; run < 120; run++) {
      const seed = int(1, 1e9)
      const participants = int(2, 16)
      const problem = randomEvent(seed, {
        participants,
        requests: int(1, participants * 3),
        sessions: int(1, 3),
        hours: int(1, 4) * 0.5,
        meetingMinutes: 25,
        breakMinutes: 5,
        tables: int(1, 5),
        fixedShare: random.next() < 0.5 ? 0.2 : 0,
        skew: random.next() * 1.5,
      })
      const context = `seed ${seed} (${participants} participants)`
      const greedy = greedySchedule(problem)
      expect(broken(problem, greedy), `greedy, ${context}`).toEqual([])
      const solved = await solveSchedule(problem, { timeLimitSeconds: 5 })
      expect(broken(problem, solved.assignments), `solver, ${context}`).toEqual([])
      expect(solved.assignments.length, context).toBeGreaterThanOrEqual(greedy.length)
      expect(solved.bound, context).toBeGreaterThanOrEqual(solved.assignments.length)
      if (solved.assignments.length > greedy.length) beatGreedy++
      if (problem.meetings.length <= 8 && problem.slots.length <= 4) {
        checkedOptimum++
        const optimum = bruteForce(problem)
        expect(solved.assignments.length, `optimum, ${context}`).toBe(optimum)
        expect(solved.optimal, context).toBe(true)
      }
    }
    expect(beatGreedy).toBeGreaterThan(10)
    expect(checkedOptimum).toBeGreaterThan(10)
  })

  it('finds the optimum where greedy provably loses a meeting', async () => {
    // P is popular: A, B and C each want to meet P, and A wants to meet B. Two slots, two
    // tables. Greedy seats the busiest pairs first, P–A then P–B in the two slots, after which
    // A–B has no slot left: 2 meetings. P–A, P–C and A–B (A–B beside P–C) makes 3, and no
    // schedule makes 4 (P can only take two meetings in two slots, C meets only P).
    const slots = slotsOf([
      {
        id: 'morning',
        start: '2027-03-18T09:00:00Z',
        end: '2027-03-18T09:50:00Z',
        meetingMinutes: 20,
        breakMinutes: 10,
        tables: 2,
      },
    ])
    const problem: Problem = {
      slots,
      tables: { morning: 2 },
      meetings: [
        { id: 'P-A', a: 'P', b: 'A' },
        { id: 'P-B', a: 'P', b: 'B' },
        { id: 'P-C', a: 'P', b: 'C' },
        { id: 'A-B', a: 'A', b: 'B' },
      ],
      attends: {},
    }
    expect(slots).toHaveLength(2)
    expect(greedySchedule(problem)).toHaveLength(2)
    const solved = await solveSchedule(problem)
    expect(broken(problem, solved.assignments)).toEqual([])
    expect(solved.assignments).toHaveLength(3)
    expect(solved.bound).toBe(3)
    expect(solved.optimal).toBe(true)
  })

  it('keeps fixed meetings and schedules around them', async () => {
    const problem = randomEvent(42, { participants: 12, requests: 30, tables: 3, fixedShare: 0.3 })
    expect(problem.fixed?.length).toBeGreaterThan(0)
    const solved = await solveSchedule(problem)
    expect(broken(problem, solved.assignments)).toEqual([])
    expect(solved.assignments.length).toBeGreaterThan(problem.fixed!.length)
  })
})
