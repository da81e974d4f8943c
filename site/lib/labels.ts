import type { Locale } from '@shared/locales'
import { isUiKey, t, type UiKey } from '../i18n/t'

/**
 * Labels of the CMS's fixed vocabularies (cms/shared/options.ts: kinds, industries,
 * deployments…) in the reader's language. The values are codes; their words live in
 * site/i18n/ui/<locale>.json under `<vocabulary>.<value>`, and tests/unit/i18n.test.ts checks
 * that every value of every vocabulary has them in every locale.
 */
export type Vocabulary =
  | 'product.kind'
  | 'industry'
  | 'deployment'
  | 'pricing'
  | 'price.unit'
  | 'event.kind'
  | 'event.format'
  | 'event.status'
  | 'publication.kind'
  | 'partner.kind'
  | 'cooperation.type'
  | 'protocol.family'
  | 'interface.role'
  | 'api.format'
  | 'matchmaking.kind'
  | 'matchmaking.status'

/**
 * The values of a vocabulary that have words: `industry.public-sector` makes 'public-sector'
 * one. A value from the CMS types without a key is a type error where label() is called.
 */
export type VocabularyValue<V extends Vocabulary> = {
  [K in UiKey]: K extends `${V}.${infer Value}` ? Value : never
}[UiKey]

/** @example label('de', 'industry', 'public-sector') // 'Öffentlicher Sektor' */
export function label<V extends Vocabulary>(
  locale: Locale,
  vocabulary: V,
  value: VocabularyValue<V>,
): string {
  const key = `${vocabulary}.${value}`
  // Always a key for the values the type admits; a value that slipped past it (a stale code
  // in old data) shows as its key, which the site's text test reports.
  return isUiKey(key) ? t(locale, key) : key
}

/** Labels of several values, in the given order, empty values left out. */
export const labels = <V extends Vocabulary>(
  locale: Locale,
  vocabulary: V,
  values: readonly VocabularyValue<V>[] | null | undefined,
): string[] => (values ?? []).filter(Boolean).map((v) => label(locale, vocabulary, v))
