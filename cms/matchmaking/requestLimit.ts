import { rateLimitSettings } from '../forms/rateLimit'
import { limiter, type LimitStore, take } from '../limits/store'

/**
 * Meeting requests one participant may send per hour. Counted per participant, not per address:
 * at the venue everyone shares one network, and a participant is known by its session. Thirty
 * is far above what a person sends by hand (the forms' five per ten minutes would stop someone
 * working through a list of suggestions) and still stops a script from mailing everybody.
 */
export const requestsPerHour = () => {
  const n = Math.trunc(Number(process.env.MATCHMAKING_REQUESTS_PER_HOUR))
  return Number.isFinite(n) && n > 0 ? n : 30
}

/**
 * Counts one request in `store` (the request's Payload, shared by every CMS instance); null
 * when allowed, else the seconds until the next one is (Retry-After).
 */
export async function takeMeetingRequest(
  store: LimitStore,
  participant: number | string,
): Promise<number | null> {
  // FORMS_RATE_LIMIT=off (load tests) switches every limit off, this one too.
  if (!rateLimitSettings()) return null
  const options = { keyPrefix: 'mm-requests', points: requestsPerHour(), seconds: 3600 }
  return take(limiter(store, options), String(participant))
}
