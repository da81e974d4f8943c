import crypto from 'node:crypto'

import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { ActingParticipant } from '../../access/participants'
import { cmsBaseUrl } from '../../email/addresses'
import { clientIp } from '../../forms/clientIp'
import { fillTimeProblem } from '../../forms/fillTime'
import { takeSubmission } from '../../forms/rateLimit'
import { readJsonBody } from '../../forms/readBody'
import { publicIdsBySlug } from '../../forms/targets'
import { formMessage, t } from '../../i18n/messages'
import type { Event, Participant } from '../../payload-types'
import { toMe } from '../cards'
import { notify } from '../notify'
import { isRepeatedRegistration } from '../registrationKey'
import { endSession, issueToken, sessionHeader, spendLink } from '../session'
import {
  answer,
  answerLocale,
  participantHandler,
  problem,
  publicHandler,
  type MatchmakingProblem,
} from './respond'
import { checkForm, type FieldErrors, maxBodyBytes } from '@shared/formSchema'
import type { Locale } from '@shared/locales'
import {
  linkSchema,
  type NeedInput,
  profileUpdateSchema,
  registrationSchema,
  signinRequestSchema,
} from '@shared/matchmakingSchema'
import type { Me } from '@shared/matchmakingTypes'
import { collections } from '@shared/slugs'

type Id = number | string

/**
 * Registration and sign-in requests answer no sooner than this: whether an address is already
 * registered (a second registration, a sign-in request) changes the work done behind the answer
 * (a token and a mail job), never its status, body or, within the noise, its time.
 */
export const answerFloorMs = 400

/** An answer with field errors in the forms' shape and words (cms/shared/formErrors.ts). */
function fieldErrors(req: PayloadRequest, locale: Locale, status: number, codes: FieldErrors) {
  const errors = Object.fromEntries(
    Object.entries(codes).map(([field, code]) => [
      field,
      field === '_form' && code === 'invalid'
        ? t(locale, 'matchmaking.error.invalid')
        : formMessage(locale, code),
    ]),
  )
  return answer(req, status, { errors, codes })
}

/**
 * The steps every body-carrying request shares, each refusing early and cheaply as the public
 * forms do (cms/forms/submit.ts): rate limit (429 with Retry-After, when `limit` names one),
 * content type (415), size (413), JSON (400). The origin was checked by `publicHandler` or
 * `participantHandler`.
 */
async function readBody(
  req: PayloadRequest,
  limit: string | null,
): Promise<{ ok: true; body: unknown; locale: Locale } | { ok: false; response: Response }> {
  const refuse = (status: number, code: MatchmakingProblem, extra = {}) => ({
    ok: false as const,
    response: problem(req, status, code, extra),
  })
  if (limit) {
    const retryAfter = await takeSubmission(limit, clientIp(req.headers))
    if (retryAfter !== null)
      return refuse(429, 'rateLimited', {
        vars: { minutes: Math.ceil(retryAfter / 60) },
        headers: { 'Retry-After': String(retryAfter) },
      })
  }
  const read = await readJsonBody(req)
  if (!read.ok)
    return refuse(
      read.problem === 'tooLarge' ? 413 : read.problem === 'contentType' ? 415 : 400,
      read.problem,
      { vars: { max: maxBodyBytes / 1024 } },
    )
  return { ok: true, body: read.body, locale: answerLocale(req, read.body) }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `work`, then waits out the rest of `answerFloorMs` from `started`. */
async function atLeastFloor<T>(started: number, work: () => Promise<T>): Promise<T> {
  const result = await work()
  const left = answerFloorMs - (Date.now() - started)
  if (left > 0) await wait(left)
  return result
}

/** A published event by slug, as anyone may read it (the online room links left out). */
async function publishedEvent(payload: Payload, slug: string): Promise<Event | null> {
  const { docs } = await payload.find({
    collection: collections.events,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return (docs[0] as Event | undefined) ?? null
}

/**
 * Whether the event takes registrations now: matchmaking on, the event not cancelled, and now
 * within its registration window (an open end closes with the event's end).
 */
export function registrationOpen(event: Event, now = Date.now()): boolean {
  const m = event.matchmaking
  if (!m?.enabled || event.status === 'cancelled') return false
  const opens = m.registrationOpens ? Date.parse(m.registrationOpens) : -Infinity
  const closes = Date.parse(m.registrationCloses ?? event.end)
  return now >= opens && now <= closes
}

/** Offers or requests with their category slugs as ids, or the field they fail on. */
async function resolveNeeds(
  payload: Payload,
  field: 'offers' | 'requests',
  rows: NeedInput[],
): Promise<{ ok: true; rows: object[] } | { ok: false; errors: FieldErrors }> {
  const slugs = [...new Set(rows.flatMap((r) => r.categories))]
  const ids = await publicIdsBySlug(payload, 'categories', slugs)
  if (slugs.some((s) => !ids.has(s))) return { ok: false, errors: { [field]: 'unknownTarget' } }
  return {
    ok: true,
    rows: rows.map((r) => ({
      title: r.title,
      description: r.description,
      categories: r.categories.map((s) => ids.get(s)!),
    })),
  }
}

/** The profile fields that refer to other things, resolved; unknown ones are `unknownTarget`. */
async function resolveProfile(
  payload: Payload,
  event: Event,
  data: { offers?: NeedInput[]; requests?: NeedInput[]; attends?: string[] },
): Promise<{ ok: true; doc: Record<string, unknown> } | { ok: false; errors: FieldErrors }> {
  const doc: Record<string, unknown> = {}
  const errors: FieldErrors = {}
  for (const field of ['offers', 'requests'] as const) {
    const rows = data[field]
    if (rows === undefined) continue
    const resolved = await resolveNeeds(payload, field, rows)
    if (resolved.ok) doc[field] = resolved.rows
    else Object.assign(errors, resolved.errors)
  }
  if (data.attends !== undefined) {
    const sessions = new Set((event.matchmakingSessions ?? []).map((s) => s.id))
    if (data.attends.some((id) => !sessions.has(id))) errors.attends = 'unknownTarget'
    else doc.attends = data.attends
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, doc }
}

const hostOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).hostname.toLowerCase().replace(/^www\./, '') : null
  } catch {
    return null
  }
}

