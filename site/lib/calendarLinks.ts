import type { Locale } from '@shared/locales'
import { eventDescription, eventLocation, type FeedContext, type FeedEvent } from './feeds'

/**
 * Links that put the portal's calendar into someone's calendar application. A subscription
 * (webcal://, Google's `cid`, Outlook.com's "add from web") keeps itself current; a downloaded
 * .ics is a copy that never changes, so the subscription comes first on the pages.
 */

/** Ways to subscribe to a calendar feed, by its https URL. */
export type Subscription = { webcal: string; google: string; outlook: string; url: string }

/**
 * `webcal://` opens the system's calendar application (Apple Calendar, Outlook, Thunderbird)
 * on a subscription; Google Calendar takes the webcal URL in `cid`; Outlook.com's "add from web"
 * takes the https URL and a name for the calendar.
 *
 * @example calendarSubscription('https://hits.example/en/events.ics', 'HITS · Events').webcal
 * // 'webcal://hits.example/en/events.ics'
 */
export function calendarSubscription(url: string, name: string): Subscription {
  const webcal = url.replace(/^https?:/, 'webcal:')
  const outlook = new URL('https://outlook.live.com/calendar/0/addfromweb')
  outlook.searchParams.set('url', url)
  outlook.searchParams.set('name', name)
  const google = new URL('https://calendar.google.com/calendar/r')
  google.searchParams.set('cid', webcal)
  return { webcal, google: google.href, outlook: outlook.href, url }
}

/** An instant as Google's `dates` parameter wants it: UTC, basic format. */
const googleInstant = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** Links that add one event to Google Calendar or Outlook.com (a copy; the .ics does the same). */
export function addEventLinks(
  event: FeedEvent,
  ctx: FeedContext,
): { google: string; outlook: string } {
  const locale: Locale = ctx.locale
  const location = eventLocation(event, locale) ?? ''
  const details = eventDescription(event, ctx)
  const google = new URL('https://calendar.google.com/calendar/render')
  google.searchParams.set('action', 'TEMPLATE')
  google.searchParams.set('text', event.title)
  google.searchParams.set('dates', `${googleInstant(event.start)}/${googleInstant(event.end)}`)
  google.searchParams.set('details', details)
  if (location) google.searchParams.set('location', location)
  google.searchParams.set('ctz', event.timeZone || 'UTC')
  const outlook = new URL('https://outlook.live.com/calendar/0/action/compose')
  outlook.searchParams.set('rru', 'addevent')
  outlook.searchParams.set('subject', event.title)
  outlook.searchParams.set('startdt', new Date(event.start).toISOString())
  outlook.searchParams.set('enddt', new Date(event.end).toISOString())
  outlook.searchParams.set('body', details)
  if (location) outlook.searchParams.set('location', location)
  return { google: google.href, outlook: outlook.href }
}
