import type { PayloadRequest } from 'payload'

import type { FreeSlot } from '@shared/matchmakingTypes'
import { type Parties, placeMeeting } from './booking'
import { freeTables } from './freeSlots'

/**
 * Places a meeting in a slot at the lowest table free, as the accepting participant (`req`).
 * Two participants may race for the same table: the ledger lets one win, and the other tries
 * the next free table, until none is left. False when the slot is full, or either party got
 * another meeting at that time meanwhile.
 */
export async function placeAtFreeTable(
  req: PayloadRequest,
  meeting: Parties,
  slot: FreeSlot,
  tables: number,
): Promise<boolean> {
  const tried = new Set<number>()
  for (;;) {
    const free = await freeTables(req.payload, meeting, slot.start, tables)
    const table = free.find((t) => !tried.has(t))
    if (table === undefined) return false
    const placed = await placeMeeting(req.payload, meeting, { ...slot, table }, req)
    if (placed.ok) return true
    if (placed.conflict === 'participant') return false
    tried.add(table)
  }
}
