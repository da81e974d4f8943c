import { numberTables, type Open, type Prepared, prepare, seat } from './prepare'
import type { Assignment, Problem } from './types'

/** Meetings with the fewest possible slots first; ties: the busier pair first. */
export function fewestOptionsFirst(open: Open[]): Open[] {
  const degree = new Map<string, number>()
  for (const m of open) {
    degree.set(m.a, (degree.get(m.a) ?? 0) + 1)
    degree.set(m.b, (degree.get(m.b) ?? 0) + 1)
  }
  const load = (m: Open) => degree.get(m.a)! + degree.get(m.b)!
  return open
    .filter((m) => m.options.length > 0)
    .sort((x, y) => x.options.length - y.options.length || load(y) - load(x))
}

/** Each meeting in turn into the earliest of its slots where both are free and a table is left. */
export function placeInOrder(
  { capacity, busy }: Pick<Prepared, 'capacity' | 'busy'>,
  order: Open[],
): { m: Open; slot: number }[] {
  const left = [...capacity]
  const taken = new Set(busy)
  const placed: { m: Open; slot: number }[] = []
  for (const m of order) {
    const slot = m.options.find(
      (s) => left[s]! > 0 && !taken.has(seat(m.a, s)) && !taken.has(seat(m.b, s)),
    )
    if (slot === undefined) continue
    left[slot]!--
    taken.add(seat(m.a, slot))
    taken.add(seat(m.b, slot))
    placed.push({ m, slot })
  }
  return placed
}

/**
 * The baseline: meetings with the fewest possible slots first (ties: the busier pair first),
 * each into the earliest slot where both parties are free and a table is left. Fast and
 * deterministic, but blind to what a choice costs later meetings, which is where it loses to
 * the solver (popular participants fill up with early meetings that could have gone elsewhere).
 * Returns every placement, the fixed ones included, with table numbers.
 */
export function greedySchedule(problem: Problem): Assignment[] {
  const prepared = prepare(problem)
  const placed = placeInOrder(prepared, fewestOptionsFirst(prepared.open))
  return numberTables(
    problem,
    prepared.fixed,
    placed.map(({ m, slot }) => ({ id: m.id, slot })),
  )
}
