import type { Endpoint } from 'payload'

/** Matchmaking endpoints: participants list, filters, suggested matches. */
export const browseEndpoints: Endpoint[] = []
