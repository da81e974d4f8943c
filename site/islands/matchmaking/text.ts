import { format, type Message, type Vars } from '../../i18n/format'

/** The `matchmaking.*` messages of the page's language, as the page passes them. */
export type Messages = Record<string, Message>

/** A function that words a `matchmaking.*` key (without the prefix) in the page's language. */
export type Say = (key: string, vars?: Vars) => string

/**
 * Words for the island: the key itself when the page did not pass it, so that a missing string
 * shows up in the site's text checks instead of vanishing.
 */
export const sayer =
  (locale: string, messages: Messages): Say =>
  (key, vars) =>
    format(locale, messages[`matchmaking.${key}`] ?? `matchmaking.${key}`, vars)

/**
 * Dates and times in the participant's own time zone (Me.timeZone), with the zone's name, so
 * that someone in Berlin and someone in Sofia each read their own clock. The zone is named as
 * it is `at` (the event's time: summer or winter time), now when not given.
 */
export function clock(locale: string, timeZone: string, at?: string) {
  const safeZone = validZone(timeZone)
  const day = new Intl.DateTimeFormat(locale, { timeZone: safeZone, dateStyle: 'full' })
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: safeZone,
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  })
  const dayKey = new Intl.DateTimeFormat('en-CA', {
    timeZone: safeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const zoneName =
    new Intl.DateTimeFormat(locale, { timeZone: safeZone, timeZoneName: 'long' })
      .formatToParts(at ? new Date(at) : new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? safeZone
  return {
    timeZone: safeZone,
    /** "Europe/Sofia" with its name in the reader's language. */
    zone: `${zoneName} (${safeZone})`,
    day: (iso: string) => day.format(new Date(iso)),
    /** The calendar day in the participant's zone, for grouping (YYYY-MM-DD). */
    dayKey: (iso: string) => dayKey.format(new Date(iso)),
    /** "09:00–09:20 EET" */
    range: (start: string, end: string) => time.formatRange(new Date(start), new Date(end)),
  }
}

/** An IANA zone the browser knows, else the browser's own (a stale or mistyped value). */
function validZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    return Intl.DateTimeFormat().resolvedOptions().timeZone
  }
}
