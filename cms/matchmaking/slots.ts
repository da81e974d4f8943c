/**
 * The time slots of an event's matchmaking: each session (events.matchmakingSessions) is cut
 * into meetings of `meetingMinutes` with `breakMinutes` between them, each slot at `tables`
 * tables (or online rooms). Pure: the endpoints, the staff grid, the solver and the benchmark
 * all count slots the same way.
 */
export type SessionConfig = {
  id: string
  start: string
  end: string
  meetingMinutes: number
  breakMinutes: number
  tables: number
  onlineUrl?: string | null
}

export type Slot = {
  /** The session's id. */
  session: string
  /** Position within its session, from 0. */
  index: number
  /** ISO instants, UTC. */
  start: string
  end: string
}

const minute = 60_000

/** Every slot of the sessions, in time order. A session too short for one meeting has none. */
export function slotsOf(sessions: readonly SessionConfig[]): Slot[] {
  const slots: Slot[] = []
  for (const session of sessions) {
    const from = Date.parse(session.start)
    const to = Date.parse(session.end)
    const length = session.meetingMinutes * minute
    const step = (session.meetingMinutes + session.breakMinutes) * minute
    if (!Number.isFinite(from) || !Number.isFinite(to) || length <= 0) continue
    for (let t = from, index = 0; t + length <= to; t += step, index++) {
      slots.push({
        session: session.id,
        index,
        start: new Date(t).toISOString(),
        end: new Date(t + length).toISOString(),
      })
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start))
}

/** Whether two sessions share any moment (they must not: a slot's start names it). */
export const sessionsOverlap = (a: Pick<SessionConfig, 'start' | 'end'>, b: typeof a): boolean =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)

/** The online room of a table in an online session, or null for a table in the venue. */
export function roomUrl(session: Pick<SessionConfig, 'onlineUrl'>, table: number): string | null {
  return session.onlineUrl ? `${session.onlineUrl}${table}` : null
}
