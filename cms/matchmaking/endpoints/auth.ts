import type { Endpoint } from 'payload'

import { linkEndpoints } from './links'
import { meEndpoints } from './me'
import { registerEndpoints } from './register'

/**
 * Registration (register.ts), the email links and sessions (links.ts) and the participant's own
 * profile (me.ts); contract: MATCHMAKING.md. Sessions travel in the `X-Matchmaking-Session`
 * header (session.ts), never a cookie.
 */
export const authEndpoints: Endpoint[] = [...registerEndpoints, ...linkEndpoints, ...meEndpoints]
