import type { Endpoint, PayloadRequest } from 'payload'

import type { ActingParticipant } from '../../access/participants'
import type { Meeting, Participant } from '../../payload-types'
import { collections } from '@shared/slugs'
import { releaseMeeting } from '../booking'
import { readBody } from '../checkedBody'
import { freeSlotsFor, placedMeetings, sessionConfigs } from '../freeSlots'
import {
  acceptSchema,
  emptySchema,
  type MeetingAction,
  mayChange,
  parseId,
  requestSchema,
} from '../meetingRules'
import { bookingOpen, loadEvent, meetingViews, otherParty } from '../meetingViews'
import { notify } from '../notify'
import { placeAtFreeTable } from '../placeAtFreeTable'
import { takeMeetingRequest } from '../requestLimit'
import { answer, answerLocale, participantHandler, problem } from './respond'

type Id = number | string

/** Whether the database numbers its documents (SQLite) or names them (MongoDB). */
const numericIds = (req: PayloadRequest) =>
  (req.payload.db as { defaultIDType?: string }).defaultIDType === 'number'

/** A meeting of the acting participant, or null: someone else's is as unknown as none. */
async function ownMeeting(req: PayloadRequest): Promise<Meeting | null> {
  const id = parseId(req.routeParams?.id, numericIds(req))
  if (id === null) return null
  return (await req.payload.findByID({
    collection: collections.meetings,
    id,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })) as Meeting | null
}

/** The acting participant's own record, read as itself. */
const me = (req: PayloadRequest, acting: ActingParticipant) =>
  req.payload.findByID({
    collection: collections.participants,
    id: acting.id,
    depth: 0,
    req,
    overrideAccess: false,
    select: { status: true, attends: true, event: true },
  }) as Promise<Pick<Participant, 'id' | 'status' | 'attends'>>

