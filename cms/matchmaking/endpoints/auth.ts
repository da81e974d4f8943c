import type { Endpoint } from 'payload'

/** Matchmaking endpoints: register, confirm, sign-in links, session, me. */
export const authEndpoints: Endpoint[] = []
