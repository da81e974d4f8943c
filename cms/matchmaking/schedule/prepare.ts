import type { Assignment, Problem } from './types'

type Id = number | string

/** A meeting still to place, with the slots where both of its parties could meet. */
export type Open = { id: Id; a: string; b: string; options: number[] }

/**
 * What the greedy loop and the solver share: the slots each unplaced meeting could take (both
 * parties attend the slot's session and neither is held there by a fixed meeting), the seats
 * left per slot once fixed meetings sit at their tables, and who is busy where.
 */
export type Prepared = {
  open: Open[]
  /** Tables still free per slot (session tables minus fixed meetings there). */
  capacity: number[]
  /** Fixed assignments that name a real slot, kept as they are. */
  fixed: Assignment[]
  /** `${participant}@${slot}` of every participant a fixed meeting holds. */
  busy: Set<string>
}

export const seat = (participant: string, slot: number) => `${participant}@${slot}`

export function prepare(problem: Problem): Prepared {
  const { slots, tables, meetings, attends } = problem
  const fixed = (problem.fixed ?? []).filter((f) => slots[f.slot] !== undefined)
  const fixedIds = new Set(fixed.map((f) => String(f.meeting)))
  const parties = new Map(meetings.map((m) => [String(m.id), m]))
  const capacity = slots.map((s) => tables[s.session] ?? 0)
  const busy = new Set<string>()
  for (const f of fixed) {
    capacity[f.slot] = Math.max(0, capacity[f.slot]! - 1)
    const m = parties.get(String(f.meeting))
    if (m) {
      busy.add(seat(String(m.a), f.slot))
      busy.add(seat(String(m.b), f.slot))
    }
  }
  // Not listed, or listed with no session, means every session (the participants' contract).
  const attendsSlot = (p: string, slot: number) => {
    const list = attends[p]
    return !list?.length || list.includes(slots[slot]!.session)
  }
  const open: Open[] = []
  const seen = new Set<string>()
  for (const m of meetings) {
    const id = String(m.id)
    if (fixedIds.has(id) || seen.has(id)) continue
    seen.add(id)
    const a = String(m.a)
    const b = String(m.b)
    if (a === b) continue
    const options: number[] = []
    for (let s = 0; s < slots.length; s++) {
      if (capacity[s]! <= 0) continue
      if (!attendsSlot(a, s) || !attendsSlot(b, s)) continue
      if (busy.has(seat(a, s)) || busy.has(seat(b, s))) continue
      options.push(s)
    }
    open.push({ id: m.id, a, b, options })
  }
  return { open, capacity, fixed, busy }
}

/**
 * Gives the meetings placed in each slot table numbers: tables of a session are alike, so any
 * free table will do; fixed meetings keep theirs, the others take the lowest free ones in order.
 */
export function numberTables(
  problem: Problem,
  fixed: Assignment[],
  placed: { id: Id; slot: number }[],
): Assignment[] {
  const taken = new Map<number, Set<number>>()
  for (const f of fixed) {
    if (!taken.has(f.slot)) taken.set(f.slot, new Set())
    taken.get(f.slot)!.add(f.table)
  }
  const out: Assignment[] = [...fixed]
  const next = new Map<number, number>()
  for (const p of placed) {
    const used = taken.get(p.slot) ?? new Set<number>()
    let table = next.get(p.slot) ?? 1
    while (used.has(table)) table++
    const limit = problem.tables[problem.slots[p.slot]!.session] ?? 0
    if (table > limit) throw new Error(`slot ${p.slot} has no table left for meeting ${p.id}`)
    next.set(p.slot, table + 1)
    out.push({ meeting: p.id, slot: p.slot, table })
  }
  return out
}
