import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { ActingParticipant } from '../access/participants'
import { collections } from '@shared/slugs'

export type TokenKind = 'confirm' | 'signin' | 'session'

/** How long each secret lasts: the email link a day, a sign-in link 20 minutes, a session a week. */
export const tokenLifetimeSeconds: Record<TokenKind, number> = {
  confirm: 24 * 3600,
  signin: 20 * 60,
  session: 7 * 24 * 3600,
}

/** The header a participant's session travels in: not a cookie, not `Authorization`, which
 * Payload reads for its own users, so neither kind of credential is ever taken for the other. */
export const sessionHeader = 'x-matchmaking-session'

const hashOf = (raw: string) => crypto.createHash('sha256').update(raw).digest('hex')
// 32 random bytes, URL-safe: 256 bits, never guessed, fine in a link's fragment.
const isTokenShape = (raw: unknown): raw is string =>
  typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw)

/** A new secret of `kind` for a participant; only its hash is stored. Returns the secret. */
export async function issueToken(
  payload: Payload,
  participant: number | string,
  kind: TokenKind,
  now = new Date(),
): Promise<string> {
  const raw = crypto.randomBytes(32).toString('base64url')
  await payload.create({
    collection: collections.matchmakingTokens,
    data: {
      participant: participant as number,
      kind,
      hash: hashOf(raw),
      expiresAt: new Date(now.getTime() + tokenLifetimeSeconds[kind] * 1000).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
  return raw
}

/**
 * Spends a one-time link: the participant it was issued to, or null when the secret is unknown,
 * of another kind, expired or already used. Marking it used is one conditional update, so two
 * requests racing with the same link cannot both succeed.
 */
export async function spendLink(
  payload: Payload,
  raw: unknown,
  kind: Exclude<TokenKind, 'session'>,
  now = new Date(),
): Promise<number | string | null> {
  if (!isTokenShape(raw)) return null
  const spent = await payload.update({
    collection: collections.matchmakingTokens,
    where: {
      and: [
        { hash: { equals: hashOf(raw) } },
        { kind: { equals: kind } },
        { usedAt: { exists: false } },
        { expiresAt: { greater_than: now.toISOString() } },
      ],
    },
    data: { usedAt: now.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  const doc = spent.docs[0] as { participant?: number | string } | undefined
  return doc?.participant ?? null
}

/** The participant whose session a request carries, or null (no, unknown or expired session). */
export async function participantOfSession(
  payload: Payload,
  raw: unknown,
  now = new Date(),
): Promise<(ActingParticipant & { token: string }) | null> {
  if (!isTokenShape(raw)) return null
  const found = await payload.find({
    collection: collections.matchmakingTokens,
    where: {
      and: [
        { hash: { equals: hashOf(raw) } },
        { kind: { equals: 'session' } },
        { expiresAt: { greater_than: now.toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const token = found.docs[0] as { participant?: number | string } | undefined
  if (token?.participant === undefined) return null
  const participant = await payload
    .findByID({
      collection: collections.participants,
      id: token.participant,
      depth: 0,
      overrideAccess: true,
      select: { event: true, status: true },
    })
    .catch(() => null)
  // A rejected participant's sessions end with the rejection.
  if (!participant || participant.status === 'rejected' || participant.status === 'unconfirmed')
    return null
  return { id: participant.id, event: participant.event as number, token: raw }
}

/**
 * Sets `req.context.participant` from the request's session header, for the access rules
 * (access/participants.ts). Returns the participant, or null: the caller answers 401.
 */
export async function actAsParticipant(req: PayloadRequest): Promise<ActingParticipant | null> {
  const acting = await participantOfSession(req.payload, req.headers.get(sessionHeader))
  if (!acting) return null
  req.context.participant = { id: acting.id, event: acting.event }
  return req.context.participant as ActingParticipant
}

/** Ends every session and unused link of a participant (staff "revoke", or a rejection). */
export async function revokeSessions(payload: Payload, participant: number | string) {
  await payload.delete({
    collection: collections.matchmakingTokens,
    where: { participant: { equals: participant } },
    overrideAccess: true,
  })
}

/** Ends one session (the participant signs out). */
export async function endSession(payload: Payload, raw: string) {
  await payload.delete({
    collection: collections.matchmakingTokens,
    where: { and: [{ hash: { equals: hashOf(raw) } }, { kind: { equals: 'session' } }] },
    overrideAccess: true,
  })
}
