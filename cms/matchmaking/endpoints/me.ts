import crypto from 'node:crypto'

import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { ActingParticipant } from '../../access/participants'
import { cmsBaseUrl } from '../../email/addresses'
import type { Event, Participant } from '../../payload-types'
import { toMe } from '../cards'
import { resolveProfile } from '../profileInput'
import { fieldErrors, readForm, refusedSave } from './authForms'
import { answer, answerLocale, participantHandler } from './respond'
import type { Locale } from '@shared/locales'
import { profileUpdateSchema } from '@shared/matchmakingSchema'
import type { Me } from '@shared/matchmakingTypes'
import { collections } from '@shared/slugs'

type Id = number | string

/** The calendar feed's address of a participant (served by calendar.ts). */
const calendarUrlOf = (payload: Payload, key: string) =>
  `${cmsBaseUrl(payload)}/api/matchmaking/calendar/${key}.ics`

export const newCalendarKey = () => crypto.randomBytes(32).toString('base64url')

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
export async function meOf(
  req: PayloadRequest,
  acting: ActingParticipant,
  locale: Locale,
): Promise<Me> {
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

/** Changes the participant's own profile: only the fields of `profileUpdateSchema`. */
async function updateMe(req: PayloadRequest, acting: ActingParticipant): Promise<Response> {
  const read = await readForm(req, null, profileUpdateSchema)
  if (!read.ok) return read.response
  const { locale } = read
  const { locale: _answerLanguage, offers, requests, attends, ...plain } = read.data
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
    const refused = refusedSave(req, locale, error)
    if (refused) return refused
    throw error
  }
  return answer(req, 200, await meOf(req, acting, locale))
}

/** `GET /me` and `PATCH /me`: the signed-in participant as it sees itself, and its profile. */
export const meEndpoints: Endpoint[] = [
  {
    path: '/matchmaking/me',
    method: 'get',
    handler: participantHandler(async (req, acting) =>
      answer(req, 200, await meOf(req, acting, answerLocale(req))),
    ),
  },
  { path: '/matchmaking/me', method: 'patch', handler: participantHandler(updateMe) },
]
