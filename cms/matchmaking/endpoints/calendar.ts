import type { Endpoint } from 'payload'

/** Matchmaking endpoints: the private calendar feed. */
export const calendarEndpoints: Endpoint[] = []
