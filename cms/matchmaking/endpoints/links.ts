import type { Endpoint, PayloadRequest } from 'payload'

import { t } from '../../i18n/messages'
import type { Participant } from '../../payload-types'
import { byId } from '../byId'
import { notify } from '../notify'
import { endSession, issueToken, sessionHeader, spendLink } from '../session'
import {
  admitted,
  atLeastFloor,
  mailAllowed,
  publishedEvent,
  readForm,
  readFormBody,
  registrationOf,
} from './authForms'
import { meOf, newCalendarKey } from './me'
import { answer, participantHandler, problem, publicHandler } from './respond'
import { checkForm } from '@shared/formSchema'
import type { Locale } from '@shared/locales'
import { linkSchema, signinRequestSchema } from '@shared/matchmakingSchema'
import { collections } from '@shared/slugs'

/** A new session for a participant whose link was just spent, with the participant as it sees itself. */
async function signedIn(req: PayloadRequest, participant: Participant, locale: Locale) {
  const session = await issueToken(req.payload, participant.id, 'session')
  const event = typeof participant.event === 'object' ? participant.event.id : participant.event
  const me = await meOf(req, { id: participant.id, event }, locale)
  return answer(req, 200, { session, participant: me })
}

/**
 * Spends the one-time link of `kind` that the body carries: its participant, or the answer for
 * a link that is malformed, unknown, used, expired, or whose participant is gone or `refused`.
 */
async function spendLinkIn(
  req: PayloadRequest,
  kind: 'confirm' | 'signin',
  refused: (p: Participant) => boolean,
): Promise<
  { ok: true; participant: Participant; locale: Locale } | { ok: false; response: Response }
> {
  req.user = null
  const read = await readFormBody(req, null)
  if (!read.ok) return read
  const { locale } = read
  const checked = checkForm(linkSchema, read.body)
  const id = checked.ok ? await spendLink(req.payload, checked.data.token, kind) : null
  const participant = id === null ? null : await byId(req.payload, collections.participants, id)
  if (!participant || refused(participant))
    return { ok: false, response: problem(req, 400, 'linkExpired', { locale }) }
  return { ok: true, participant, locale }
}

/** Spends a confirm link: the address is confirmed, the participant waits for staff or is in. */
async function confirm(req: PayloadRequest): Promise<Response> {
  const spent = await spendLinkIn(req, 'confirm', (p) => p.status === 'rejected')
  if (!spent.ok) return spent.response
  const { participant, locale } = spent
  if (participant.status === 'unconfirmed') {
    const event = await req.payload.findByID({
      collection: collections.events,
      id: typeof participant.event === 'object' ? participant.event.id : participant.event,
      depth: 0,
      overrideAccess: true,
    })
    const updated = await req.payload.update({
      collection: collections.participants,
      id: participant.id,
      data: {
        emailConfirmedAt: new Date().toISOString(),
        status: event.matchmaking?.requireValidation ? 'pending' : 'validated',
        calendarKey: newCalendarKey(),
      },
      overrideAccess: true,
      depth: 0,
      context: { matchmakingSystem: true },
    })
    return signedIn(req, updated as Participant, locale)
  }
  // A second confirm link (a repeated registration before the first was confirmed): signs in.
  return signedIn(req, participant, locale)
}

/** Spends a sign-in link: a new session. */
async function session(req: PayloadRequest): Promise<Response> {
  const spent = await spendLinkIn(req, 'signin', (p) => !admitted(p))
  if (!spent.ok) return spent.response
  return signedIn(req, spent.participant, spent.locale)
}

/** Asks for a sign-in link: 202 whoever asks, a mail only to a confirmed, admitted participant. */
async function signin(req: PayloadRequest): Promise<Response> {
  const started = Date.now()
  req.user = null
  const read = await readForm(req, 'matchmaking-signin', signinRequestSchema)
  if (!read.ok) return read.response
  const { locale } = read
  const { email } = read.data
  try {
    await atLeastFloor(started, async () => {
      const event = await publishedEvent(req.payload, read.data.event)
      if (!event?.matchmaking?.enabled) return
      const participant = await registrationOf(req.payload, event.id, email)
      if (!participant || !admitted(participant)) return
      if (!(await mailAllowed(req.payload, email))) return
      const token = await issueToken(req.payload, participant.id, 'signin')
      await notify(req.payload, { kind: 'signin', participant: participant.id, token })
    })
  } catch (error) {
    // Logged, never told: a failure for one address must read as the answer for any other.
    req.payload.logger.error({ err: error, msg: 'matchmaking: a sign-in link was not sent' })
  }
  return answer(req, 202, { ok: true, message: t(locale, 'matchmaking.signinSent') })
}

/**
 * The email links and sessions: spending a confirm or sign-in link, asking for a sign-in link,
 * and ending the session the `X-Matchmaking-Session` header carries (session.ts).
 */
export const linkEndpoints: Endpoint[] = [
  { path: '/matchmaking/confirm', method: 'post', handler: publicHandler(confirm) },
  { path: '/matchmaking/signin', method: 'post', handler: publicHandler(signin) },
  { path: '/matchmaking/session', method: 'post', handler: publicHandler(session) },
  {
    path: '/matchmaking/session',
    method: 'delete',
    handler: participantHandler(async (req) => {
      await endSession(req.payload, req.headers.get(sessionHeader) ?? '')
      return answer(req, 204, null)
    }),
  },
]
