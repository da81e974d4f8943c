// Words and date formats the generator writes itself (alt texts, PDF labels, banner dates).
import type { Locale, Localized } from './data.ts'

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', bg: 'bg-BG', de: 'de-DE' }

/** "Bulgarian" as written in each locale, used in document titles such as "(PDF, на български)". */
export const LANGUAGE_NAMES: Localized<Localized> = {
  en: { en: 'English', bg: 'на английски', de: 'Englisch' },
  bg: { en: 'Bulgarian', bg: 'на български', de: 'Bulgarisch' },
  de: { en: 'German', bg: 'на немски', de: 'Deutsch' },
}

export const PUBLICATION_KINDS: Record<string, Localized> = {
  strategy: { en: 'Strategy', bg: 'Стратегия', de: 'Strategie' },
  'market-study': { en: 'Market study', bg: 'Пазарно проучване', de: 'Marktstudie' },
  report: { en: 'Report', bg: 'Доклад', de: 'Bericht' },
  'policy-brief': { en: 'Policy brief', bg: 'Позиционен документ', de: 'Positionspapier' },
  newsletter: { en: 'Newsletter', bg: 'Бюлетин', de: 'Newsletter' },
}

export const EVENT_KINDS: Record<string, string> = {
  conference: 'Conference',
  'b2b-matchmaking': 'B2B matchmaking',
  'trade-mission': 'Trade mission',
  webinar: 'Webinar',
  workshop: 'Workshop',
  'cluster-meeting': 'Cluster meeting',
}

export const PDF_LABELS: Localized<{
  published: string
  authors: string
  summary: string
  publisher: string
  page: (page: number, total: number) => string
}> = {
  en: {
    published: 'Published',
    authors: 'Authors',
    summary: 'Summary',
    publisher: 'Published by',
    page: (p, t) => `Page ${p} of ${t}`,
  },
  bg: {
    published: 'Публикувано',
    authors: 'Автори',
    summary: 'Резюме',
    publisher: 'Издател',
    page: (p, t) => `Страница ${p} от ${t}`,
  },
  de: {
    published: 'Veröffentlicht',
    authors: 'Autorinnen und Autoren',
    summary: 'Zusammenfassung',
    publisher: 'Herausgeber',
    page: (p, t) => `Seite ${p} von ${t}`,
  },
}

/** "20 January 2026" / "20 януари 2026 г." / "20. Januar 2026" for an ISO date (no time). */
export function formatDay(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

export function formatMonth(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/**
 * Event dates in the event's own time zone: "14–15 October 2026" for multi-day events,
 * "11 February 2026, 11:00–12:30" for a single day.
 */
export function formatEventDate(
  start: string,
  end: string | undefined,
  timeZone: string,
  locale: Locale,
): string {
  const from = new Date(start)
  const to = end ? new Date(end) : from
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  })
  if (day.format(from) !== day.format(to)) return tidyRange(day.formatRange(from, to), locale)
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  })
  const times = end ? time.formatRange(from, to) : time.format(from)
  return tidyRange(`${day.format(from)}, ${times}`, locale)
}

/** ICU puts thin spaces around range dashes; British English writes "14–15 October" closed up. */
function tidyRange(text: string, locale: Locale): string {
  const spaced = text.replace(/\u2009/g, ' ')
  return locale === 'en' ? spaced.replace(/ – /g, '–') : spaced
}

export function humanize(slug: string): string {
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
