import type { Endpoint } from 'payload'

/** Matchmaking endpoints: meeting requests, accept, decline, cancel, free slots, agenda. */
export const meetingEndpoints: Endpoint[] = []
