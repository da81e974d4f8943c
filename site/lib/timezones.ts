import type { ICalLuxonDateTimeStub } from 'ical-generator'

/**
 * IANA time zones without a time zone library: the runtime's Intl (full ICU in Node) knows every
 * zone's rules, and these helpers read wall-clock times, offsets and offset changes from it.
 */

type WallTime = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock time in a zone at an instant. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  )
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  }
}

/** Minutes east of UTC in a zone at an instant, e.g. 180 for Europe/Sofia in summer. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallTime(instant, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

const formatOffset = (minutes: number, separator: string) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`

/**
 * An instant as RFC 3339 local time with the zone's offset at that moment.
 *
 * @example isoInZone(new Date('2026-06-11T06:00:00Z'), 'Europe/Sofia') // '2026-06-11T09:00:00+03:00'
 */
export function isoInZone(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone)
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
  return `${date}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetMinutes(instant, timeZone), ':')}`
}

/** iCalendar's local DATE-TIME form (RFC 5545 3.3.5), for a wall-clock time. */
const icalLocal = (w: WallTime) =>
  `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`

/**
 * An instant that ical-generator prints as wall-clock time in the event's zone (with TZID).
 * ical-generator formats a native Date in the zone of the build machine, not the event's; it
 * accepts Luxon-like values through its exported ICalLuxonDateTimeStub interface, which this
 * implements for the two formats it asks for, so no date library is needed.
 */
export function zonedDateTime(instant: Date, timeZone = 'UTC'): ICalLuxonDateTimeStub {
  const local = () => icalLocal(wallTime(instant, timeZone))
  return {
    isValid: !Number.isNaN(instant.getTime()),
    zone: { type: 'iana' },
    setZone: (zone) => zonedDateTime(instant, zone === 'utc' || !zone ? 'UTC' : zone),
    toFormat: (format) => {
      if (format === 'yyyyLLdd') return local().slice(0, 8)
      if (format === 'HHmmss') return local().slice(9)
      throw new Error(`zonedDateTime: ical-generator asked for the unsupported format "${format}"`)
    },
    toJSDate: () => instant,
    toJSON: () => instant.toISOString(),
  }
}

type Transition = { at: number; from: number; to: number }
const DAY = 86_400_000
const MINUTE = 60_000
const transitionCache = new Map<string, Transition[]>()

/** Every change of a zone's UTC offset within a calendar year (UTC), to the minute. */
export function offsetTransitions(timeZone: string, year: number): Transition[] {
  const key = `${timeZone}@${year}`
  const cached = transitionCache.get(key)
  if (cached) return cached
  const found: Transition[] = []
  const end = Date.UTC(year + 1, 0, 1)
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    const from = offsetMinutes(new Date(day), timeZone)
    const to = offsetMinutes(new Date(day + DAY), timeZone)
    if (from === to) continue
    // Narrow the day down to the first minute with the new offset.
    let lo = day
    let hi = day + DAY
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE
      if (offsetMinutes(new Date(mid), timeZone) === from) lo = mid
      else hi = mid
    }
    found.push({ at: hi, from, to })
  }
  transitionCache.set(key, found)
  return found
}

/**
 * A VTIMEZONE component (RFC 5545 3.6.5) for a zone, exact for the given years: one observance
 * for the offset at the start of the first year and one per offset change after it. Listing the
 * actual changes instead of recurrence rules stays right for zones whose rules changed.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1)
  const initial = offsetMinutes(new Date(start), timeZone)
  const changes: Transition[] = []
  for (let year = fromYear; year <= toYear; year++)
    changes.push(...offsetTransitions(timeZone, year))
  const standard = Math.min(initial, ...changes.map((c) => c.to))
  const observances = [{ at: start, from: initial, to: initial }, ...changes].map((c) => {
    const kind = c.to > standard ? 'DAYLIGHT' : 'STANDARD'
    // DTSTART of an observance is the local time just before the change, in the old offset.
    const localStart = wallTime(new Date(c.at + c.from * MINUTE), 'UTC')
    return [
      `BEGIN:${kind}`,
      `DTSTART:${icalLocal(localStart)}`,
      `TZOFFSETFROM:${formatOffset(c.from, '')}`,
      `TZOFFSETTO:${formatOffset(c.to, '')}`,
      `END:${kind}`,
    ]
  })
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observances.flat(), 'END:VTIMEZONE'].join(
    '\r\n',
  )
}
