import loadHighs, { type Highs } from 'highs'

import { greedySchedule } from './greedy'
import { numberTables, type Open, prepare, seat } from './prepare'
import type { Assignment, Problem, Schedule } from './types'

/**
 * The optimal scheduler for staff-scheduled matchmaking: a mixed-integer program solved by
 * HiGHS (the `highs` package: HiGHS compiled to WebAssembly, no native build, no install
 * script, runs offline).
 *
 * Model. Tables within a session are alike, so a meeting only needs a slot; table numbers are
 * handed out afterwards (numberTables). One binary x[m,s] per meeting m and slot s where both
 * parties attend s's session and neither is held there by a fixed meeting;
 *   maximize  Σ x[m,s]
 *   s.t.      Σ_s x[m,s] ≤ 1                   each meeting at most once
 *             Σ_{m ∋ p} x[m,s] ≤ 1            each participant once per slot
 *             Σ_m x[m,s] ≤ tables(s) − fixed(s)  the tables left in each slot
 * started from the greedy schedule (HiGHS keeps it as its first incumbent). The answer is never
 * worse than greedy: if the solver runs out of time with something worse (or nothing), greedy's
 * schedule is returned. `bound` is HiGHS's proven dual bound (at least as tight as the LP
 * relaxation), or the degree/capacity bound below when that is tighter or the solver stopped
 * before proving one.
 */

let runtime: Promise<Highs> | undefined
/** One WebAssembly instance per process: loading it compiles ~3 MB of wasm. */
const highs = () => (runtime ??= loadHighs())

type Id = Assignment['meeting']

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

/** Whether a set of placements breaks no rule (the solver's answer is checked, not trusted). */
function valid(chosen: { m: Open; slot: number }[], capacity: number[], busy: Set<string>) {
  const left = [...capacity]
  const taken = new Set(busy)
  const meetings = new Set<string>()
  for (const { m, slot } of chosen) {
    if (!m.options.includes(slot) || meetings.has(String(m.id))) return false
    if (--left[slot]! < 0) return false
    for (const p of [m.a, m.b]) {
      if (taken.has(seat(p, slot))) return false
      taken.add(seat(p, slot))
    }
    meetings.add(String(m.id))
  }
  return true
}

export async function solveSchedule(
  problem: Problem,
  { timeLimitSeconds = 30 }: { timeLimitSeconds?: number } = {},
): Promise<Schedule> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const { open, capacity, fixed, busy } = prepare(problem)
  const greedy = greedySchedule(problem)
  const cheapBound = fixed.length + simpleBound(open, capacity)
  if (greedy.length >= cheapBound) {
    return { assignments: greedy, bound: greedy.length, optimal: true, seconds: seconds() }
  }

  // Columns: every (meeting, slot) it could take.
  const colMeeting: Open[] = []
  const colSlot: number[] = []
  const rows: number[][] = []
  const rowUpper: number[] = []
  const bySeat = new Map<string, number[]>()
  const bySlot = capacity.map((): number[] => [])
  for (const m of open) {
    const cols: number[] = []
    for (const s of m.options) {
      const j = colMeeting.length
      colMeeting.push(m)
      colSlot.push(s)
      cols.push(j)
      bySlot[s]!.push(j)
      for (const p of [m.a, m.b]) {
        const key = seat(p, s)
        if (!bySeat.has(key)) bySeat.set(key, [])
        bySeat.get(key)!.push(j)
      }
    }
    if (cols.length > 1) {
      rows.push(cols)
      rowUpper.push(1)
    }
  }
  for (const cols of bySeat.values()) {
    if (cols.length > 1) {
      rows.push(cols)
      rowUpper.push(1)
    }
  }
  bySlot.forEach((cols, s) => {
    if (cols.length > capacity[s]!) {
      rows.push(cols)
      rowUpper.push(capacity[s]!)
    }
  })

  const n = colMeeting.length
  const starts = new Int32Array(rows.length + 1)
  rows.forEach((r, i) => (starts[i + 1] = starts[i]! + r.length))
  const indices = Int32Array.from(rows.flat())
  const solver = await highs()
  // Greedy's placements as the starting incumbent.
  const placedAt = new Map(greedy.map((g) => [String(g.meeting), g.slot]))
  const start = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    if (placedAt.get(String(colMeeting[j]!.id)) === colSlot[j]) start[j] = 1
  }

  let chosen: { m: Open; slot: number }[] = []
  let dualBound = Number.POSITIVE_INFINITY
  let optimal = false
  solver.withModel(
    {
      numCols: n,
      numRows: rows.length,
      sense: solver.constants.objectiveSense.maximize,
      colCost: new Float64Array(n).fill(1),
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(1),
      rowLower: new Float64Array(rows.length).fill(-solver.infinity),
      rowUpper: Float64Array.from(rowUpper),
      matrix: {
        format: 'csr',
        numRows: rows.length,
        numCols: n,
        starts,
        indices,
        values: new Float64Array(indices.length).fill(1),
      },
      integrality: new Int32Array(n).fill(solver.constants.variableType.integer),
    },
    (model) => {
      model.options.set({
        output_flag: false,
        time_limit: Math.max(0.5, timeLimitSeconds - seconds()),
        mip_rel_gap: 0,
        random_seed: 1,
      })
      model.setSolution({ colValue: start })
      const { modelStatus } = model.run()
      optimal = modelStatus === solver.constants.modelStatus.optimal
      const reported = Number(model.info.get('mip_dual_bound'))
      // A maximum of a 0/1 count: the bound rounds down (with a hair for float noise).
      if (Number.isFinite(reported)) dualBound = Math.floor(reported + 1e-6)
      if (Number(model.info.get('primal_solution_status')) > 0) {
        const { colValue } = model.getSolution()
        for (let j = 0; j < n; j++) {
          if (colValue[j]! > 0.5) chosen.push({ m: colMeeting[j]!, slot: colSlot[j]! })
        }
      }
    },
  )
  if (!valid(chosen, capacity, busy)) chosen = []

  const bound = Math.min(cheapBound, fixed.length + dualBound)
  if (fixed.length + chosen.length <= greedy.length) {
    return { assignments: greedy, bound, optimal: greedy.length >= bound, seconds: seconds() }
  }
  const placed: { id: Id; slot: number }[] = chosen.map(({ m, slot }) => ({ id: m.id, slot }))
  const assignments = numberTables(problem, fixed, placed)
  return {
    assignments,
    bound,
    optimal: optimal || assignments.length >= bound,
    seconds: seconds(),
  }
}
