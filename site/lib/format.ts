import type { Locale } from '@shared/locales'

/**
 * Dates, numbers, country and language names for the portal, from the runtime's Intl data, so
 * every locale in cms/shared/locales.ts is formatted without a word of it written here.
 */

const memo = <T>(make: (key: string) => T) => {
  const cache = new Map<string, T>()
  return (key: string) => {
    let value = cache.get(key)
    if (value === undefined) cache.set(key, (value = make(key)))
    return value
  }
}

const regionNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'region' }))
const languageNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'language' }))

// ICU looks a name up anew on every call; a large build asks for the same few thousands of times.
const countryNames = memo((key) => {
  const [locale, code] = key.split('/')
  return regionNames(locale).of(code.toUpperCase()) ?? code
})
const languageNamesOf = memo((key) => {
  const [locale, code] = key.split('/')
  return languageNames(locale).of(code) ?? code
})

/** @example countryName('de', 'BG') // 'Bulgarien' */
export const countryName = (locale: Locale, code: string): string =>
  countryNames(`${locale}/${code}`)

/** @example languageName('bg', 'de') // 'немски' */
export const languageName = (locale: Locale, code: string): string =>
  languageNamesOf(`${locale}/${code}`)

/** A language's name in that language, capitalised as it would head a list of links. */
export function nativeLanguageName(code: string): string {
  const name = languageName(code as Locale, code)
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1)
}

export const formatNumber = (locale: Locale, value: number): string =>
  new Intl.NumberFormat(locale).format(value)

/**
 * A calendar date (a day, not an instant: Payload stores it as midnight UTC), e.g. a
 * publication date or "member since".
 */
export function formatDate(locale: Locale, iso: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(iso),
  )
}

/** Only the year of a calendar date. */
export const formatYear = (iso: string): string => String(new Date(iso).getUTCFullYear())

/**
 * When an event takes place, as the organisers announced it: in the event's own time zone,
 * with the zone's name, one range for the start and the end.
 *
 * @example formatEventWhen('en', '2026-06-11T06:00:00Z', '2026-06-11T14:00:00Z', 'Europe/Sofia')
 * // '11 June 2026, 09:00 – 17:00 EEST'
 */
export function formatEventWhen(
  locale: Locale,
  start: string,
  end: string,
  timeZone: string,
): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
  return format.formatRange(new Date(start), new Date(end))
}

/** The day (or days) of an event in its time zone, for lists. */
export function formatEventDays(
  locale: Locale,
  start: string,
  end: string,
  timeZone: string,
): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone })
  return format.formatRange(new Date(start), new Date(end))
}

/** A deadline (an instant) in the event's time zone. */
export function formatInstant(locale: Locale, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

/**
 * A window between two instants (e.g. when registration is open) in the event's time zone, one
 * range: the day is not repeated when both ends fall on it.
 *
 * @example formatInstantRange('en', '2026-05-01T07:00:00Z', '2026-06-01T20:59:00Z', 'Europe/Sofia')
 * // 'May 1, 2026, 10:00 AM – June 1, 2026, 11:59 PM'
 */
export function formatInstantRange(
  locale: Locale,
  start: string,
  end: string,
  timeZone: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).formatRange(new Date(start), new Date(end))
}

/**
 * The smallest number of employees a range such as "10-49" or "1000+" allows; 0 when unknown.
 *
 * @example employeesLowerBound('50-249') // 50
 */
export function employeesLowerBound(range: string | null | undefined): number {
  const match = /^\s*(\d+)/.exec(range ?? '')
  return match ? Number(match[1]) : 0
}

/** An employee range for reading: "1000+" stays, "10-49" gets an en dash. */
export const formatEmployees = (range: string): string => range.replace('-', '–')

/** Public URLs from the CMS are shown without scheme and trailing slash. */
export const displayUrl = (url: string): string =>
  url.replace(/^https?:\/\//, '').replace(/\/$/, '')
