import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isStaffUser } from './roles'

/**
 * The participant a matchmaking endpoint acts for. Only the endpoints under /api/matchmaking/
 * set it, after checking the participant's session (cms/matchmaking/session.ts); REST and
 * GraphQL clients cannot set `req.context`, and a participant is never a `req.user`, so a
 * participant's session can never act as a CMS user, nor a CMS user's token as a participant.
 */
export type ActingParticipant = { id: number | string; event: number | string }

export const actingParticipant = (req: PayloadRequest): ActingParticipant | null => {
  const acting = req.context?.participant as ActingParticipant | undefined
  return acting && acting.id !== undefined && acting.event !== undefined ? acting : null
}

/**
 * Staff read all; the acting participant reads the documents of its own event that `mine`
 * picks for it; nobody else (member users and the public included) reads any.
 */
const staffOrOwnEvent =
  (mine: (acting: ActingParticipant) => Where[]): Access =>
  ({ req }) => {
    if (isStaffUser(req.user)) return true
    const acting = actingParticipant(req)
    if (!acting) return false
    const where: Where = { and: [{ event: { equals: acting.event } }, { or: mine(acting) }] }
    return where
  }

/** Participants: a participant reads the validated participants of its own event and itself. */
export const participantsRead = staffOrOwnEvent((acting): Where[] => [
  { status: { equals: 'validated' } },
  { id: { equals: acting.id } },
])

/** Registration comes through its endpoint alone, which marks its call (cf. publicFormOnly). */
export const participantsCreate: Access = ({ req }) =>
  isStaffUser(req.user) || req.context?.matchmakingRegistration === true

/** Staff, or the participant itself (its own profile; staff-only fields are guarded apart). */
export const participantsUpdate: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const acting = actingParticipant(req)
  return acting ? { id: { equals: acting.id } } : false
}

/** Fields of a participant that only staff and the participant itself read (email, notes). */
export const selfOrStaffField: FieldAccess = ({ req, doc, id }) => {
  if (isStaffUser(req.user)) return true
  const acting = actingParticipant(req)
  const own = doc?.id ?? id
  return acting !== null && own !== undefined && String(own) === String(acting.id)
}

/** Meetings: staff read all; a participant only those it requested or was asked to. */
export const meetingsOfParticipant = staffOrOwnEvent((acting): Where[] => [
  { requester: { equals: acting.id } },
  { recipient: { equals: acting.id } },
])

/** A participant creates meeting requests through its endpoint; staff create any. */
export const meetingsCreate: Access = ({ req }) =>
  isStaffUser(req.user) || actingParticipant(req) !== null
