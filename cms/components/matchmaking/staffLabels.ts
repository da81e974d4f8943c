/**
 * Words of the staff's matchmaking screens (the view, the grid, the participant's buttons): the
 * `mmStaff.*` keys of the catalogue, in the admin's language (English for one the CMS lacks).
 */
import { isLocale } from '@shared/locales'
import { type KeysUnder, type MessageValues, t } from '../../i18n/messages'

export type StaffKey = KeysUnder<'mmStaff'>

export function staffLabels(language: string) {
  const locale = isLocale(language) ? language : 'en'
  return {
    locale,
    say: (key: StaffKey, values?: MessageValues) => t(locale, `mmStaff.${key}`, values),
  }
}
