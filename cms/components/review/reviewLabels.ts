/**
 * Words of the review of member edits in the admin (DraftReviewControls, ReviewQueue): the
 * `draftReview.*` keys of the catalogue, in the admin's language (English for one the CMS lacks).
 */
import { isLocale } from '@shared/locales'
import { type KeysUnder, type MessageValues, t } from '../../i18n/messages'

export function reviewLabels(language: string) {
  const locale = isLocale(language) ? language : 'en'
  return {
    locale,
    say: (key: KeysUnder<'draftReview'>, values?: MessageValues) =>
      t(locale, `draftReview.${key}`, values),
  }
}
