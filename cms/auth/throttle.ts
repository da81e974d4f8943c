import {
  APIError,
  LockedAuth,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { clientIp } from '../forms/clientIp'
import { message } from '../i18n/messages'
import { collections } from '@shared/slugs'
import {
  type AccountLimit,
  forgetAccount,
  type IpAction,
  refundIpAttempt,
  takeIpAttempt,
  takePasswordCheck,
} from './limits'
import { checkAgainstNobody } from './passwordHash'

// Server code (the Local API: seed, approving an application) is not a visitor to throttle.
const fromOutside = (req: PayloadRequest) => req.payloadAPI !== 'local'

/** Refuses the request with 429, Retry-After and a localized message when its IP is over. */
async function guardIp(req: PayloadRequest, action: IpAction): Promise<void> {
  if (!fromOutside(req)) return
  const wait = await takeIpAttempt(req.payload, action, clientIp(req.headers))
  if (wait === null) return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(wait))
  const key = action === 'login' ? 'loginRateLimited' : 'forgotRateLimited'
  throw new APIError(message(req, key, { minutes: Math.ceil(wait / 60) }), 429, null, true)
}

/**
 * Before Payload looks at a login: the client IP's throttle, then one reserved password check
 * for the account, known or not. Payload counts wrong passwords only after checking them, so a
 * burst of parallel requests was all checked before its stored lock held; here the 6th is
 * refused with Payload's own "locked" answer first. An email without an account gets a check
 * of the same cost against a dummy hash, so neither the answer nor its time tells whether the
 * account exists.
 */
async function guardLogin(limit: AccountLimit, args: { data?: unknown }, req: PayloadRequest) {
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Without both, Payload answers with its own validation error before any password check.
  if (typeof email !== 'string' || !email.trim()) return
  if (typeof password !== 'string' || !password.trim()) return
  await guardIp(req, 'login')
  if (!(await takePasswordCheck(req.payload, limit, email))) throw new LockedAuth(req.t)
  const user = await req.payload.db.findOne({
    collection: collections.users,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (!user) await checkAgainstNobody(password)
}

/** Users `hooks.beforeOperation`: throttles login and forgot-password. */
export const throttleAuth =
  (limit: AccountLimit): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'login') await guardLogin(limit, args, req)
    // Server code that makes a token itself (a welcome link on approval) passes disableEmail,
    // inside a staff member's request; the REST and GraphQL endpoints never do.
    const fromEndpoint = !(args as { disableEmail?: boolean }).disableEmail
    if (operation === 'forgotPassword' && fromEndpoint) await guardIp(req, 'forgot')
    return args
  }

/** Users `hooks.afterLogin`: a good login clears its account's count and its IP's attempt. */
export const clearAfterLogin =
  (limit: AccountLimit): CollectionAfterLoginHook =>
  async ({ req, user }) => {
    await forgetAccount(req.payload, limit, String(user.email ?? ''))
    if (fromOutside(req)) await refundIpAttempt(req.payload, 'login', clientIp(req.headers))
  }

/** Users `hooks.afterOperation`: an admin's unlock and a password reset clear the count too. */
export const clearAfterUnlock =
  (limit: AccountLimit): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (operation === 'unlock' && result) {
      await forgetAccount(
        req.payload,
        limit,
        String((args.data as { email?: unknown })?.email ?? ''),
      )
    }
    if (operation === 'resetPassword') {
      const email = (result as { user?: { email?: unknown } } | undefined)?.user?.email
      if (typeof email === 'string') await forgetAccount(req.payload, limit, email)
    }
    return result
  }
