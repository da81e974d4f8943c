import { defaultLocale, type Locale } from '@shared/locales'

/** A document in one locale, with the fields that are not written in it (site/lib/loader.ts). */
export type Translatable = { locale: Locale; untranslated?: string[] }

/**
 * Payload fills a localized field that has no value in a locale with the English one
 * (localization.fallback). The loader reads each locale with and without that fallback and
 * records which fields were filled, so prose that is the same in two languages (a brand tagline)
 * is not mistaken for a missing translation.
 *
 * @example isFallback(product, 'summary') // true when the summary is not yet translated
 */
export const isFallback = <D extends Translatable>(doc: D, field: keyof D & string): boolean =>
  doc.locale !== defaultLocale && (doc.untranslated?.includes(field) ?? false)

/** The language a localized field is really in: the document's, or English when it fell back. */
export const languageOf = <D extends Translatable>(doc: D, field: keyof D & string): Locale =>
  isFallback(doc, field) ? defaultLocale : doc.locale

/** The `lang` attribute for a localized field: the default locale when it fell back, else none. */
export const fallbackLang = <D extends Translatable>(
  doc: D,
  field: keyof D & string,
): Locale | undefined => (isFallback(doc, field) ? defaultLocale : undefined)
