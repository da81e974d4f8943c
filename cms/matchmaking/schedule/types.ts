import type { Slot } from '../slots'

type Id = number | string

/**
 * One event's scheduling problem: accepted meetings to place into slots and tables, each
 * participant at most once per slot, each table of a session once per slot, a participant only
 * in the sessions it attends. Pure data: the staff's "schedule all", the property tests and
 * `npm run bench:matchmaking` build it alike.
 */
export type Problem = {
  /** Every slot of the event, in time order (slotsOf). */
  slots: Slot[]
  /** Tables per session id. */
  tables: Record<string, number>
  /** Meetings to place, each between two participants. */
  meetings: { id: Id; a: Id; b: Id }[]
  /** Sessions each participant attends; a participant not listed attends all. */
  attends: Record<string, string[]>
  /**
   * Meetings already placed that stay where they are (their slot and table are taken). Each is
   * also listed in `meetings`, which is how its parties are known to be busy in that slot.
   */
  fixed?: Assignment[]
}

/** A meeting placed at a slot (index into `Problem.slots`) and a table (from 1). */
export type Assignment = { meeting: Id; slot: number; table: number }

export type Schedule = {
  /** Every placement, the fixed ones included (unchanged). */
  assignments: Assignment[]
  /** A proven upper bound on how many of the meetings can be placed. */
  bound: number
  /** Whether the solver proved its answer optimal. */
  optimal: boolean
  seconds: number
}
