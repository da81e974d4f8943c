import type { Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { clientIp } from '../../forms/clientIp'
import { takeSubmission } from '../../forms/rateLimit'
import { readJsonBody } from '../../forms/readBody'
import { formMessage, t } from '../../i18n/messages'
import type { Event, Participant } from '../../payload-types'
import { answer, answerLocale, problem, type MatchmakingProblem } from './respond'
import { checkForm, type FieldErrors, maxBodyBytes } from '@shared/formSchema'
import type { Locale } from '@shared/locales'
import { collections } from '@shared/slugs'

/*
 * What registration, the email links and the profile endpoints share: reading a form-like body,
 * answering with field errors, the answer-time floor, and finding an address's registration.
 */

type Id = number | string

/**
 * Registration and sign-in requests answer no sooner than this: whether an address is already
 * registered (a second registration, a sign-in request) changes the work done behind the answer
 * (a token and a mail job), never its status, body or, within the noise, its time.
 */
const answerFloorMs = 400

/** An answer with field errors in the forms' shape and words (cms/shared/formErrors.ts). */
export function fieldErrors(
  req: PayloadRequest,
  locale: Locale,
  status: number,
  codes: FieldErrors,
) {
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
export async function readFormBody(
  req: PayloadRequest,
  limit: string | null,
): Promise<{ ok: true; body: unknown; locale: Locale } | { ok: false; response: Response }> {
  const refuse = (status: number, code: MatchmakingProblem, extra = {}) => ({
    ok: false as const,
    response: problem(req, status, code, extra),
  })
  if (limit) {
    const retryAfter = await takeSubmission(req.payload, limit, clientIp(req.headers))
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

/** The body read as `readFormBody` does, then checked by `schema`: field errors answer 400. */
export async function readForm<T>(
  req: PayloadRequest,
  limit: string | null,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T; locale: Locale } | { ok: false; response: Response }> {
  const read = await readFormBody(req, limit)
  if (!read.ok) return read
  const checked = checkForm(schema, read.body)
  if (!checked.ok)
    return { ok: false, response: fieldErrors(req, read.locale, 400, checked.errors) }
  return { ok: true, data: checked.data, locale: read.locale }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `work`, then waits out the rest of `answerFloorMs` from `started`. */
export async function atLeastFloor<T>(started: number, work: () => Promise<T>): Promise<T> {
  const result = await work()
  const left = answerFloorMs - (Date.now() - started)
  if (left > 0) await wait(left)
  return result
}

/** A published event by slug, as anyone may read it (the online room links left out). */
export async function publishedEvent(payload: Payload, slug: string): Promise<Event | null> {
  const { docs } = await payload.find({
    collection: collections.events,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return (docs[0] as Event | undefined) ?? null
}

/** Sign-in and confirm mails one address gets per rate-limit window, however many IPs ask. */
export const mailAllowed = async (payload: Payload, email: string) =>
  (await takeSubmission(payload, 'matchmaking-mail', email.toLowerCase())) === null

/** The registration of an email for an event, if there is one. */
export async function registrationOf(payload: Payload, event: Id, email: string) {
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
export const admitted = (p: Participant) => p.status === 'pending' || p.status === 'validated'

/**
 * A save that Payload refused as the client's mistake (a 4xx: a field it validates) as the
 * forms' `_form: invalid`; null for anything else, which is the server's to report.
 */
export function refusedSave(req: PayloadRequest, locale: Locale, error: unknown): Response | null {
  const status = (error as { status?: number }).status
  return status !== undefined && status >= 400 && status < 500
    ? fieldErrors(req, locale, 400, { _form: 'invalid' })
    : null
}
