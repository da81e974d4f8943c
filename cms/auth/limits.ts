import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * The throttles in front of Payload's login and forgot-password, all in this process's memory.
 *
 * Why memory and not a shared store: rate-limiter-flexible's SQLite and Drizzle stores need a
 * table of their own outside Payload's migrations, and `npm start` serves the CMS from one
 * process. Payload's stored `lockUntil` stays the persistent, cross-process record: once one
 * process has locked an account, every process refuses it. With N processes serving the same
 * database, a burst could reach 5 password checks per process before that lock is written.
 */

/** What a client IP may send per window; AUTH_RATE_LIMIT_<LOGIN|FORGOT>_<POINTS|SECONDS>. */
export const defaultIpLimits = {
  login: { points: 20, seconds: 600 },
  forgot: { points: 5, seconds: 3600 },
}
export type IpAction = keyof typeof defaultIpLimits

const positive = (v: string | undefined, fallback: number) => {
  const n = Math.trunc(Number(v))
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/**
 * The per-IP limit in force, read on every request so that a test or an operator can change it;
 * null with AUTH_RATE_LIMIT=off (load tests only; the per-account limit always applies).
 */
export function ipLimit(action: IpAction): { points: number; seconds: number } | null {
  if (process.env.AUTH_RATE_LIMIT === 'off') return null
  const prefix = `AUTH_RATE_LIMIT_${action.toUpperCase()}_`
  return {
    points: positive(process.env[`${prefix}POINTS`], defaultIpLimits[action].points),
    seconds: positive(process.env[`${prefix}SECONDS`], defaultIpLimits[action].seconds),
  }
}

const limiters = new Map<string, RateLimiterMemory>()

function limiter(name: string, points: number, seconds: number): RateLimiterMemory {
  const id = `${name}:${points}:${seconds}`
  let found = limiters.get(id)
  if (!found) {
    found = new RateLimiterMemory({ keyPrefix: `auth-${name}`, points, duration: seconds })
    limiters.set(id, found)
  }
  return found
}

/** Counts one point for `key`; null when allowed, else the seconds until the next is allowed. */
async function take(l: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await l.consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/** Counts one login or forgot-password request from `ip`; seconds to wait, or null. */
export async function takeIpAttempt(action: IpAction, ip: string): Promise<number | null> {
  const limit = ipLimit(action)
  return limit ? take(limiter(action, limit.points, limit.seconds), ip) : null
}

/** A login that succeeded does not count against its network. */
export async function refundIpAttempt(action: IpAction, ip: string): Promise<void> {
  const limit = ipLimit(action)
  if (limit) await limiter(action, limit.points, limit.seconds).reward(ip, 1)
}

/** The account key: the email as Payload's login looks it up (lower case, trimmed). */
export const accountKey = (email: string) => email.toLowerCase().trim().slice(0, 320)

export type AccountLimit = { maxLoginAttempts: number; lockTime: number }

const accountLimiter = ({ maxLoginAttempts, lockTime }: AccountLimit) =>
  limiter('account', maxLoginAttempts, Math.max(1, Math.ceil(lockTime / 1000)))

/**
 * Reserves one password check for the account `email`, known or not, before the password is
 * checked: the (maxLoginAttempts+1)th within the lock window is refused however many requests
 * arrive at once. Resolves to false when refused.
 */
export async function takePasswordCheck(limit: AccountLimit, email: string): Promise<boolean> {
  return (await take(accountLimiter(limit), accountKey(email))) === null
}

/** After a good login, an admin's unlock or a password reset: the account starts afresh. */
export async function forgetAccount(limit: AccountLimit, email: string): Promise<void> {
  await accountLimiter(limit).delete(accountKey(email))
}

/** Tests only: every throttle starts empty. */
export function resetAuthLimits(): void {
  limiters.clear()
}
