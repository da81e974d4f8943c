import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { rateLimitSettings } from '../forms/rateLimit'

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

const limiters = new Map<number, RateLimiterMemory>()

/** Counts one request; null when allowed, else the seconds until the next one is (Retry-After). */
export async function takeMeetingRequest(participant: number | string): Promise<number | null> {
  // FORMS_RATE_LIMIT=off (load tests) switches every limit off, this one too.
  if (!rateLimitSettings()) return null
  const points = requestsPerHour()
  let limiter = limiters.get(points)
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: 'mm-requests', points, duration: 3600 })
    limiters.set(points, limiter)
  }
  try {
    await limiter.consume(String(participant))
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
