import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { type Locale, localeCodes } from '@shared/locales'
import { routeOf, urlFor } from '../../site/lib/urls'
import { loadSite, upcomingEvents } from '../helpers/siteDist'
import type { SiteDoc } from '../helpers/siteFacts'
import { tagsNamed } from '../helpers/siteHtml'

const site = loadSite()
const { facts } = site
const origin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin

type VEvent = {
  uid: string
  summary: string
  start: number
  status: string | null
  url: string | null
}

/**
 * Parses an iCalendar file with ical.js. Time zones come from the file's own VTIMEZONE
 * components (RFC 5545 requires one per TZID used), so start times are compared as instants.
 */
function readCalendar(file: string): { events: VEvent[]; missingZones: string[] } {
  const root = new ICAL.Component(ICAL.parse(site.read(file)))
  expect(root.name).toBe('vcalendar')
  ICAL.TimezoneService.reset()
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  const missingZones = new Set<string>()
  const events = root.getAllSubcomponents('vevent').map((component) => {
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid')
    if (typeof tzid === 'string' && !ICAL.TimezoneService.has(tzid)) missingZones.add(tzid)
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      status: component.getFirstPropertyValue('status') as string | null,
      url: component.getFirstPropertyValue('url') as string | null,
    }
  })
  return { events, missingZones: [...missingZones] }
}

/** The calendar entry of an event: its URL is the event's page (the summary may add a status). */
const isEvent = (e: VEvent, locale: Locale, event: SiteDoc) =>
  e.url === origin + urlFor(locale, routeOf('events', event)) ||
  (e.url === null && e.summary === event.title)

const rss = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item',
})

type Item = { title: string; link: string; guid?: unknown; pubDate?: string; description?: string }

function readRss(file: string): { title: string; link: string; items: Item[] } {
  const xml = site.read(file)
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = rss.parse(xml) as {
    rss: { '@_version': string; channel: { title: string; link: string; item?: Item[] } }
  }
  expect(doc.rss['@_version']).toBe('2.0')
  return {
    title: doc.rss.channel.title,
    link: doc.rss.channel.link,
    items: doc.rss.channel.item ?? [],
  }
}

