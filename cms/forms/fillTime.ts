import { minFillSeconds, type FormErrorCode } from '@shared/formSchema'

/** A form opened longer ago than this is stale: its page may describe what no longer exists. */
export const maxFormAgeMs = 24 * 60 * 60 * 1000
/** How far the visitor's clock may run ahead of ours before `startedAt` counts as invented. */
export const clockSkewMs = 60 * 1000

/**
 * The problem with when a form was opened (`startedAt`, the visitor's clock, ms since epoch),
 * or null. Sent under `minFillSeconds` after opening: a bot (`tooFast`). In the future beyond
 * clock skew, or older than a day: not a real opening time (`invalid`).
 *
 * @example fillTimeProblem(Date.now() - 1000) // 'tooFast'
 */
export function fillTimeProblem(startedAt: number, now = Date.now()): FormErrorCode | null {
  const elapsed = now - startedAt
  if (elapsed < -clockSkewMs || elapsed > maxFormAgeMs) return 'invalid'
  if (elapsed < minFillSeconds * 1000) return 'tooFast'
  return null
}
