// Words and date formats the generator writes itself (alt texts, PDF labels, banner dates). Labels
// the portal also shows (kinds, statuses, fact headings, "Page 1 of 3") come from the portal's
// catalogue, site/i18n/ui/<locale>.json, so a PDF names a kind as the page that links it does.
import { readFileSync } from 'node:fs'
import { format, type Message } from '../../site/i18n/format.ts'
import type en from '../../site/i18n/ui/en.json'
import { LOCALES } from './data.ts'
import type { Locale, Localized } from './data.ts'

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', bg: 'bg-BG', de: 'de-DE' }

/** "Bulgarian" as written in each locale, used in document titles such as "(PDF, на български)". */
export const LANGUAGE_NAMES: Localized<Localized> = {
  en: { en: 'English', bg: 'на английски', de: 'Englisch' },
  bg: { en: 'Bulgarian', bg: 'на български', de: 'Bulgarisch' },
  de: { en: 'German', bg: 'на немски', de: 'Deutsch' },
}

/** A key of the portal's catalogue; its English file is the type, as for the portal's t(). */
export type PortalKey = keyof typeof en

// Read, not imported: this runs under plain node, where JSON modules need import attributes
// that the portal's bundler and tsc would each have to be told about.
const portal = Object.fromEntries(
  LOCALES.map((locale) => {
    const file = new URL(`../../site/i18n/ui/${locale}.json`, import.meta.url)
    return [locale, JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>]
  }),
) as Localized<Record<string, Message>>

function message(locale: Locale, key: string): Message {
  const found = portal[locale][key]
  if (found === undefined) throw new Error(`site/i18n/ui/${locale}.json has no "${key}"`)
  return found
}

/** A word of the portal in a locale, with {placeholders} filled. */
export const portalText = (
  locale: Locale,
  key: PortalKey,
  vars?: Record<string, string | number>,
): string => format(locale, message(locale, key), vars)

/**
 * The portal's label of a vocabulary value ("publication.kind", "policy-brief"); a document
 * without the field gets `fallback`. A value the portal has no words for stops the run: the
 * seed could not store it either.
 */
export function portalLabel(
  locale: Locale,
  vocabulary:
    'publication.kind' | 'event.kind' | 'event.status' | 'industry' | 'deployment' | 'pricing',
  value: string | undefined,
  fallback: string,
): string {
  return value ? format(locale, message(locale, `${vocabulary}.${value}`)) : fallback
}

/** The words of a publication PDF that the portal has no page for. */
export const PDF_LABELS: Localized<{ summary: string; publisher: string }> = {
  en: { summary: 'Summary', publisher: 'Published by' },
  bg: { summary: 'Резюме', publisher: 'Издател' },
  de: { summary: 'Zusammenfassung', publisher: 'Herausgeber' },
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

export function humanize(slug: string): string {
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
