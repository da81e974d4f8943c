/**
 * Words of the decision buttons on an application (ApplicationDecision.tsx): the `decision.*`
 * keys of the catalogue and the statuses' labels, in the admin's language.
 */
import { isLocale } from '@shared/locales'
import type { Application } from '../payload-types'
import { type KeysUnder, optionKey, t } from '../i18n/messages'

export type Decision = 'approve' | 'reject'

export function decisionLabels(language: string) {
  const locale = isLocale(language) ? language : 'en'
  return {
    say: (key: Exclude<KeysUnder<'decision'>, `${Decision}.${string}`>) =>
      t(locale, `decision.${key}`),
    status: (status: Application['status']) => t(locale, optionKey('applicationStatuses', status)),
    confirmHeading: (decision: Decision, company: string) =>
      t(locale, `decision.${decision}.heading`, { company }),
    confirmBody: (decision: Decision, email: string) =>
      t(locale, `decision.${decision}.body`, { email }),
  }
}