/** One meeting as the acting participant sees it, after a change. */
async function viewOf(req: PayloadRequest, acting: ActingParticipant, id: Id) {
  const fresh = (await req.payload.findByID({
    collection: collections.meetings,
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Meeting
  const [view] = await meetingViews(req, acting, [fresh], answerLocale(req))
  return view ?? null
}

const parties = (m: Meeting) => ({
  id: m.id,
  event: m.event as Id,
  requester: m.requester as Id,
  recipient: m.recipient as Id,
})

/** GET /meetings: the acting participant's requests and meetings, both directions. */
const list = participantHandler(async (req, acting) => {
  const { docs } = await req.payload.find({
    collection: collections.meetings,
    sort: ['start', '-createdAt'],
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
  })
  return answer(req, 200, { docs: await meetingViews(req, acting, docs, answerLocale(req)) })
})

/** POST /meetings: a request to another validated participant of the same event. */
const create = participantHandler(async (req, acting) => {
  const parsed = await readBody(req, requestSchema)
  if (!parsed.ok) return parsed.response
  const locale = answerLocale(req, parsed.data)
  const event = await loadEvent(req.payload, acting.event)
  if (!event || !bookingOpen(event)) return problem(req, 403, 'bookingClosed', { locale })
  if ((await me(req, acting)).status !== 'validated')
    return problem(req, 403, 'notValidated', { locale })
  const retryAfter = await takeMeetingRequest(req.payload, acting.id)
  if (retryAfter !== null)
    return problem(req, 429, 'rateLimited', {
      locale,
      vars: { minutes: Math.ceil(retryAfter / 60) },
      headers: { 'Retry-After': String(retryAfter) },
    })
  const withId = parseId(String(parsed.data.with), numericIds(req))
  if (withId === null) return problem(req, 404, 'notFound', { locale })
  if (String(withId) === String(acting.id)) return problem(req, 409, 'notAllowed', { locale })
  // Read as the requester: only validated participants of its own event are found.
  const other = await req.payload.find({
    collection: collections.participants,
    where: { and: [{ id: { equals: withId } }, { status: { equals: 'validated' } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: false,
    select: { event: true },
  })
  const recipient = other.docs[0]
  if (!recipient || String(recipient.event) !== String(acting.event))
    return problem(req, 404, 'notFound', { locale })
  const pair = [acting.id, recipient.id]
  const open = await req.payload.count({
    collection: collections.meetings,
    where: {
      and: [
        { status: { in: ['requested', 'accepted'] } },
        { requester: { in: pair } },
        { recipient: { in: pair } },
      ],
    },
    overrideAccess: true,
  })
  if (open.totalDocs > 0) return problem(req, 409, 'notAllowed', { locale })
  const meeting = await req.payload.create({
    collection: collections.meetings,
    data: {
      event: acting.event as number,
      requester: acting.id as number,
      recipient: recipient.id,
      message: parsed.data.message,
      status: 'requested',
    },
    depth: 0,
    req,
    overrideAccess: false,
  })
  await notify(req.payload, { kind: 'requested', meeting: meeting.id, to: recipient.id }, req)
  return answer(req, 201, await viewOf(req, acting, meeting.id))
})

/** The free slots of a meeting: when both parties could meet, at a free table. */
async function slotsOfMeeting(req: PayloadRequest, meeting: Meeting) {
  const event = await loadEvent(req.payload, meeting.event as Id)
  if (!event) return []
  const read = (id: unknown) =>
    req.payload.findByID({
      collection: collections.participants,
      id: id as Id,
      depth: 0,
      overrideAccess: true,
      select: { attends: true },
    })
  const [a, b] = await Promise.all([read(meeting.requester), read(meeting.recipient)])
  return freeSlotsFor({
    sessions: sessionConfigs(event),
    a,
    b,
    placed: await placedMeetings(req.payload, meeting.event as Id),
    now: new Date(),
  })
}

/** GET /meetings/:id/slots */
const slots = participantHandler(async (req) => {
  const meeting = await ownMeeting(req)
  if (!meeting) return problem(req, 404, 'notFound')
  return answer(req, 200, { slots: await slotsOfMeeting(req, meeting) })
})

/** The change one action makes, once the rules allowed it; a Response when it cannot. */
type Change = (
  req: PayloadRequest,
  acting: ActingParticipant,
  meeting: Meeting,
  data: { start?: string },
) => Promise<Response | null>

/** Sets a status, only if the meeting still has the one the rules were checked against. */
async function setStatus(req: PayloadRequest, meeting: Meeting, status: Meeting['status']) {
  const { docs } = await req.payload.update({
    collection: collections.meetings,
    where: { and: [{ id: { equals: meeting.id } }, { status: { equals: meeting.status } }] },
    data: { status },
    depth: 0,
    req,
    overrideAccess: false,
  })
  return docs.length > 0
}

const accept: Change = async (req, acting, meeting, { start }) => {
  const event = await loadEvent(req.payload, acting.event)
  if (!event || !bookingOpen(event)) return problem(req, 403, 'bookingClosed')
  if ((await me(req, acting)).status !== 'validated') return problem(req, 403, 'notValidated')
  // Staff-scheduled: accepted now, placed later by staff ("schedule all").
  if (event.matchmaking?.scheduling === 'staff')
    return (await setStatus(req, meeting, 'accepted')) ? null : problem(req, 409, 'notAllowed')
  if (!start) return problem(req, 400, 'invalid')
  const slot = (await slotsOfMeeting(req, meeting)).find(
    (s) => Date.parse(s.start) === Date.parse(start),
  )
  const session = sessionConfigs(event).find((s) => s.id === slot?.session)
  if (!slot || !session) return problem(req, 409, 'slotTaken')
  const placed = await placeAtFreeTable(req, parties(meeting), slot, session.tables)
  return placed ? null : problem(req, 409, 'slotTaken')
}

const decline: Change = async (req, _acting, meeting) =>
  (await setStatus(req, meeting, 'declined')) ? null : problem(req, 409, 'notAllowed')

const cancel: Change = async (req, _acting, meeting) => {
  if (!(await setStatus(req, meeting, 'cancelled'))) return problem(req, 409, 'notAllowed')
  // The placement stays on the meeting (the calendar feed announces its cancellation at that
  // time); its slot and table are free again.
  await releaseMeeting(req.payload, meeting.id)
  return null
}

const changes: Record<MeetingAction, Change> = { accept, decline, cancel }
const mailOf = { accept: 'accepted', decline: 'declined', cancel: 'cancelled' } as const

/** POST /meetings/:id/<action>: the state machine, then the mail to the other party. */
const act = (action: MeetingAction) =>
  participantHandler(async (req, acting) => {
    const meeting = await ownMeeting(req)
    if (!meeting) return problem(req, 404, 'notFound')
    const parsed = await readBody(req, action === 'accept' ? acceptSchema : emptySchema)
    if (!parsed.ok) return parsed.response
    if (!mayChange({ ...meeting, ...parties(meeting) }, acting.id, action))
      return problem(req, 409, 'notAllowed')
    const refused = await changes[action](req, acting, meeting, parsed.data as { start?: string })
    if (refused) return refused
    const to = otherParty(meeting, acting.id)
    await notify(req.payload, { kind: mailOf[action], meeting: meeting.id, to }, req)
    return answer(req, 200, await viewOf(req, acting, meeting.id))
  })

/** Matchmaking endpoints: meeting requests, accept, decline, cancel, free slots, agenda. */
export const meetingEndpoints: Endpoint[] = [
  { path: '/matchmaking/meetings', method: 'get', handler: list },
  { path: '/matchmaking/meetings', method: 'post', handler: create },
  { path: '/matchmaking/meetings/:id/slots', method: 'get', handler: slots },
  ...(['accept', 'decline', 'cancel'] as const).map((action) => ({
    path: `/matchmaking/meetings/:id/${action}`,
    method: 'post' as const,
    handler: act(action),
  })),
]
