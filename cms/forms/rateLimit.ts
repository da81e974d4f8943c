import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Submissions one visitor may send to one form per window, unless set by environment. */
export const defaultRateLimit = { points: 5, seconds: 600 }

/**
 * The limit in force, read on every request so that a test or an operator can change it:
 * FORMS_RATE_LIMIT_POINTS per FORMS_RATE_LIMIT_SECONDS, or none with FORMS_RATE_LIMIT=off
 * (load tests only).
 */
export function rateLimitSettings(): { points: number; seconds: number } | null {
  if (process.env.FORMS_RATE_LIMIT === 'off') return null
  const positive = (v: string | undefined, fallback: number) => {
    const n = Math.trunc(Number(v))
    return Number.isFinite(n) && n > 0 ? n : fallback
  }
  return {
    points: positive(process.env.FORMS_RATE_LIMIT_POINTS, defaultRateLimit.points),
    seconds: positive(process.env.FORMS_RATE_LIMIT_SECONDS, defaultRateLimit.seconds),
  }
}

// One memory store per form and setting; process-wide, as is the CMS server.
const limiters = new Map<string, RateLimiterMemory>()

/**
 * Counts one submission of `form` from `visitor`. Resolves to null when it is allowed, else to
 * the seconds until the visitor may send again (for Retry-After).
 */
export async function takeSubmission(form: string, visitor: string): Promise<number | null> {
  const settings = rateLimitSettings()
  if (!settings) return null
  const id = `${form}:${settings.points}:${settings.seconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    limiter = new RateLimiterMemory({
      keyPrefix: `form-${form}`,
      points: settings.points,
      duration: settings.seconds,
    })
    limiters.set(id, limiter)
  }
  try {
    await limiter.consume(visitor)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
