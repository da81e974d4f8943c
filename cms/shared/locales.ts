/**
 * The one list of locales. Payload localization, the Astro site's i18n and its routes all read
 * it, so adding a language is one line here plus its words: the portal's
 * `site/i18n/ui/<code>.json`, the CMS's `cms/i18n/<code>.ts` and its entry in
 * `cms/shared/formErrors.ts` (the form errors both sides show). TypeScript names the last two
 * until they exist; tests check all three.
 */
export const locales = [
  { code: 'en', label: 'English', nativeName: 'English' },
  { code: 'bg', label: 'Bulgarian', nativeName: 'Български' },
  { code: 'de', label: 'German', nativeName: 'Deutsch' },
] as const

export type Locale = (typeof locales)[number]['code']

export const localeCodes: Locale[] = locales.map((l) => l.code)

/** The locale every other one falls back to, and the one in which required fields are checked. */
export const defaultLocale: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)