/**
 * The member company a registrant belongs to, when staff can trust it: the email address's
 * domain is the host of exactly one published member's website (www. aside). Confirming the
 * address later proves the person reads mail at that domain. Anything else (a freemail address,
 * a subsidiary's domain) is left for staff to link.
 */
async function memberOfEmail(payload: Payload, email: string): Promise<Id | null> {
  const domain = email.split('@')[1]?.toLowerCase()
  if (!domain) return null
  const { docs } = await payload.find({
    collection: collections.members,
    where: { website: { like: domain } },
    overrideAccess: false,
    depth: 0,
    limit: 10,
    select: { website: true },
  })
  const matching = docs.filter((m) => hostOf((m as { website?: string }).website) === domain)
  return matching.length === 1 ? matching[0]!.id : null
}

/** Sign-in and confirm mails one address gets per rate-limit window, however many IPs ask. */
const mailAllowed = async (email: string) =>
  (await takeSubmission('matchmaking-mail', email.toLowerCase())) === null

/** The registration of an email for an event, if there is one. */
async function registrationOf(payload: Payload, event: Id, email: string) {
  const { docs } = await payload.find({
    collection: collections.participants,
    where: { and: [{ event: { equals: event } }, { email: { equals: email } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  return (docs[0] as Participant | undefined) ?? null
}

/**
 * Whether a participant may sign in: its address confirmed (pending staff's check or validated),
 * or added by staff as validated, who vouch for the address; never unconfirmed or rejected.
 */
const admitted = (p: Participant) => p.status === 'pending' || p.status === 'validated'

/**
 * Mails the right link to an address already registered for the event: a new confirm link while
 * it is unconfirmed, a sign-in link once confirmed, nothing to a rejected participant.
 */
async function mailExisting(req: PayloadRequest, participant: Participant) {
  if (participant.status === 'rejected') return
  if (!(await mailAllowed(participant.email))) return
  const kind = admitted(participant) ? 'signin' : 'confirm'
  const token = await issueToken(req.payload, participant.id, kind)
  await notify(req.payload, { kind, participant: participant.id, token })
}

async function register(req: PayloadRequest): Promise<Response> {
  const started = Date.now()
  // Registration is anonymous: a CMS login in the same browser changes nothing.
  req.user = null
  const read = await readBody(req, 'matchmaking-register')
  if (!read.ok) return read.response
  const { locale } = read
  const checked = checkForm(registrationSchema, read.body)
  if (!checked.ok) return fieldErrors(req, locale, 400, checked.errors)
  const data = checked.data
  const late = fillTimeProblem(data.startedAt)
  if (late) return fieldErrors(req, locale, 400, { _form: late })
  try {
    const event = await publishedEvent(req.payload, data.event)
    if (!event?.matchmaking?.enabled) return problem(req, 400, 'registrationClosed', { locale })
    if (!registrationOpen(event)) return problem(req, 403, 'registrationClosed', { locale })
    const resolved = await resolveProfile(req.payload, event, data)
    if (!resolved.ok) return fieldErrors(req, locale, 400, resolved.errors)
    const registered = answer(req, 201, {
      ok: true,
      message: t(locale, 'matchmaking.registered'),
    })
    return await atLeastFloor(started, async () => {
      const existing = await registrationOf(req.payload, event.id, data.email)
      if (existing) {
        // Nothing stored, nothing told: the address's owner gets a link, the sender the same 201.
        await mailExisting(req, existing)
        return registered
      }
      const member = await memberOfEmail(req.payload, data.email)
      const created = await req.payload
        .create({
          collection: collections.participants,
          data: {
            event: event.id,
            status: 'unconfirmed',
            name: data.name,
            email: data.email,
            organisation: data.organisation,
            organisationKind: data.organisationKind,
            country: data.country,
            role: data.role,
            languages: data.languages as never,
            timeZone: data.timeZone,
            locale: data.locale,
            consent: data.consent,
            profile: data.profile,
            ...resolved.doc,
            ...(member !== null ? { member: member as number } : {}),
          },
          req,
          overrideAccess: false,
          context: { matchmakingRegistration: true },
          depth: 0,
        })
        .catch(async (error: unknown) => {
          if (!isRepeatedRegistration(error)) throw error
          // The same address registered for this event a moment earlier (a double submit, two
          // tabs): the database kept the first, and this one is answered as the known duplicate.
          const first = await registrationOf(req.payload, event.id, data.email)
          if (first) await mailExisting(req, first)
          return null
        })
      if (!created) return registered
      if (await mailAllowed(data.email)) {
        const token = await issueToken(req.payload, created.id, 'confirm')
        await notify(req.payload, { kind: 'confirm', participant: created.id, token }, req)
      }
      return registered
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== undefined && status >= 400 && status < 500)
      return fieldErrors(req, locale, 400, { _form: 'invalid' })
    req.payload.logger.error({ err: error, msg: 'matchmaking: a valid registration failed' })
    return problem(req, 503, 'unavailable', { locale })
  }
}

/** The calendar feed's address of a participant (served by calendar.ts). */
const calendarUrlOf = (payload: Payload, key: string) =>
  `${cmsBaseUrl(payload)}/api/matchmaking/calendar/${key}.ics`

const newCalendarKey = () => crypto.randomBytes(32).toString('base64url')

/**
 * The participant's calendar key, made now if it has none yet (participants that staff or the
 * seed created skip the confirm link). Nobody reads it through the API; this is server code.
 */
async function calendarKeyOf(payload: Payload, id: Id): Promise<string> {
  const doc = (await payload.findByID({
    collection: collections.participants,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { calendarKey: true },
  })) as { calendarKey?: string | null }
  if (doc.calendarKey) return doc.calendarKey
  const calendarKey = newCalendarKey()
  await payload.update({
    collection: collections.participants,
    id,
    data: { calendarKey },
    overrideAccess: true,
    depth: 0,
    context: { matchmakingSystem: true },
  })
  return calendarKey
}

/**
 * The signed-in participant as it may see itself: read as itself (the access rules decide), its
 * categories and member named in `locale`; the event read by the server for its sessions.
 */
async function meOf(req: PayloadRequest, acting: ActingParticipant, locale: Locale): Promise<Me> {
  req.context.participant = { id: acting.id, event: acting.event }
  req.user = null
  const doc = (await req.payload.findByID({
    collection: collections.participants,
    id: acting.id,
    depth: 1,
    req,
    locale,
    overrideAccess: false,
  })) as Participant
  const event = (await req.payload.findByID({
    collection: collections.events,
    id: acting.event,
    depth: 0,
    locale,
    overrideAccess: true,
  })) as Event
  return toMe(doc, event, calendarUrlOf(req.payload, await calendarKeyOf(req.payload, acting.id)))
}

/** A new session for a participant whose link was just spent, with the participant as it sees itself. */
async function signedIn(req: PayloadRequest, participant: Participant, locale: Locale) {
  const session = await issueToken(req.payload, participant.id, 'session')
  const event = typeof participant.event === 'object' ? participant.event.id : participant.event
  const me = await meOf(req, { id: participant.id, event }, locale)
  return answer(req, 200, { session, participant: me })
}

const readParticipant = (payload: Payload, id: Id) =>
  payload
    .findByID({ collection: collections.participants, id, depth: 0, overrideAccess: true })
    .catch(() => null) as Promise<Participant | null>

/** Spends a confirm link: the address is confirmed, the participant waits for staff or is in. */
async function confirm(req: PayloadRequest): Promise<Response> {
  req.user = null
  const read = await readBody(req, null)
  if (!read.ok) return read.response
  const { locale } = read
  const checked = checkForm(linkSchema, read.body)
  if (!checked.ok) return problem(req, 400, 'linkExpired', { locale })
  const id = await spendLink(req.payload, checked.data.token, 'confirm')
  const participant = id === null ? null : await readParticipant(req.payload, id)
  if (!participant || participant.status === 'rejected')
    return problem(req, 400, 'linkExpired', { locale })
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
  req.user = null
  const read = await readBody(req, null)
  if (!read.ok) return read.response
  const { locale } = read
  const checked = checkForm(linkSchema, read.body)
  if (!checked.ok) return problem(req, 400, 'linkExpired', { locale })
  const id = await spendLink(req.payload, checked.data.token, 'signin')
  const participant = id === null ? null : await readParticipant(req.payload, id)
  if (!participant || !admitted(participant)) return problem(req, 400, 'linkExpired', { locale })
  return signedIn(req, participant, locale)
}

/** Asks for a sign-in link: 202 whoever asks, a mail only to a confirmed, admitted participant. */
async function signin(req: PayloadRequest): Promise<Response> {
  const started = Date.now()
  req.user = null
  const read = await readBody(req, 'matchmaking-signin')
  if (!read.ok) return read.response
  const { locale } = read
  const checked = checkForm(signinRequestSchema, read.body)
  if (!checked.ok) return fieldErrors(req, locale, 400, checked.errors)
  const { email } = checked.data
  try {
    await atLeastFloor(started, async () => {
      const event = await publishedEvent(req.payload, checked.data.event)
      if (!event?.matchmaking?.enabled) return
      const participant = await registrationOf(req.payload, event.id, email)
      if (!participant || !admitted(participant)) return
      if (!(await mailAllowed(email))) return
      const token = await issueToken(req.payload, participant.id, 'signin')
      await notify(req.payload, { kind: 'signin', participant: participant.id, token })
    })
  } catch (error) {
    // Logged, never told: a failure for one address must read as the answer for any other.
    req.payload.logger.error({ err: error, msg: 'matchmaking: a sign-in link was not sent' })
  }
  return answer(req, 202, { ok: true, message: t(locale, 'matchmaking.signinSent') })
}

/** Changes the participant's own profile: only the fields of `profileUpdateSchema`. */
async function updateMe(req: PayloadRequest, acting: ActingParticipant): Promise<Response> {
  const read = await readBody(req, null)
  if (!read.ok) return read.response
  const { locale } = read
  const checked = checkForm(profileUpdateSchema, read.body)
  if (!checked.ok) return fieldErrors(req, locale, 400, checked.errors)
  const { locale: _answerLanguage, offers, requests, attends, ...plain } = checked.data
  void _answerLanguage
  const event = (await req.payload.findByID({
    collection: collections.events,
    id: acting.event,
    depth: 0,
    overrideAccess: true,
  })) as Event
  const resolved = await resolveProfile(req.payload, event, { offers, requests, attends })
  if (!resolved.ok) return fieldErrors(req, locale, 400, resolved.errors)
  try {
    await req.payload.update({
      collection: collections.participants,
      id: acting.id,
      data: { ...plain, ...resolved.doc } as never,
      req,
      overrideAccess: false,
      depth: 0,
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== undefined && status >= 400 && status < 500)
      return fieldErrors(req, locale, 400, { _form: 'invalid' })
    throw error
  }
  return answer(req, 200, await meOf(req, acting, locale))
}

/**
 * Registration, the email links and the participant's own profile (contract: MATCHMAKING.md).
 * Sessions travel in the `X-Matchmaking-Session` header (session.ts); `DELETE /session` ends
 * the one it carries.
 */
export const authEndpoints: Endpoint[] = [
  { path: '/matchmaking/register', method: 'post', handler: publicHandler(register) },
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
  {
    path: '/matchmaking/me',
    method: 'get',
    handler: participantHandler(async (req, acting) =>
      answer(req, 200, await meOf(req, acting, answerLocale(req))),
    ),
  },
  { path: '/matchmaking/me', method: 'patch', handler: participantHandler(updateMe) },
]
