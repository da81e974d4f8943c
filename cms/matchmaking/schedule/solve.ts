import { fewestOptionsFirst, placeInOrder } from './greedy'
import { kempeImprove } from './improve'
import { highs, maximiseCount } from './mip'
import { numberTables, type Open, type Prepared, prepare, seat } from './prepare'
import type { Problem, Schedule } from './types'

/**
 * The optimal scheduler for staff-scheduled matchmaking, built on HiGHS (the `highs` package:
 * HiGHS compiled to WebAssembly; no native build, no install script, runs offline).
 *
 * Tables within a session are alike, so a meeting needs only a slot; table numbers are handed
 * out afterwards (numberTables). The exact model has one binary x[m,s] per meeting m and slot s
 * where both parties attend s's session and neither is held there by a fixed meeting:
 *   maximise  Σ x[m,s]
 *   s.t.      Σ_s x[m,s] ≤ 1                     each meeting at most once
 *             Σ_{m ∋ p} x[m,s] ≤ 1              each participant once per slot
 *             Σ_m x[m,s] ≤ tables(s) − fixed(s)  the tables left in each slot
 * Its LP is slow to even start on a big event (the slots of a session are interchangeable, so
 * the relaxation is flat), so the solver works in three steps:
 * 1. Which session each meeting goes to: y[m,σ], with each participant in at most as many
 *    meetings of σ as σ has slots it could use, and at most σ's tables × slots meetings. Every
 *    schedule gives such a choice, so HiGHS's proven optimum (or dual bound) of this smaller
 *    MIP is an upper bound for the real problem: `Schedule.bound`.
 * 2. Slots within each session for the chosen meetings: greedy, then Kempe-chain repairs
 *    (improve.ts), which almost always fit all of them; then every other meeting that still fits.
 * 3. Only if a gap to the bound is left and time remains: the exact model above, started from
 *    the best schedule so far, for a better schedule or a tighter bound.
 * The answer is never worse than greedy's, whose schedule is kept when nothing beats it.
 */

type Placed = { m: Open; slot: number }

/**
 * An upper bound without the solver: no more meetings than can be placed at all, than there are
 * tables, or than half the sum over participants of min(their meetings, their free slots).
 */
function simpleBound(open: Open[], capacity: number[]): number {
  const live = open.filter((m) => m.options.length > 0)
  const degree = new Map<string, number>()
  const slotsOf = new Map<string, Set<number>>()
  const perSlot = capacity.map(() => new Set<string>())
  for (const m of live) {
    for (const p of [m.a, m.b]) {
      degree.set(p, (degree.get(p) ?? 0) + 1)
      if (!slotsOf.has(p)) slotsOf.set(p, new Set())
      for (const s of m.options) {
        slotsOf.get(p)!.add(s)
        perSlot[s]!.add(p)
      }
    }
  }
  let ends = 0
  for (const [p, d] of degree) ends += Math.min(d, slotsOf.get(p)!.size)
  const tables = capacity.reduce(
    (sum, c, s) => sum + Math.min(c, Math.floor(perSlot[s]!.size / 2)),
    0,
  )
  return Math.min(live.length, tables, Math.floor(ends / 2))
}

/** Whether a set of placements breaks no rule (every answer is checked, not trusted). */
function valid(chosen: Placed[], { capacity, busy }: Prepared) {
  const left = [...capacity]
  const taken = new Set(busy)
  const meetings = new Set<Open>()
  for (const { m, slot } of chosen) {
    if (!m.options.includes(slot) || meetings.has(m)) return false
    if (--left[slot]! < 0) return false
    for (const p of [m.a, m.b]) {
      if (taken.has(seat(p, slot))) return false
      taken.add(seat(p, slot))
    }
    meetings.add(m)
  }
  return true
}

type Rows = { cols: number[]; upper: number }[]

