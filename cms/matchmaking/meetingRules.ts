import { z } from 'zod'

import { isCleanText } from '@shared/formSchema'
import { localeCodes, type Locale } from '@shared/locales'
import type { MeetingStatus } from '@shared/matchmakingTypes'

type Id = number | string

/** What a party may do with a meeting. */
export type MeetingAction = 'accept' | 'decline' | 'cancel'

/**
 * The meeting state machine. The recipient accepts or declines a request; either party cancels
 * a request or an accepted meeting that has not ended yet (one that took place stays held, it
 * counts in the event's figures). Declined and cancelled are final.
 */
export function mayChange(
  meeting: { status: MeetingStatus; requester: Id; recipient: Id; end?: string | null },
  me: Id,
  action: MeetingAction,
  now = new Date(),
): boolean {
  const isRecipient = String(meeting.recipient) === String(me)
  const isParty = isRecipient || String(meeting.requester) === String(me)
  if (action !== 'cancel') return isRecipient && meeting.status === 'requested'
  if (!isParty) return false
  if (meeting.status === 'requested') return true
  return meeting.status === 'accepted' && !(meeting.end && Date.parse(meeting.end) <= now.getTime())
}

/** A meeting request's message is at most this long (the collection's maxLength). */
export const messageMax = 500

/**
 * A message as stored: hidden characters (controls, bidi overrides) dropped, line breaks made
 * \n, at most one blank line in a row, trimmed. Markup stays text: every reader escapes it.
 */
export const cleanMessage = (raw: string): string =>
  [...raw.replace(/\r\n?/g, '\n')]
    .filter((ch) => isCleanText(ch, true))
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const locale = z.enum(localeCodes as [Locale, ...Locale[]], { error: 'choice' }).optional()
const fieldErrors = {
  error: (issue: { code?: string }) =>
    issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid',
}

/** POST /meetings: whom to meet and why (the message is cleaned, then measured). */
export const requestSchema = z.strictObject(
  {
    with: z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9]{1,64}$/)], {
      error: 'required',
    }),
    message: z
      .string({ error: 'invalid' })
      .max(4 * messageMax, { error: 'tooLong' })
      .transform(cleanMessage)
      .pipe(z.string().max(messageMax, { error: 'tooLong' }))
      .default(''),
    locale,
  },
  fieldErrors,
)

/** POST /meetings/:id/accept: the slot chosen (self-scheduling), by its start. */
export const acceptSchema = z.strictObject(
  { start: z.iso.datetime({ offset: true, error: 'invalid' }).optional(), locale },
  fieldErrors,
)

/** POST /meetings/:id/decline and …/cancel: nothing but the answer's language. */
export const emptySchema = z.strictObject({ locale }, fieldErrors)

/**
 * An id from a path, or null: a positive integer where the database numbers its documents
 * (SQLite), an ObjectId's 24 hex digits where it does not (MongoDB). Anything else names nothing.
 */
export function parseId(raw: unknown, numeric: boolean): Id | null {
  if (typeof raw !== 'string') return null
  if (numeric) return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null
  return /^[a-f0-9]{24}$/.test(raw) ? raw : null
}
