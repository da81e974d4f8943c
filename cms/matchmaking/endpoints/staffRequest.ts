import type { PayloadHandler, PayloadRequest } from 'payload'

import { isStaffUser } from '../../access/roles'
import { requestLanguage, t, type KeysUnder } from '../../i18n/messages'
import type { Event } from '../../payload-types'
import { matchmakingEvent } from '../staffData'
import { answer } from './respond'

/* What every staff endpoint shares: the staff check (origin, login, role) and its answers. */

export type Say = KeysUnder<'mmStaff'>

/** An error answer in the forms' shape, in the admin's language. */
export const refuse = (
  req: PayloadRequest,
  status: number,
  code: Say,
  extra: Record<string, unknown> = {},
) =>
  answer(req, status, {
    errors: { _form: t(requestLanguage(req), `mmStaff.${code}`) },
    codes: { _form: code.replace(/^error\.|^conflict\./, '') },
    ...extra,
  })

/**
 * The admin's own origin: the address the request came to (its Host) and the configured
 * serverURL. The staff endpoints act on the admin's login cookie, so another site's page must
 * not be able to make a staff member's browser call them (CSRF): a browser always names the
 * page's origin on a cross-site POST or fetch, and marks navigations with Sec-Fetch-Site.
 */
function fromAdmin(req: PayloadRequest): boolean {
  const origin = req.headers.get('origin')
  if (origin === null) return req.headers.get('sec-fetch-site') !== 'cross-site'
  const own = new Set<string>()
  if (req.payload.config.serverURL) own.add(new URL(req.payload.config.serverURL).origin)
  if (req.url) {
    const url = new URL(req.url)
    own.add(url.origin)
    const host = req.headers.get('host')
    if (host) own.add(`${url.protocol}//${host}`)
  }
  return own.has(origin)
}

/**
 * A staff endpoint: the admin's origin (or none), a logged-in CMS user (Payload's `req.user`,
 * from its cookie or token) with the admin or editor role. A participant's session header is
 * never read here, so it can never count.
 */
export const staffHandler =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!fromAdmin(req)) return refuse(req, 403, 'error.origin')
    if (!req.user) return refuse(req, 401, 'error.login')
    if (!isStaffUser(req.user)) return refuse(req, 403, 'error.staffOnly')
    return handler(req)
  }

export const routeId = (req: PayloadRequest) => req.routeParams?.id as string | undefined

/**
 * A staff endpoint under `events/:id/`: the event of the path, with matchmaking, read in the
 * admin's content locale; 404 when there is none.
 */
export const staffEventHandler = (
  handler: (req: PayloadRequest, event: Event) => Promise<Response>,
): PayloadHandler =>
  staffHandler(async (req) => {
    const event = await matchmakingEvent(req.payload, routeId(req), req.locale ?? undefined)
    return event ? handler(req, event) : refuse(req, 404, 'error.notFound')
  })

export const idOf = (v: unknown) =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: number }).id : (v as number)
