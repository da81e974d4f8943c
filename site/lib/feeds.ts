import {
  ICalCalendar,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator'

import type { Locale } from '@shared/locales'
import type { Event } from '../../cms/payload-types'
import { t } from '../i18n/t'
import { clusterNameOf } from './clusterName'
import { countryName } from './format'
import { label } from './labels'
import { eventPhase } from './listing'
import { vtimezone, zonedDate } from './timezones'
import { absolute, type EventFilter, type Route, urlFor } from './urls'

/**
 * What every feed needs besides its documents. `now` is when the site is built (default: the
 * moment of the call): a past event offers no registration any more.
 */
export type FeedContext = {
  locale: Locale
  site: URL | string | undefined
  clusterName: string
  now?: Date
}

/** An event as the content collection holds it: the public view, relations populated once. */
export type FeedEvent = Pick<
  Event,
  | 'title'
  | 'slug'
  | 'kind'
  | 'summary'
  | 'start'
  | 'end'
  | 'timeZone'
  | 'format'
  | 'onlineUrl'
  | 'venue'
  | 'registrationUrl'
  | 'status'
  | 'updatedAt'
  | 'createdAt'
>

/**
 * Where a feed lives: beside the page it follows, with an extension instead of the slash.
 *
 * @example feedPath('de', { kind: 'events' }, 'ics') // '/de/events.ics'
 * @example feedPath('de', { kind: 'event', slug: 'expo' }, 'ics') // '/de/events/expo.ics'
 */
export const feedPath = (locale: Locale, route: Route, extension: 'ics' | 'xml') =>
  urlFor(locale, route).replace(/\/$/, `.${extension}`)

/** A feed as a page's `<head>` advertises it to feed readers and calendars. */
export type FeedLink = { type: string; title: string; href: string }

const feedTitles = {
  'events.xml': 'developers.feeds.eventsRss',
  'events.ics': 'developers.feeds.calendar',
  'publications.xml': 'developers.feeds.publicationsRss',
} as const

const feedTypes = { xml: 'application/rss+xml', ics: 'text/calendar' } as const

/**
 * The feeds a page advertises: a list page its own (a reader pointed at the publications
 * finds the publications feed), every other page the site's two news feeds.
 *
 * @example feedLinks('de', 'publications') // [{ href: '/de/publications.xml', … }]
 */
export function feedLinks(
  locale: Locale,
  page?: 'events' | 'publications',
  filter?: { filter: EventFilter; name: string },
): FeedLink[] {
  if (filter) {
    const route: Route = { kind: 'events', filter: filter.filter }
    return (['xml', 'ics'] as const).map((extension) => ({
      type: feedTypes[extension],
      title: `${t(locale, feedTitles[`events.${extension}`])} · ${filter.name}`,
      href: feedPath(locale, route, extension),
    }))
  }
  const feeds: (keyof typeof feedTitles)[] =
    page === 'events'
      ? ['events.xml', 'events.ics']
      : page === 'publications'
        ? ['publications.xml']
        : ['events.xml', 'publications.xml']
  return feeds.map((feed) => {
    const [kind, extension] = feed.split('.') as ['events' | 'publications', 'xml' | 'ics']
    return {
      type: feedTypes[extension],
      title: t(locale, feedTitles[feed]),
      href: feedPath(locale, { kind }, extension),
    }
  })
}

const hostname = (site: FeedContext['site']) => new URL(absolute(site, '/')).hostname

/**
 * The UID of an event: its slug at the site's host. The same in every build and every locale,
 * so a calendar that subscribed to two languages merges them instead of showing doubles.
 */
export const eventUid = (slug: string, site: FeedContext['site']) => `${slug}@${hostname(site)}`

/**
 * SEQUENCE must grow with each revision and stay put otherwise: minutes from 2020 to the last
 * change of the document (the same for all its locales) do both without storing a counter.
 */
export const eventSequence = (updatedAt: string) =>
  Math.max(0, Math.floor((Date.parse(updatedAt) - Date.UTC(2020, 0, 1)) / 60_000))

const icalStatus: Record<Event['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  // Postponed: the event will happen, but not at the time given, so the time is tentative.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
}

/** The title a calendar shows; a cancelled or postponed event says so where people look. */
export function eventTitle(event: FeedEvent, locale: Locale): string {
  return event.status === 'scheduled'
    ? event.title
    : `${label(locale, 'event.status', event.status)}: ${event.title}`
}

/** Venue as one line (name, address, city, localized country), or the online link. */
export function eventLocation(event: FeedEvent, locale: Locale): string | null {
  const venue = event.venue
  const country = venue?.country ? countryName(locale, venue.country) : undefined
  const place = [venue?.name, venue?.address, venue?.city, country].filter(Boolean)
  // An address usually repeats the city; say each part once.
  const unique = place.filter((part, i) => !place.slice(0, i).some((p) => p?.includes(part!)))
  if (event.format !== 'online' && unique.length > 0) return unique.join(', ')
  return event.onlineUrl || null
}

export const eventPage = (event: FeedEvent, ctx: FeedContext) =>
  absolute(ctx.site, urlFor(ctx.locale, { kind: 'event', slug: String(event.slug) }))

/**
 * Whether an event still takes registrations: not cancelled, not postponed, not over. A
 * calendar entry of a past event must not send anyone to a closed registration form.
 */
export const registrationOpen = (event: FeedEvent, now = new Date()) =>
  Boolean(event.registrationUrl) &&
  event.status === 'scheduled' &&
  eventPhase(event, now) === 'upcoming'

/** Plain-text description: summary, page, online link and registration, in the locale. */
export function eventDescription(event: FeedEvent, ctx: FeedContext): string {
  const now = ctx.now ?? new Date()
  const lines = [event.summary ?? '', '', eventPage(event, ctx)]
  if (eventPhase(event, now) === 'past') lines.push(t(ctx.locale, 'event.passedNote'))
  else if (event.format !== 'in-person' && event.onlineUrl && event.status !== 'cancelled') {
    lines.push(`${t(ctx.locale, 'event.join')}: ${event.onlineUrl}`)
  }
  if (registrationOpen(event, now)) {
    lines.push(`${t(ctx.locale, 'event.register')}: ${event.registrationUrl}`)
  }
  return lines.join('\n').trim()
}

function calendarEvent(event: FeedEvent, ctx: FeedContext): ICalEventData {
  const zone = event.timeZone || 'UTC'
  return {
    id: eventUid(String(event.slug), ctx.site),
    sequence: eventSequence(event.updatedAt),
    // Without METHOD, DTSTAMP is the last revision (RFC 5545 3.8.7.2); the build time would
    // change every file on every build.
    stamp: new Date(event.updatedAt),
    created: new Date(event.createdAt),
    lastModified: new Date(event.updatedAt),
    start: zonedDate(event.start, zone),
    end: zonedDate(event.end, zone),
    timezone: zone,
    summary: eventTitle(event, ctx.locale),
    description: eventDescription(event, ctx),
    location: eventLocation(event, ctx.locale),
    url: eventPage(event, ctx),
    status: icalStatus[event.status],
    transparency:
      event.status === 'cancelled'
        ? ICalEventTransparency.TRANSPARENT
        : ICalEventTransparency.OPAQUE,
    categories: [{ name: label(ctx.locale, 'event.kind', event.kind) }],
  }
}

/**
 * An iCalendar (RFC 5545) of events in a locale. Times carry the event's IANA zone as TZID with
 * a VTIMEZONE from timezones-ical-library (RFC 5545 requires one per TZID; ical-generator has no
 * zone data of its own). UTC times would place the events right too,
 * but would lose what the organisers announced ("14:00 in Sofia") and what the event page says.
 */
export function eventsCalendar(
  events: FeedEvent[],
  ctx: FeedContext,
  feed: { name: string; url: string; source: string },
): string {
  const calendar = new ICalCalendar({
    // ical-generator refuses an empty company; a database whose settings were never saved has
    // no cluster name, and its calendars are still valid with the neutral one.
    prodId: {
      company: clusterNameOf(ctx, ctx.locale),
      product: 'Portal',
      language: ctx.locale.toUpperCase(),
    },
    name: feed.name,
    description: t(ctx.locale, 'events.lead'),
    url: feed.url,
    source: feed.source,
    // Subscribers refresh twice a day: events change rarely, but cancellations must arrive.
    ttl: 12 * 60 * 60,
    timezone: { name: null, generator: vtimezone },
  })
  // A postponed event has no date that holds: a VEVENT at its old date would put a meeting
  // that will not happen into subscribers' calendars. It comes back with its new date.
  const sorted = events
    .filter((e) => e.status !== 'postponed')
    .sort((a, b) => a.start.localeCompare(b.start))
  for (const event of sorted) calendar.createEvent(calendarEvent(event, ctx))
  return calendar.toString()
}

/**
 * robots.txt: crawl everything but Pagefind's index fragments (they are not pages), and find the
 * pages through the sitemap index that @astrojs/sitemap writes.
 */
export const robotsTxt = (site: FeedContext['site']) =>
  [
    'User-agent: *',
    'Allow: /',
    'Disallow: /pagefind/',
    '',
    `Sitemap: ${absolute(site, '/sitemap-index.xml')}`,
    '',
  ].join('\n')
