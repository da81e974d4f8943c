import { type SessionConfig, slotsOf } from '@cms/matchmaking/slots'
import type { Problem } from '@cms/matchmaking/schedule/types'

import { prng } from './prng'

export type EventShape = {
  participants: number
  requests: number
  /** Sessions of the day (morning, afternoon, …), each `hours` long. */
  sessions?: number
  hours?: number
  meetingMinutes?: number
  breakMinutes?: number
  /** Tables per session. */
  tables?: number
  /** Share of meetings already placed by hand (kept as fixed). */
  fixedShare?: number
  /**
   * How strongly requests pile onto a few popular participants: recipient of rank r is picked
   * with weight 1 / (r + 1)^skew. 0 is uniform.
   */
  skew?: number
}

/**
 * A random but reproducible matchmaking event as a scheduling Problem, with no database: the
 * benchmark and the property tests build the same kind of event from a seed. Participants attend
 * one session or all; requesters are picked evenly, recipients with a popularity skew (a few
 * exhibitors everyone wants to meet), which is what makes a greedy schedule lose meetings.
 */
export function randomEvent(seed: number, shape: EventShape): Problem {
  const random = prng(seed)
  const int = (n: number) => Math.floor(random.next() * n)
  const {
    participants,
    requests,
    sessions: sessionCount = 2,
    hours = 3.5,
    meetingMinutes = 20,
    breakMinutes = 5,
    tables = Math.max(1, Math.round(participants / 4)),
    fixedShare = 0,
    skew = 0.9,
  } = shape
  const day = Date.parse('2027-03-18T08:00:00Z')
  const sessions: SessionConfig[] = Array.from({ length: sessionCount }, (_, i) => {
    const start = day + i * (hours + 1.5) * 3_600_000
    return {
      id: `s${i + 1}`,
      start: new Date(start).toISOString(),
      end: new Date(start + hours * 3_600_000).toISOString(),
      meetingMinutes,
      breakMinutes,
      tables,
    }
  })
  const slots = slotsOf(sessions)
  const attends: Record<string, string[]> = {}
  for (let p = 1; p <= participants; p++) {
    // Half attend everything (not listed, or listed with every session), the rest one session.
    const roll = random.next()
    if (roll < 0.35) continue
    if (roll < 0.5 || sessionCount === 1) attends[p] = sessions.map((s) => s.id)
    else attends[p] = [sessions[int(sessionCount)]!.id]
  }
  // Popularity: a random order of participants, weights by rank.
  const rank = Array.from({ length: participants }, (_, i) => i + 1).sort(() => random.next() - 0.5)
  const weights = rank.map((_, r) => 1 / (r + 1) ** skew)
  const total = weights.reduce((a, b) => a + b, 0)
  const popular = () => {
    let x = random.next() * total
    for (let r = 0; r < rank.length; r++) {
      x -= weights[r]!
      if (x <= 0) return rank[r]!
    }
    return rank[rank.length - 1]!
  }
  const pairs = new Set<string>()
  const meetings: Problem['meetings'] = []
  const most = (participants * (participants - 1)) / 2
  for (
    let tries = 0;
    meetings.length < Math.min(requests, most) && tries < requests * 50;
    tries++
  ) {
    const a = 1 + int(participants)
    const b = popular()
    const key = a < b ? `${a}-${b}` : `${b}-${a}`
    if (a === b || pairs.has(key)) continue
    pairs.add(key)
    meetings.push({ id: meetings.length + 1, a, b })
  }
  const problem: Problem = {
    slots,
    tables: Object.fromEntries(sessions.map((s) => [s.id, tables])),
    meetings,
    attends,
  }
  if (fixedShare > 0) problem.fixed = fixedPart(problem, fixedShare, random.next)
  return problem
}

/** Some meetings placed by hand beforehand: each at a random slot its parties can both make. */
function fixedPart(problem: Problem, share: number, next: () => number): Problem['fixed'] {
  const busy = new Set<string>()
  const used = new Map<number, number>()
  const fixed: NonNullable<Problem['fixed']> = []
  const can = (p: number | string, s: number) => {
    const list = problem.attends[String(p)]
    return !list?.length || list.includes(problem.slots[s]!.session)
  }
  for (const m of problem.meetings) {
    if (next() >= share) continue
    const s = Math.floor(next() * problem.slots.length)
    const tables = problem.tables[problem.slots[s]!.session] ?? 0
    const table = (used.get(s) ?? 0) + 1
    if (table > tables || !can(m.a, s) || !can(m.b, s)) continue
    if (busy.has(`${m.a}@${s}`) || busy.has(`${m.b}@${s}`)) continue
    busy.add(`${m.a}@${s}`)
    busy.add(`${m.b}@${s}`)
    used.set(s, table)
    fixed.push({ meeting: m.id, slot: s, table })
  }
  return fixed
}
