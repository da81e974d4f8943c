import { getRssString } from '@astrojs/rss'
import { tzOffset } from '@date-fns/tz'
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import {
  eventsCalendar,
  eventSequence,
  eventUid,
  type FeedContext,
  type FeedEvent,
  feedLinks,
  feedPath,
  robotsTxt,
} from '../../site/lib/feeds'
import {
  eventRssItems,
  type FeedPublication,
  publicationRssItems,
  rssChannelData,
  rssNamespaces,
} from '../../site/lib/rss'
import { isoInZone, vtimezone } from '../../site/lib/timezones'

const site = 'https://portal.example:8443/'
// The build's "now": before every event below, so none has passed unless a test says so.
const now = new Date('2026-01-15T00:00:00Z')
const ctx = (locale: FeedContext['locale']): FeedContext => ({
  locale,
  site,
  clusterName: 'HITS',
  now,
})

const event = (overrides: Partial<FeedEvent> = {}): FeedEvent => ({
  title: 'Annual conference',
  slug: 'annual-conference',
  kind: 'conference',
  summary: 'Two days on the strategy.',
  start: '2026-06-11T06:00:00.000Z',
  end: '2026-06-12T14:30:00.000Z',
  timeZone: 'Europe/Sofia',
  format: 'in-person',
  onlineUrl: null,
  venue: {
    name: 'Congress Centre',
    address: '100 Cherni Vrah Blvd., Sofia',
    city: 'Sofia',
    country: 'BG',
  },
  registrationUrl: 'https://portal.example/register',
  status: 'scheduled',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
  ...overrides,
})

const events: FeedEvent[] = [
  event(),
  event({
    slug: 'workshop-varna',
    title: 'Kubernetes & <friends> workshop',
    kind: 'workshop',
    status: 'cancelled',
    // Across the end of summer time in Sofia (25 October 2026, 04:00 local).
    start: '2026-10-24T07:00:00.000Z',
    end: '2026-10-26T15:00:00.000Z',
  }),
  event({
    slug: 'webinar-ny',
    kind: 'webinar',
    format: 'online',
    onlineUrl: 'https://meet.example/webinar',
    venue: {},
    timeZone: 'America/New_York',
    start: '2027-03-17T15:00:00.000Z',
    end: '2027-03-17T16:30:00.000Z',
  }),
  event({
    slug: 'utc-call',
    timeZone: 'UTC',
    start: '2027-01-01T00:30:00.000Z',
    end: '2027-01-01T01:00:00.000Z',
  }),
]