describe.each(localeCodes)('feeds in %s', (locale) => {
  const feedFile = `${locale}/events.ics`
  const upcoming = upcomingEvents(facts, locale)

  it('events.ics parses and carries every upcoming event at its start time', () => {
    expect(site.files).toContain(feedFile)
    const { events, missingZones } = readCalendar(feedFile)
    expect(missingZones).toEqual([])
    expect(upcoming.length).toBeGreaterThan(0)
    for (const expected of upcoming) {
      const found = events.find((e) => isEvent(e, locale, expected))
      expect(found, `${expected.slug} in ${feedFile}`).toBeDefined()
      expect(found!.summary).toContain(expected.title)
      expect(found!.start, `start of ${expected.slug}`).toBe(Date.parse(expected.start!))
      if (expected.status === 'cancelled') expect(found!.status).toBe('CANCELLED')
      else expect(found!.status).not.toBe('CANCELLED')
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
  })

  it('the cancelled event is announced as STATUS:CANCELLED', () => {
    const cancelled = facts.docs.events[locale].filter((e) => e.status === 'cancelled')
    expect(cancelled.length).toBeGreaterThan(0)
    for (const event of cancelled) {
      const { events } = readCalendar(`${locale}/events/${event.slug}.ics`)
      expect(events.map((e) => e.status)).toEqual(['CANCELLED'])
    }
  })

  it('a postponed event has no calendar entry anywhere: not in a feed, no file, no "add" link', () => {
    const postponed = facts.docs.events[locale].filter((e) => e.status === 'postponed')
    expect(postponed.length).toBeGreaterThan(0)
    const calendars = site.files.filter((f) => f.startsWith(`${locale}/`) && f.endsWith('.ics'))
    for (const event of postponed) {
      const page = origin + urlFor(locale, routeOf('events', event))
      for (const file of calendars)
        expect(
          readCalendar(file).events.map((e) => e.url),
          file,
        ).not.toContain(page)
      expect(site.files).not.toContain(`${locale}/events/${event.slug}.ics`)
      const html = site.page(site.fileFor(urlFor(locale, routeOf('events', event)))!)
      const hrefs = tagsNamed(html, 'a').map((a) => a.attrs.href ?? '')
      expect(hrefs.filter((h) => h.includes('calendar.google.com/calendar/render'))).toEqual([])
      expect(hrefs.filter((h) => h.includes('action/compose'))).toEqual([])
    }
  })

  it('a past event keeps its calendar file, without its registration link', () => {
    const past = facts.docs.events[locale].filter(
      (e) => e.status === 'scheduled' && Date.parse(e.end!) < Date.parse(facts.builtAt),
    )
    expect(past.length).toBeGreaterThan(0)
    const registration = new Map(
      (
        JSON.parse(site.read(`data/${locale}/events.json`)) as {
          items: { slug: string; registrationUrl: string | null }[]
        }
      ).items.map((e) => [e.slug, e.registrationUrl]),
    )
    for (const event of past) {
      const url = registration.get(event.slug)
      expect(url, `${event.slug} has a registration link in the CMS`).toBeTruthy()
      const text = site.read(`${locale}/events/${event.slug}.ics`).replace(/\r\n[ \t]/g, '')
      expect(text, event.slug).not.toContain(url!)
      expect(site.read(`${locale}/events.ics`).replace(/\r\n[ \t]/g, '')).not.toContain(url!)
    }
  })

  it('every event has its own .ics, linked from its page, with the same UID as in the feed', () => {
    const feed = readCalendar(feedFile).events
    for (const event of facts.docs.events[locale]) {
      if (event.status === 'postponed') continue
      const file = `${locale}/events/${event.slug}.ics`
      expect(site.files, file).toContain(file)
      const { events, missingZones } = readCalendar(file)
      expect(missingZones).toEqual([])
      expect(events).toHaveLength(1)
      expect(events[0].summary).toContain(event.title)
      expect(events[0].start).toBe(Date.parse(event.start!))
      const inFeed = feed.find((e) => isEvent(e, locale, event))
      if (inFeed) expect(events[0].uid, `UID of ${event.slug}`).toBe(inFeed.uid)
      const pageFile = site.fileFor(urlFor(locale, routeOf('events', event)))
      expect(pageFile, `page of ${event.slug}`).toBeDefined()
      const hrefs = tagsNamed(site.page(pageFile!), 'a').map((a) => a.attrs.href)
      // Only an event that will take place as announced offers "add to calendar"; the file of a
      // cancelled one still says CANCELLED, that of a past one is a record.
      if (event.status === 'scheduled' && Date.parse(event.end!) >= Date.parse(facts.builtAt))
        expect(hrefs, `${pageFile} links its calendar file`).toContain(`/${file}`)
    }
  })

  it('each kind and each country with events has a calendar and an RSS feed of just those events', () => {
    type OpenEvent = {
      slug: string
      kind: string
      status: string
      url: string
      venue: { country: string | null } | null
    }
    const all = (JSON.parse(site.read(`data/${locale}/events.json`)) as { items: OpenEvent[] })
      .items
    const countries = [...new Set(all.map((e) => e.venue?.country).filter(Boolean))] as string[]
    const selections = [
      ...[...new Set(all.map((e) => e.kind))].map((kind) => ({
        path: `events/kind/${kind}`,
        holds: (e: OpenEvent) => e.kind === kind,
      })),
      ...countries.map((code) => ({
        path: `events/country/${code.toLowerCase()}`,
        holds: (e: OpenEvent) => e.venue?.country === code,
      })),
    ]
    expect(countries.length).toBeGreaterThan(2)
    for (const { path, holds } of selections) {
      const expected = all.filter((e) => holds(e))
      const { events, missingZones } = readCalendar(`${locale}/${path}.ics`)
      expect(missingZones).toEqual([])
      expect(events.map((e) => e.url).sort(), path).toEqual(
        expected
          .filter((e) => e.status !== 'postponed')
          .map((e) => e.url)
          .sort(),
      )
      const channel = readRss(`${locale}/${path}.xml`)
      expect(channel.items.map((i) => i.link).sort(), path).toEqual(
        expected.map((e) => e.url).sort(),
      )
      // The selection's page links both, and advertises them in its <head>.
      const page = site.page(site.fileFor(`/${locale}/${path}/`)!)
      const hrefs = tagsNamed(page, 'a').map((a) => a.attrs.href ?? '')
      expect(hrefs, path).toContain(`/${locale}/${path}.xml`)
      expect(hrefs, path).toContain(
        `${origin}/${locale}/${path}.ics`.replace(/^https?:/, 'webcal:'),
      )
      const heads = tagsNamed(page, 'link').map((l) => l.attrs.href)
      expect(heads).toContain(`/${locale}/${path}.ics`)
    }
  })

  it('events.xml is RSS 2.0 with an item per upcoming event, linking its page', () => {
    const channel = readRss(`${locale}/events.xml`)
    const links = channel.items.map((i) => i.link)
    for (const event of upcoming) {
      expect(links, `${event.slug}`).toContain(origin + urlFor(locale, routeOf('events', event)))
      const item = channel.items.find(
        (i) => i.link === origin + urlFor(locale, routeOf('events', event)),
      )
      expect(item!.title).toContain(event.title)
    }
    for (const link of links) expect(site.fileFor(new URL(link).pathname), link).toBeDefined()
  })

  it('publications.xml is RSS 2.0 with an item per publication, newest first', () => {
    const channel = readRss(`${locale}/publications.xml`)
    const publications = facts.docs.publications[locale]
    expect(channel.items.map((i) => i.link).sort()).toEqual(
      publications.map((p) => origin + urlFor(locale, routeOf('publications', p))).sort(),
    )
    for (const p of publications) {
      const item = channel.items.find((i) =>
        i.link.endsWith(urlFor(locale, routeOf('publications', p))),
      )!
      expect(item.title).toBe(p.title)
      // The publication day, whatever time of day the feed gives it.
      expect(Math.abs(Date.parse(item.pubDate ?? '') - Date.parse(p.date!))).toBeLessThan(
        86_400_000,
      )
    }
    const dates = channel.items.map((i) => Date.parse(i.pubDate ?? ''))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it("each list page advertises its own feed in <head>, every other page the site's news feeds", () => {
    const advertised = (urlPath: string) => {
      const file = site.fileFor(urlPath)
      expect(file, urlPath).toBeDefined()
      return tagsNamed(site.page(file!), 'link')
        .filter((l) => l.attrs.rel === 'alternate' && l.attrs.type)
        .map((l) => `${l.attrs.type} ${l.attrs.href}`)
    }
    const rss = (name: string) => `application/rss+xml /${locale}/${name}.xml`
    expect(advertised(urlFor(locale, { kind: 'publications' }))).toEqual([rss('publications')])
    expect(advertised(urlFor(locale, { kind: 'events' }))).toEqual([
      rss('events'),
      `text/calendar /${locale}/events.ics`,
    ])
    for (const route of [{ kind: 'home' }, { kind: 'members' }, { kind: 'developers' }] as const)
      expect(advertised(urlFor(locale, route)), route.kind).toEqual([
        rss('events'),
        rss('publications'),
      ])
    // Every advertised feed is a file of the site.
    for (const href of advertised(urlFor(locale, { kind: 'home' })))
      expect(site.fileFor(href.split(' ')[1]!), href).toBeDefined()
  })

  it('the developers page tells partners they may fetch() the files from their own pages', () => {
    const file = site.fileFor(urlFor(locale, { kind: 'developers' }))!
    expect(site.read(file)).toMatch(/<code[^>]*>Access-Control-Allow-Origin: \*<\/code>/)
  })

  it('the events list and every event page offer a subscription, not only a download', () => {
    const ics = `${origin}/${locale}/events.ics`
    const webcal = ics.replace(/^https?:/, 'webcal:')
    // The events list, and every event page, offer the calendar of all events.
    const pages = [
      urlFor(locale, { kind: 'events' }),
      ...facts.docs.events[locale].map((e) => urlFor(locale, routeOf('events', e))),
    ]
    for (const urlPath of pages) {
      const page = site.page(site.fileFor(urlPath)!)
      const hrefs = tagsNamed(page, 'a').map((a) => a.attrs.href ?? '')
      expect(hrefs, urlPath).toContain(webcal)
      const google = hrefs.find((h) => h.startsWith('https://calendar.google.com/calendar/r?'))
      expect(new URL(google!).searchParams.get('cid'), urlPath).toBe(webcal)
      const outlook = hrefs.find((h) =>
        h.startsWith('https://outlook.live.com/calendar/0/addfromweb?'),
      )
      expect(new URL(outlook!).searchParams.get('url'), urlPath).toBe(ics)
      // The address to copy works without JavaScript: a read-only field holding it.
      const field = tagsNamed(page, 'input').find((i) => i.attrs.value === ics)
      expect(field?.attrs, urlPath).toHaveProperty('readonly')
    }
  })
})
