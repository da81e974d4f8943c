import { clearLimits, limiter as sharedLimiter, type LimitStore, take } from '../limits/store'

/**
 * The throttles in front of Payload's login and forgot-password, counted in the CMS's database
 * (cms/limits/store.ts) so that every instance behind the load balancer shares them: a burst
 * spread over N instances still gets 5 password checks per account, not 5 per instance, and an
 * unlock or a good login on one instance clears the count on all. Payload's stored `lockUntil`
 * stays the record people see and admins clear.
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

const limiter = (store: LimitStore, name: string, points: number, seconds: number) =>
  sharedLimiter(store, { keyPrefix: `auth-${name}`, points, seconds })

/** Counts one login or forgot-password request from `ip`; seconds to wait, or null. */
export async function takeIpAttempt(
  store: LimitStore,
  action: IpAction,
  ip: string,
): Promise<number | null> {
  const limit = ipLimit(action)
  return limit ? take(limiter(store, action, limit.points, limit.seconds), ip) : null
}

/** A login that succeeded does not count against its network. */
export async function refundIpAttempt(
  store: LimitStore,
  action: IpAction,
  ip: string,
): Promise<void> {
  const limit = ipLimit(action)
  if (limit) await limiter(store, action, limit.points, limit.seconds).reward(ip, 1)
}

/** The account key: the email as Payload's login looks it up (lower case, trimmed). */
export const accountKey = (email: string) => email.toLowerCase().trim().slice(0, 320)

export type AccountLimit = { maxLoginAttempts: number; lockTime: number }

const accountLimiter = (store: LimitStore, { maxLoginAttempts, lockTime }: AccountLimit) =>
  limiter(store, 'account', maxLoginAttempts, Math.max(1, Math.ceil(lockTime / 1000)))

/**
 * Reserves one password check for the account `email`, known or not, before the password is
 * checked: the (maxLoginAttempts+1)th within the lock window is refused however many requests
 * arrive at once. Resolves to false when refused.
 */
export async function takePasswordCheck(
  store: LimitStore,
  limit: AccountLimit,
  email: string,
): Promise<boolean> {
  return (await take(accountLimiter(store, limit), accountKey(email))) === null
}

/** After a good login, an admin's unlock or a password reset: the account starts afresh. */
export async function forgetAccount(
  store: LimitStore,
  limit: AccountLimit,
  email: string,
): Promise<void> {
  await accountLimiter(store, limit).delete(accountKey(email))
}

/** Tests only: every throttle starts empty. */
export const resetAuthLimits = (store: LimitStore) => clearLimits(store, 'auth-')
