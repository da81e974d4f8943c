import { TZDate } from '@date-fns/tz'
import { tzlib_get_ical_block } from 'timezones-ical-library'

/**
 * An instant that reads as wall-clock time in an IANA zone. ical-generator prints a TZDate in the
 * event's zone (a plain Date would come out in the build machine's zone).
 */
export function zonedDate(instant: Date | string, timeZone = 'UTC'): TZDate {
  // TZDate makes an unknown zone an Invalid Date, which fails later as "Invalid time value" with
  // no name in it; a build log must say which zone (an import or a hand-made fix can write one).
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`)
  return new TZDate(new Date(instant).getTime(), timeZone)
}

const isTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * An instant as RFC 3339 local time with the zone's offset at that moment, to the second.
 *
 * @example isoInZone(new Date('2026-06-11T06:00:00Z'), 'Europe/Sofia') // '2026-06-11T09:00:00+03:00'
 */
export const isoInZone = (instant: Date, timeZone: string) =>
  zonedDate(instant, timeZone)
    .toISOString()
    .replace(/\.\d+(?=[+-])/, '')

/**
 * The VTIMEZONE component (RFC 5545 3.6.5) of a zone, from timezones-ical-library's copy of the
 * IANA database. The library answers an alias (Europe/Amsterdam) with its canonical zone
 * (Europe/Brussels); the TZID must be the one the events name, or calendars cannot resolve them.
 */
export function vtimezone(timeZone: string): string {
  // An array [block, 'TZID=…'], or '' for a zone the library does not know.
  const [block] = tzlib_get_ical_block(timeZone)
  if (typeof block !== 'string' || !block.startsWith('BEGIN:VTIMEZONE'))
    throw new Error(`vtimezone: no time zone data for "${timeZone}"`)
  return block
    .replace(/^TZID:.*$/m, `TZID:${timeZone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${timeZone}`)
}
