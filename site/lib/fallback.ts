import { defaultLocale, type Locale } from '@shared/locales'

/**
 * Payload fills a localized field that has no value in a locale with the English one
 * (localization.fallback). The value does not say where it came from, so the site compares it
 * with the English document: equal prose in another locale is English shown as a stand-in.
 * Only call this for localized fields; names and codes are the same in every language.
 *
 * @example isFallback('bg', product.summary, english.summary) // true when not yet translated
 */
export function isFallback(locale: Locale, value: unknown, english: unknown): boolean {
  if (locale === defaultLocale || value === null || value === undefined || value === '')
    return false
  if (value === english) return true
  // Rich text: compare the trees (strings that differ are simply different).
  return (
    typeof value === 'object' &&
    typeof english === 'object' &&
    JSON.stringify(value) === JSON.stringify(english)
  )
}

/** The language a localized value is really in: the page's, or English when it fell back. */
export const languageOf = (locale: Locale, value: unknown, english: unknown): Locale =>
  isFallback(locale, value, english) ? defaultLocale : locale

/** The `lang` attribute for a localized value: the default locale when it fell back, else none. */
export const fallbackLang = (
  locale: Locale,
  value: unknown,
  english: unknown,
): Locale | undefined => (isFallback(locale, value, english) ? defaultLocale : undefined)
