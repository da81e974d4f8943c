import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { ActingParticipant } from '../../access/participants'
import { originAllowed, siteOrigin } from '../../forms/cors'
import { formLocale } from '../../forms/locale'
import { t, type MessageKey } from '../../i18n/messages'
import { type Locale } from '@shared/locales'
import { actAsParticipant, sessionHeader } from '../session'

/**
 * Problems a matchmaking endpoint answers with, as codes; their words are the CMS catalogue's
 * `matchmaking.error.<code>` in every locale. Field errors of a body use the forms' codes
 * (cms/shared/formSchema.ts) under `errors.<field>`, as the forms of step 3 do.
 */
export type MatchmakingProblem =
  | 'signedOut'
  | 'notFound'
  | 'registrationClosed'
  | 'bookingClosed'
  | 'notValidated'
  | 'slotTaken'
  | 'notAllowed'
  | 'invalid'
  | 'rateLimited'
  | 'origin'
  | 'tooLarge'
  | 'contentType'
  | 'unreadable'
  | 'unavailable'
  | 'linkExpired'

/** The language of an answer: the body's or query's `locale`, else the browser's. */
export const answerLocale = (req: PayloadRequest, body?: unknown): Locale =>
  formLocale(
    body ?? { locale: new URL(req.url ?? 'http://x').searchParams.get('locale') },
    req.headers.get('accept-language'),
  )

/** CORS for the portal's islands: its origin alone, with the session header. */
export function matchmakingHeaders(origin: string | null): Headers {
  const headers = new Headers({ Vary: 'Origin', 'Cache-Control': 'no-store' })
  if (origin !== null && origin === siteOrigin()) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Expose-Headers', 'Retry-After')
  }
  return headers
}

/** A JSON answer, never cached, readable by the portal's page. */
export function answer(
  req: PayloadRequest,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
) {
  const headers = matchmakingHeaders(req.headers.get('origin'))
  headers.set('Content-Type', 'application/json; charset=utf-8')
  for (const [name, value] of Object.entries(extra)) headers.set(name, value)
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers })
}

/**
 * An error answer: `{ errors: { _form: message, field: message }, codes: { … } }`, the shape of
 * the forms' answers, so the islands show both the same way.
 */
export function problem(
  req: PayloadRequest,
  status: number,
  code: MatchmakingProblem,
  options: {
    locale?: Locale
    vars?: Record<string, string | number>
    headers?: Record<string, string>
  } = {},
) {
  const locale = options.locale ?? answerLocale(req)
  const text = t(locale, `matchmaking.error.${code}` as MessageKey, options.vars)
  return answer(req, status, { errors: { _form: text }, codes: { _form: code } }, options.headers)
}

/** The answer to a browser's preflight for one path. */
function preflight(methods: string[]): PayloadHandler {
  return (req) => {
    const origin = req.headers.get('origin')
    const headers = matchmakingHeaders(origin)
    headers.set('Allow', [...methods, 'OPTIONS'].join(', '))
    if (headers.has('Access-Control-Allow-Origin')) {
      headers.set('Access-Control-Allow-Methods', [...methods, 'OPTIONS'].join(', '))
      headers.set('Access-Control-Allow-Headers', `Content-Type, Accept-Language, ${sessionHeader}`)
      headers.set('Access-Control-Max-Age', '600')
    }
    return new Response(null, { status: originAllowed(origin) ? 204 : 403, headers })
  }
}

/** Adds one OPTIONS endpoint per path, answering for the methods the path has. */
export function withPreflight(endpoints: Endpoint[]): Endpoint[] {
  const byPath = new Map<string, string[]>()
  for (const e of endpoints)
    byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.method.toUpperCase()])
  return [
    ...endpoints,
    ...[...byPath].map(([path, methods]) => ({
      path,
      method: 'options' as const,
      handler: preflight(methods),
    })),
  ]
}

/** A handler that needs the portal's origin (or none) but no session (register, sign-in). */
export const publicHandler =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) =>
    originAllowed(req.headers.get('origin'))
      ? handler(req)
      : problem(req, 403, 'origin', { vars: { origin: siteOrigin() } })

/**
 * A handler that acts for the participant of the request's session (header
 * `X-Matchmaking-Session`), with `req.context.participant` set for the access rules. No session,
 * or a CMS user's credentials alone: 401. A CMS login never counts here.
 */
export const participantHandler =
  (
    handler: (req: PayloadRequest, acting: ActingParticipant) => Promise<Response>,
  ): PayloadHandler =>
  async (req) => {
    if (!originAllowed(req.headers.get('origin')))
      return problem(req, 403, 'origin', { vars: { origin: siteOrigin() } })
    // A CMS user is never a participant, even if both credentials come along.
    req.user = null
    const acting = await actAsParticipant(req)
    if (!acting) return problem(req, 401, 'signedOut')
    return handler(req, acting)
  }
