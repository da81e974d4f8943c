import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { Meeting } from '../../payload-types'
import { collections } from '@shared/slugs'
import { readJsonBody } from '../../forms/readBody'
import { placeMeeting } from '../booking'
import { byId } from '../byId'
import { notify } from '../notify'
import { scheduleEvent } from '../schedule/scheduleEvent'
import { revokeSessions } from '../session'
import { slotsOf } from '../slots'
import { sessionConfigs } from '../freeSlots'
import { gridOf, matchmakingEvent } from '../staffData'
import { answer } from './respond'
import { staffExportEndpoints } from './staffExports'
import { idOf, refuse, routeId, staffEventHandler, staffHandler } from './staffRequest'

const grid: Endpoint = {
  path: '/matchmaking/staff/events/:id/grid',
  method: 'get',
  handler: staffEventHandler(async (req, event) => {
    return answer(req, 200, await gridOf(req.payload, event))
  }),
}

/** Tells both parties that their meeting now has another time or table. */
async function tellBoth(payload: Payload, meeting: Meeting, req: PayloadRequest) {
  for (const to of [idOf(meeting.requester), idOf(meeting.recipient)])
    await notify(payload, { kind: 'moved', meeting: meeting.id, to }, req)
}

const move: Endpoint = {
  path: '/matchmaking/staff/meetings/:id/move',
  method: 'post',
  handler: staffHandler(async (req) => {
    const read = await readJsonBody(req as unknown as Request)
    if (!read.ok) return refuse(req, 400, 'error.invalid')
    const { start, table } = (read.body ?? {}) as { start?: unknown; table?: unknown }
    const meeting = await byId(req.payload, collections.meetings, routeId(req))
    if (!meeting) return refuse(req, 404, 'error.notFound')
    if (meeting.status !== 'accepted') return refuse(req, 409, 'error.notAccepted')
    const event = await matchmakingEvent(req.payload, idOf(meeting.event))
    if (!event) return refuse(req, 404, 'error.notFound')
    const at = typeof start === 'string' ? Date.parse(start) : NaN
    const slot = Number.isFinite(at)
      ? slotsOf(sessionConfigs(event)).find((s) => Date.parse(s.start) === at)
      : undefined
    const session = sessionConfigs(event).find((s) => s.id === slot?.session)
    if (
      !slot ||
      !session ||
      typeof table !== 'number' ||
      !Number.isInteger(table) ||
      table < 1 ||
      table > session.tables
    )
      return refuse(req, 400, 'error.invalid')
    const same =
      meeting.start &&
      Date.parse(meeting.start) === at &&
      meeting.table === table &&
      meeting.session === slot.session
    const placed = await placeMeeting(
      req.payload,
      {
        id: meeting.id,
        event: idOf(meeting.event),
        requester: idOf(meeting.requester),
        recipient: idOf(meeting.recipient),
      },
      { session: slot.session, start: slot.start, end: slot.end, table },
      req,
    )
    if (!placed.ok)
      return refuse(req, 409, `conflict.${placed.conflict}`, { conflict: placed.conflict })
    if (!same) await tellBoth(req.payload, meeting, req)
    return answer(req, 200, {
      ok: true,
      meeting: { id: meeting.id, session: slot.session, start: slot.start, end: slot.end, table },
    })
  }),
}

const scheduleAll: Endpoint = {
  path: '/matchmaking/staff/events/:id/schedule-all',
  method: 'post',
  handler: staffEventHandler(async (req, event) => {
    if (event.matchmaking?.scheduling !== 'staff') return refuse(req, 409, 'error.selfMode')
    const result = await scheduleEvent(req.payload, event.id, { req })
    // Both parties of every meeting this run placed are told its time and table.
    for (const placed of result.newlyPlaced)
      for (const to of [placed.requester, placed.recipient])
        await notify(req.payload, { kind: 'moved', meeting: placed.meeting, to }, req)
    return answer(req, 200, {
      placed: result.placed,
      total: result.total,
      bound: result.bound,
      added: result.added,
      optimal: result.optimal,
    })
  }),
}

const revoke: Endpoint = {
  path: '/matchmaking/staff/participants/:id/revoke',
  method: 'post',
  handler: staffHandler(async (req) => {
    const participant = await byId(req.payload, collections.participants, routeId(req), {
      select: { name: true },
    })
    if (!participant) return refuse(req, 404, 'error.notFound')
    await revokeSessions(req.payload, participant.id)
    return answer(req, 200, { ok: true })
  }),
}

/** Matchmaking endpoints: staff grid, move, schedule all, exports, revoke. */
export const staffEndpoints: Endpoint[] = [grid, move, scheduleAll, ...staffExportEndpoints, revoke]
