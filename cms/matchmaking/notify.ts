import type { Payload, PayloadRequest } from 'payload'

import { queueMatchmakingMail } from '../jobs/mail'

type Id = number | string

/**
 * Every mail matchmaking sends, in the recipient participant's language, through the outbox
 * (the jobs queue of step 4). Links carry the raw secret, which exists nowhere else: the job's
 * input is the only copy, and Payload deletes a job when it completes.
 */
export type MatchmakingMail =
  | { kind: 'confirm' | 'signin'; participant: Id; token: string }
  | {
      kind: 'requested' | 'accepted' | 'declined' | 'cancelled' | 'moved'
      meeting: Id
      /** The participant the mail goes to. */
      to: Id
    }
  | { kind: 'reminder'; participant: Id; event: Id }

/**
 * Queues one matchmaking mail in the outbox (cms/jobs/mail.ts); it is rendered when sent
 * (cms/email/matchmakingMail.ts), from what is stored then. With `req`, the job is written in
 * the caller's transaction, so a registration that fails sends nothing.
 */
export async function notify(
  payload: Payload,
  mail: MatchmakingMail,
  req?: PayloadRequest,
): Promise<void> {
  await queueMatchmakingMail(payload, mail, req)
}
