import type { Locale } from '@shared/locales'
import { t, type UiKey } from '../i18n/t'

/**
 * Labels of the CMS's fixed vocabularies (kinds, industries, deployments…) in the reader's
 * language. The values are codes; their words live in site/i18n/ui/<locale>.json under
 * `<vocabulary>.<value>`.
 */
export type Vocabulary =
  | 'product.kind'
  | 'industry'
  | 'deployment'
  | 'pricing'
  | 'event.kind'
  | 'event.format'
  | 'event.status'
  | 'publication.kind'
  | 'partner.kind'

/** @example label('de', 'industry', 'public-sector') // 'Öffentlicher Sektor' */
export const label = (locale: Locale, vocabulary: Vocabulary, value: string): string =>
  t(locale, `${vocabulary}.${value}` as UiKey)

/** Labels of several values, in the given order, empty values left out. */
export const labels = (
  locale: Locale,
  vocabulary: Vocabulary,
  values: string[] | null | undefined,
): string[] => (values ?? []).filter(Boolean).map((v) => label(locale, vocabulary, v))
