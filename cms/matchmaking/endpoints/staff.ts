import type { Endpoint } from 'payload'

/** Matchmaking endpoints: staff grid, move, schedule all, exports, revoke. */
export const staffEndpoints: Endpoint[] = []