/** Step 1: the session-choice relaxation. */
function sessionModel(problem: Problem, { open, capacity }: Prepared) {
  const sessionOf = problem.slots.map((s) => s.session)
  const cols: { m: Open; session: string }[] = []
  const rows: Rows = []
  const byPerson = new Map<string, { cols: number[]; slots: Set<number> }>()
  const bySession = new Map<string, number[]>()
  for (const m of open) {
    const mine: number[] = []
    for (const session of new Set(m.options.map((s) => sessionOf[s]!))) {
      const j = cols.length
      cols.push({ m, session })
      mine.push(j)
      if (!bySession.has(session)) bySession.set(session, [])
      bySession.get(session)!.push(j)
      for (const p of [m.a, m.b]) {
        const key = `${p}|${session}`
        if (!byPerson.has(key)) byPerson.set(key, { cols: [], slots: new Set() })
        const person = byPerson.get(key)!
        person.cols.push(j)
        // The slots of the session where p could meet anyone at all.
        for (const s of m.options) if (sessionOf[s] === session) person.slots.add(s)
      }
    }
    if (mine.length > 1) rows.push({ cols: mine, upper: 1 })
  }
  for (const { cols: c, slots } of byPerson.values()) {
    if (c.length > slots.size) rows.push({ cols: c, upper: slots.size })
  }
  for (const [session, c] of bySession) {
    const tables = capacity.reduce((sum, t, s) => sum + (sessionOf[s] === session ? t : 0), 0)
    if (c.length > tables) rows.push({ cols: c, upper: tables })
  }
  return { cols, rows, sessionOf }
}

/** Step 3: the exact model over meeting × slot. */
function slotModel({ open, capacity }: Prepared) {
  const cols: Placed[] = []
  const rows: Rows = []
  const bySeat = new Map<string, number[]>()
  const bySlot = capacity.map((): number[] => [])
  for (const m of open) {
    const mine: number[] = []
    for (const slot of m.options) {
      const j = cols.length
      cols.push({ m, slot })
      mine.push(j)
      bySlot[slot]!.push(j)
      for (const p of [m.a, m.b]) {
        const key = seat(p, slot)
        if (!bySeat.has(key)) bySeat.set(key, [])
        bySeat.get(key)!.push(j)
      }
    }
    if (mine.length > 1) rows.push({ cols: mine, upper: 1 })
  }
  for (const c of bySeat.values()) if (c.length > 1) rows.push({ cols: c, upper: 1 })
  bySlot.forEach((c, s) => {
    if (c.length > capacity[s]!) rows.push({ cols: c, upper: capacity[s]! })
  })
  return { cols, rows }
}

export async function solveSchedule(
  problem: Problem,
  { timeLimitSeconds = 30 }: { timeLimitSeconds?: number } = {},
): Promise<Schedule> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const left = () => timeLimitSeconds - seconds()
  const deadline = started + timeLimitSeconds * 1000
  const prepared = prepare(problem)
  const { open, fixed } = prepared
  const order = fewestOptionsFirst(open)
  const greedy = placeInOrder(prepared, order)
  let best = greedy
  let bound = fixed.length + simpleBound(open, prepared.capacity)
  let optimal = false
  const consider = (candidate: Placed[] | null) => {
    if (candidate && candidate.length > best.length && valid(candidate, prepared)) best = candidate
  }
  const solver = best.length < bound - fixed.length ? await highs() : null

  if (solver) {
    // 1. Sessions.
    const session = sessionModel(problem, prepared)
    const chosen = maximiseCount(solver, session.cols.length, session.rows, {
      seconds: left() * 0.4,
    })
    bound = Math.min(bound, fixed.length + chosen.bound)
    // 2. Slots within each chosen session, then anything else that fits.
    if (chosen.chosen) {
      const restricted = new Map<Open, Open>()
      for (const j of chosen.chosen) {
        const { m, session: σ } = session.cols[j]!
        const options = m.options.filter((s) => session.sessionOf[s] === σ)
        restricted.set({ ...m, options }, m)
      }
      const within = kempeImprove(
        prepared,
        fewestOptionsFirst([...restricted.keys()]),
        [],
        deadline,
      )
      const lifted = within.map(({ m, slot }) => ({ m: restricted.get(m)!, slot }))
      consider(kempeImprove(prepared, order, lifted, deadline))
    }
    consider(kempeImprove(prepared, order, greedy, deadline))
    // 3. The exact model, if it can still gain something.
    if (fixed.length + best.length < bound && left() > 0.5) {
      const exact = slotModel(prepared)
      const at = new Map(best.map(({ m, slot }) => [m, slot]))
      const start = Float64Array.from(exact.cols, ({ m, slot }) => (at.get(m) === slot ? 1 : 0))
      const solved = maximiseCount(solver, exact.cols.length, exact.rows, {
        start,
        seconds: left(),
      })
      consider(solved.chosen?.map((j) => exact.cols[j]!) ?? null)
      bound = Math.min(bound, fixed.length + solved.bound)
      optimal = solved.optimal
    }
  }
  const assignments = numberTables(
    problem,
    fixed,
    best.map(({ m, slot }) => ({ id: m.id, slot })),
  )
  return {
    assignments,
    bound,
    optimal: optimal || assignments.length >= bound,
    seconds: seconds(),
  }
}
