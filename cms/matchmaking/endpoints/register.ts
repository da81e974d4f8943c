import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { fillTimeProblem } from '../../forms/fillTime'
import { t } from '../../i18n/messages'
import type { Event, Participant } from '../../payload-types'
import { notify } from '../notify'
import { resolveProfile } from '../profileInput'
import { isRepeatedRegistration } from '../registrationKey'
import { issueToken } from '../session'
import {
  admitted,
  atLeastFloor,
  fieldErrors,
  mailAllowed,
  publishedEvent,
  readForm,
  refusedSave,
  registrationOf,
} from './authForms'
import { answer, problem, publicHandler } from './respond'
import { registrationSchema } from '@shared/matchmakingSchema'
import { collections } from '@shared/slugs'

type Id = number | string

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

/**
 * Mails the right link to an address already registered for the event: a new confirm link while
 * it is unconfirmed, a sign-in link once confirmed, nothing to a rejected participant.
 */
async function mailExisting(req: PayloadRequest, participant: Participant) {
  if (participant.status === 'rejected') return
  if (!(await mailAllowed(req.payload, participant.email))) return
  const kind = admitted(participant) ? 'signin' : 'confirm'
  const token = await issueToken(req.payload, participant.id, kind)
  await notify(req.payload, { kind, participant: participant.id, token })
}

async function register(req: PayloadRequest): Promise<Response> {
  const started = Date.now()
  // Registration is anonymous: a CMS login in the same browser changes nothing.
  req.user = null
  const read = await readForm(req, 'matchmaking-register', registrationSchema)
  if (!read.ok) return read.response
  const { data, locale } = read
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
      if (await mailAllowed(req.payload, data.email)) {
        const token = await issueToken(req.payload, created.id, 'confirm')
        await notify(req.payload, { kind: 'confirm', participant: created.id, token }, req)
      }
      return registered
    })
  } catch (error) {
    const refused = refusedSave(req, locale, error)
    if (refused) return refused
    req.payload.logger.error({ err: error, msg: 'matchmaking: a valid registration failed' })
    return problem(req, 503, 'unavailable', { locale })
  }
}

/** `POST /register` (contract: MATCHMAKING.md). */
export const registerEndpoints: Endpoint[] = [
  { path: '/matchmaking/register', method: 'post', handler: publicHandler(register) },
]
