import type { PayloadRequest } from 'payload'

import type { Application } from '../payload-types'
import { type KeysUnder, type MessageValues, optionKey, requestLanguage, t } from '../i18n/messages'

/**
 * What staff read when a review step is refused or fails (`review.<key>` of the catalogue), in
 * the admin's language.
 */
export const reviewMessage = (
  req: Partial<PayloadRequest>,
  key: KeysUnder<'review'>,
  values?: MessageValues,
): string => t(requestLanguage(req), `review.${key}`, values)

/** "x" or "y", with the conjunction of the request's language. */
export const quotedChoices = (req: Partial<PayloadRequest>, values: readonly string[]) =>
  new Intl.ListFormat(requestLanguage(req), { type: 'disjunction' }).format(
    values.map((v) => `"${v}"`),
  )

/** A status as its option reads in the admin ("In review", not "reviewing"). */
export const statusLabel = (req: Partial<PayloadRequest>, status: Application['status']) =>
  t(requestLanguage(req), optionKey('applicationStatuses', status))
