import { limiter, type LimitStore, take } from '../limits/store'

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

/**
 * Counts one submission of `form` from `visitor` in `store` (the request's Payload: the count
 * every CMS instance shares; null counts in this process only). Resolves to null when it is
 * allowed, else to the seconds until the visitor may send again (for Retry-After).
 */
export async function takeSubmission(
  store: LimitStore,
  form: string,
  visitor: string,
): Promise<number | null> {
  const settings = rateLimitSettings()
  if (!settings) return null
  const { points, seconds } = settings
  return take(limiter(store, { keyPrefix: `form-${form}`, points, seconds }), visitor)
}