/** The VEVENTs of an iCalendar text, with its VTIMEZONEs registered so times resolve. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  }
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) }
}

const calendarOf = (locale: FeedContext['locale'], list = events) =>
  eventsCalendar(list, ctx(locale), {
    name: 'Events',
    url: `${site}${locale}/events/`,
    source: `${site}${locale}/events.ics`,
  })

describe('feed paths and robots.txt', () => {
  it('put feeds beside the pages they follow', () => {
    expect(feedPath('de', { kind: 'events' }, 'ics')).toBe('/de/events.ics')
    expect(
      feedPath('de', { kind: 'events', filter: { by: 'kind', value: 'webinar' } }, 'ics'),
    ).toBe('/de/events/kind/webinar.ics')
    expect(feedPath('bg', { kind: 'events', filter: { by: 'country', value: 'DE' } }, 'xml')).toBe(
      '/bg/events/country/de.xml',
    )
    expect(feedPath('bg', { kind: 'events' }, 'xml')).toBe('/bg/events.xml')
    expect(feedPath('en', { kind: 'event', slug: 'expo' }, 'ics')).toBe('/en/events/expo.ics')
    expect(feedPath('en', { kind: 'publications' }, 'xml')).toBe('/en/publications.xml')
  })

  it('points robots.txt at the sitemap index', () => {
    expect(robotsTxt(site)).toContain('Sitemap: https://portal.example:8443/sitemap-index.xml')
    expect(robotsTxt(site)).toMatch(/^User-agent: \*\nAllow: \//)
  })
})

describe('iCalendar', () => {
  it('parses with ical.js and carries every event at its instant, in its zone', () => {
    const parsed = parseCalendar(calendarOf('en'))
    expect(parsed.calendar.getFirstPropertyValue('version')).toBe('2.0')
    // In order of start, as a calendar lists them.
    expect(parsed.events.map((e) => e.uid)).toEqual(
      [...events]
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((e) => `${e.slug}@portal.example`),
    )
    for (const source of events) {
      const parsedEvent = parsed.events.find((e) => e.uid === `${source.slug}@portal.example`)!
      const slug = String(source.slug)
      expect(parsedEvent.startDate.toUnixTime() * 1000, slug).toBe(Date.parse(source.start))
      expect(parsedEvent.endDate.toUnixTime() * 1000, slug).toBe(Date.parse(source.end))
      expect(parsedEvent.startDate.zone.tzid, slug).toBe(source.timeZone)
    }
  })

  it('keeps the UTC instant of events in summer and winter time, years ahead and in alias zones', () => {
    const list = [
      // Sofia: EEST (+03:00) in July, EET (+02:00) in January, in a later year than the others.
      event({ slug: 'summer', start: '2029-07-10T07:00:00.000Z', end: '2029-07-10T15:00:00.000Z' }),
      event({ slug: 'winter', start: '2030-01-15T08:00:00.000Z', end: '2030-01-15T16:00:00.000Z' }),
      event({
        slug: 'amsterdam',
        timeZone: 'Europe/Amsterdam',
        start: '2026-03-29T00:30:00.000Z',
        end: '2026-03-29T01:30:00.000Z',
      }),
    ]
    const text = calendarOf('en', list)
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20290710T100000')
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20300115T100000')
    // Across the start of summer time in Amsterdam (02:00 -> 03:00 local).
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260329T013000')
    expect(text).toContain('DTEND;TZID=Europe/Amsterdam:20260329T033000')
    const parsed = parseCalendar(text).events
    for (const source of list) {
      const found = parsed.find((e) => e.uid.startsWith(`${source.slug}@`))!
      expect(found.startDate.zone.tzid, String(source.slug)).toBe(source.timeZone)
      expect(found.startDate.toJSDate().toISOString(), String(source.slug)).toBe(source.start)
      expect(found.endDate.toJSDate().toISOString(), String(source.slug)).toBe(source.end)
    }
  })

  it('writes the announced wall-clock time with TZID and a VTIMEZONE for each zone', () => {
    const text = calendarOf('en')
    expect(text).toContain('DTSTART;TZID=Europe/Sofia:20260611T090000')
    expect(text).toContain('DTEND;TZID=Europe/Sofia:20261026T170000')
    expect(text).toContain('DTSTART;TZID=America/New_York:20270317T110000')
    expect(text).toContain('DTSTART:20270101T003000Z')
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:([^\r]+)/g)).toEqual([
      'BEGIN:VTIMEZONE\r\nTZID:Europe/Sofia',
      'BEGIN:VTIMEZONE\r\nTZID:America/New_York',
    ])
  })

  it('maps status, sequence, dates, location, url and description', () => {
    const parsed = parseCalendar(calendarOf('en')).events
    const [conference, workshop, webinar] = [
      'annual-conference',
      'workshop-varna',
      'webinar-ny',
    ].map((slug) => parsed.find((e) => e.uid.startsWith(`${slug}@`)))
    const prop = (e: ICAL.Event, name: string) => e.component.getFirstPropertyValue(name)
    expect(prop(conference!, 'status')).toBe('CONFIRMED')
    expect(prop(workshop!, 'status')).toBe('CANCELLED')
    expect(prop(workshop!, 'transp')).toBe('TRANSPARENT')
    expect(prop(webinar!, 'status')).toBe('CONFIRMED')
    expect(workshop!.summary).toBe('Cancelled: Kubernetes & <friends> workshop')
    expect(conference!.summary).toBe('Annual conference')
    expect(conference!.sequence).toBe(eventSequence('2026-02-01T09:30:00.000Z'))
    expect(String(prop(conference!, 'last-modified'))).toBe('2026-02-01T09:30:00Z')
    expect(String(prop(conference!, 'dtstamp'))).toBe('2026-02-01T09:30:00Z')
    expect(conference!.location).toBe('Congress Centre, 100 Cherni Vrah Blvd., Sofia, Bulgaria')
    expect(webinar!.location).toBe('https://meet.example/webinar')
    expect(prop(conference!, 'url')).toBe(
      'https://portal.example:8443/en/events/annual-conference/',
    )
    expect(conference!.description).toContain('Two days on the strategy.')
    expect(conference!.description).toContain(
      'https://portal.example:8443/en/events/annual-conference/',
    )
    expect(webinar!.description).toContain('https://meet.example/webinar')
    expect(conference!.description).toContain('Register: https://portal.example/register')
    expect(workshop!.description).not.toContain('Register')
  })

  it('leaves a postponed event out: its stored date is the old one, not a date that holds', () => {
    const postponed = event({ slug: 'postponed-fair', status: 'postponed' })
    const parsed = parseCalendar(calendarOf('en', [...events, postponed])).events
    expect(parsed.map((e) => e.uid)).not.toContain('postponed-fair@portal.example')
    expect(parsed).toHaveLength(events.length)
  })

  it('a past event keeps its entry but drops its registration and online links', () => {
    const past = event({
      slug: 'past-webinar',
      format: 'online',
      onlineUrl: 'https://meet.example/old',
      start: '2025-11-13T12:00:00.000Z',
      end: '2025-11-13T13:30:00.000Z',
    })
    const [parsed] = parseCalendar(calendarOf('en', [past])).events
    expect(parsed!.description).not.toContain('https://portal.example/register')
    expect(parsed!.description).not.toContain('https://meet.example/old')
    expect(parsed!.description).toContain('This event has passed; registration is closed.')
    const [bg] = parseCalendar(calendarOf('bg', [past])).events
    expect(bg!.description).toContain('Това събитие е отминало')
  })

  it('speaks the locale but keeps UIDs and SEQUENCE the same in every locale and build', () => {
    const en = parseCalendar(calendarOf('en')).events
    const bg = parseCalendar(calendarOf('bg')).events
    expect(bg.map((e) => e.uid)).toEqual(en.map((e) => e.uid))
    expect(bg.map((e) => e.sequence)).toEqual(en.map((e) => e.sequence))
    expect(bg[1]!.summary).not.toBe(en[1]!.summary)
    expect(bg[0]!.location).toContain('България')
    expect(calendarOf('de')).toBe(calendarOf('de'))
  })

  it('folds lines at 75 octets and ends them with CRLF', () => {
    const text = calendarOf('bg')
    expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('names a neutral producer when the settings have no cluster name (empty database)', () => {
    const text = eventsCalendar(
      [],
      { locale: 'de', site, clusterName: '' },
      {
        name: 'Veranstaltungen',
        url: `${site}de/events/`,
        source: `${site}de/events.ics`,
      },
    )
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Cluster-Portal//Portal//DE')
    expect(calendar.getAllSubcomponents('vevent')).toEqual([])
  })

  it('raises SEQUENCE with each revision', () => {
    expect(eventSequence('2026-02-01T09:31:00Z')).toBeGreaterThan(
      eventSequence('2026-02-01T09:30:00Z'),
    )
    expect(eventUid('x', 'http://localhost:4321')).toBe('x@localhost')
  })
})

describe('VTIMEZONE from timezones-ical-library', () => {
  const zones = [
    'Europe/Sofia',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'America/Sao_Paulo',
    // An alias: the library files it under Europe/Brussels.
    'Europe/Amsterdam',
  ]
  /** Minutes east of UTC at an instant, from the runtime's Intl (an independent zone database). */
  const offsetMinutes = (instant: number, zone: string) => tzOffset(zone, new Date(instant))

  it.each(zones)('%s: ical.js finds the same offset as Intl all through 2026–2030', (zone) => {
    const parsed = new ICAL.Component(
      ICAL.parse(`BEGIN:VCALENDAR\r\n${vtimezone(zone)}\r\nEND:VCALENDAR`),
    )
    const timezone = new ICAL.Timezone(parsed.getFirstSubcomponent('vtimezone')!)
    expect(timezone.tzid).toBe(zone)
    const start = Date.UTC(2026, 0, 1, 12)
    for (let instant = start; instant < Date.UTC(2030, 11, 31); instant += 7 * 3_600_000) {
      const expected = offsetMinutes(instant, zone) * 60
      // The wall-clock time at the instant, read back as a UTC date.
      const w = new Date(instant + expected * 1000)
      const time = ICAL.Time.fromData(
        {
          year: w.getUTCFullYear(),
          month: w.getUTCMonth() + 1,
          day: w.getUTCDate(),
          hour: w.getUTCHours(),
          minute: w.getUTCMinutes(),
          second: w.getUTCSeconds(),
          isDate: false,
        },
        timezone,
      )
      // A wall-clock time in the hour repeated when clocks go back has two offsets; skip it.
      const ambiguous =
        offsetMinutes(instant - 3_600_000, zone) !== offsetMinutes(instant + 3_600_000, zone)
      if (!ambiguous)
        expect(timezone.utcOffset(time), `${zone} ${new Date(instant).toISOString()}`).toBe(
          expected,
        )
    }
  })

  it('refuses a zone it has no data for', () => {
    expect(() => vtimezone('Nowhere/Atlantis')).toThrow(/Nowhere\/Atlantis/)
  })

  it('names an unknown zone instead of writing an invalid date (open data, calendars)', () => {
    expect(() => isoInZone(new Date('2026-06-11T06:00:00Z'), 'Mars/Olympus_Mons')).toThrow(
      /time zone "Mars\/Olympus_Mons"/,
    )
  })

  it('writes ISO times with the offset in force, to the second', () => {
    expect(isoInZone(new Date('2026-06-11T06:00:00.250Z'), 'Europe/Sofia')).toBe(
      '2026-06-11T09:00:00+03:00',
    )
    expect(isoInZone(new Date('2026-12-11T06:00:00Z'), 'Europe/Sofia')).toBe(
      '2026-12-11T08:00:00+02:00',
    )
    expect(isoInZone(new Date('2027-01-01T00:30:00Z'), 'UTC')).toBe('2027-01-01T00:30:00+00:00')
    expect(isoInZone(new Date('2026-06-11T06:00:00Z'), 'America/St_Johns')).toBe(
      '2026-06-11T03:30:00-02:30',
    )
  })
})

