import { numberTables, prepare, seat } from './prepare'
import type { Assignment, Problem } from './types'

/**
 * The baseline: meetings with the fewest possible slots first (ties: the busier pair first),
 * each into the earliest slot where both parties are free and a table is left. Fast and
 * deterministic, but blind to what a choice costs later meetings, which is where it loses to
 * the solver (popular participants fill up with early meetings that could have gone elsewhere).
 * Returns every placement, the fixed ones included, with table numbers.
 */
export function greedySchedule(problem: Problem): Assignment[] {
  const { open, capacity, fixed, busy } = prepare(problem)
  const degree = new Map<string, number>()
  for (const m of open) {
    degree.set(m.a, (degree.get(m.a) ?? 0) + 1)
    degree.set(m.b, (degree.get(m.b) ?? 0) + 1)
  }
  const load = (m: (typeof open)[number]) => degree.get(m.a)! + degree.get(m.b)!
  const order = open
    .filter((m) => m.options.length > 0)
    .sort((x, y) => x.options.length - y.options.length || load(y) - load(x))
  const left = [...capacity]
  const taken = new Set(busy)
  const placed: { id: Assignment['meeting']; slot: number }[] = []
  for (const m of order) {
    const slot = m.options.find(
      (s) => left[s]! > 0 && !taken.has(seat(m.a, s)) && !taken.has(seat(m.b, s)),
    )
    if (slot === undefined) continue
    left[slot]!--
    taken.add(seat(m.a, slot))
    taken.add(seat(m.b, slot))
    placed.push({ id: m.id, slot })
  }
  return numberTables(problem, fixed, placed)
}