describe('RSS', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['item', 'category', 'dc:creator'].includes(name),
  })

  async function feed(items: Awaited<ReturnType<typeof eventRssItems>>, updatedAt: string[]) {
    const xml = await getRssString({
      title: 'HITS · Events',
      description: 'Events',
      site: `${site}bg/events/`,
      xmlns: rssNamespaces,
      items,
      customData: rssChannelData(ctx('bg'), `${site}bg/events.xml`, updatedAt),
    })
    return parser.parse(xml).rss
  }

  it('events: an RSS 2.0 channel in the locale with absolute links and categories', async () => {
    const rss = await feed(
      eventRssItems(events, ctx('bg')),
      events.map((e) => e.updatedAt),
    )
    expect(rss['@_version']).toBe('2.0')
    const channel = rss.channel
    expect(channel.language).toBe('bg')
    expect(channel.link).toBe('https://portal.example:8443/bg/events/')
    expect(channel['atom:link']['@_href']).toBe('https://portal.example:8443/bg/events.xml')
    expect(channel.lastBuildDate).toBe(new Date('2026-02-01T09:30:00.000Z').toUTCString())
    expect(channel.item).toHaveLength(events.length)
    for (const item of channel.item) {
      expect(item.link).toMatch(/^https:\/\/portal\.example:8443\/bg\/events\/[\w-]+\/$/)
      expect(item.guid['#text']).toBe(item.link)
      expect(new Date(item.pubDate).toISOString()).toBe('2026-01-10T08:00:00.000Z')
      expect(item.category.length).toBeGreaterThan(0)
    }
    const workshop = channel.item.find((i: { link: string }) => i.link.includes('workshop-varna'))
    expect(workshop.title).toBe('Отменено: Kubernetes & <friends> workshop')
    expect(workshop.category).toContain('Отменено')
  })

  it('events: a postponed event is announced with "new date to follow", not its old date', async () => {
    const postponed = event({ slug: 'fair', status: 'postponed' })
    const rss = await feed(eventRssItems([postponed], ctx('de')), [postponed.updatedAt])
    const [item] = rss.channel.item
    expect(item.title).toBe('Verschoben: Annual conference')
    expect(item.description).toContain('Neuer Termin folgt')
    expect(item.description).not.toContain('2026')
  })

  it('publications: newest first, kind as category, authors as dc:creator', async () => {
    const publications: FeedPublication[] = [
      {
        title: 'Strategy 2026–2030',
        slug: 'strategy',
        kind: 'strategy',
        date: '2026-03-01T00:00:00.000Z',
        authors: ['Ana <Ivanova>'],
        summary: 'Aims & means',
        updatedAt: '2026-03-02T00:00:00.000Z',
      },
      {
        title: 'DACH study',
        slug: 'dach',
        kind: 'market-study',
        date: '2026-10-20T00:00:00.000Z',
        authors: [],
        summary: null,
        updatedAt: '2026-10-21T00:00:00.000Z',
      },
    ]
    const rss = await feed(
      publicationRssItems(publications, ctx('bg')),
      publications.map((p) => p.updatedAt),
    )
    const [first, second] = rss.channel.item
    expect(first.link).toBe('https://portal.example:8443/bg/publications/dach/')
    expect(first.category).toEqual(['Пазарно проучване'])
    expect(second['dc:creator']).toEqual(['Ana <Ivanova>'])
    expect(second.description).toBe('Aims & means')
  })
})

describe('feeds a page advertises', () => {
  const hrefs = (page?: 'events' | 'publications') => feedLinks('bg', page).map((f) => f.href)
  it('a list page its own, every other page the news feeds', () => {
    expect(hrefs('publications')).toEqual(['/bg/publications.xml'])
    expect(hrefs('events')).toEqual(['/bg/events.xml', '/bg/events.ics'])
    expect(hrefs()).toEqual(['/bg/events.xml', '/bg/publications.xml'])
    expect(feedLinks('bg', 'events').map((f) => f.type)).toEqual([
      'application/rss+xml',
      'text/calendar',
    ])
  })

  it('a selection of the events its own feeds, named after it', () => {
    const links = feedLinks('de', 'events', {
      filter: { by: 'country', value: 'DE' },
      name: 'Deutschland',
    })
    expect(links.map((l) => l.href)).toEqual([
      '/de/events/country/de.xml',
      '/de/events/country/de.ics',
    ])
    for (const link of links) expect(link.title).toContain('Deutschland')
  })
})
