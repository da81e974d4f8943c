import { describe, expect, it } from 'vitest'

import { addEventLinks, calendarSubscription } from '../../site/lib/calendarLinks'
import type { FeedEvent } from '../../site/lib/feeds'

const event: FeedEvent = {
  title: 'Annual conference & expo',
  slug: 'annual-conference',
  kind: 'conference',
  summary: 'Two days on the strategy.',
  start: '2026-06-11T06:00:00.000Z',
  end: '2026-06-12T14:30:00.000Z',
  timeZone: 'Europe/Sofia',
  format: 'in-person',
  onlineUrl: null,
  venue: { name: 'Congress Centre', address: null, city: 'Sofia', country: 'BG' },
  registrationUrl: null,
  status: 'scheduled',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
}

describe('calendar subscription links', () => {
  const links = calendarSubscription('https://hits.example/bg/events.ics', 'HITS · Събития')

  it('opens the calendar app on a subscription with webcal://', () => {
    expect(links.webcal).toBe('webcal://hits.example/bg/events.ics')
    expect(calendarSubscription('http://localhost:4321/en/events.ics', 'x').webcal).toBe(
      'webcal://localhost:4321/en/events.ics',
    )
  })

  it('subscribes in Google Calendar (cid = the webcal URL) and Outlook.com (url and name)', () => {
    const google = new URL(links.google)
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/r')
    expect(google.searchParams.get('cid')).toBe('webcal://hits.example/bg/events.ics')
    const outlook = new URL(links.outlook)
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/calendar/0/addfromweb')
    expect(outlook.searchParams.get('url')).toBe('https://hits.example/bg/events.ics')
    expect(outlook.searchParams.get('name')).toBe('HITS · Събития')
  })
})

describe('add one event', () => {
  const links = addEventLinks(event, {
    locale: 'de',
    site: 'https://hits.example/',
    clusterName: 'HITS',
  })

  it('gives Google its UTC dates, title, place and the event page', () => {
    const google = new URL(links.google).searchParams
    expect(google.get('action')).toBe('TEMPLATE')
    expect(google.get('text')).toBe('Annual conference & expo')
    expect(google.get('dates')).toBe('20260611T060000Z/20260612T143000Z')
    expect(google.get('location')).toBe('Congress Centre, Sofia, Bulgarien')
    expect(google.get('details')).toContain('https://hits.example/de/events/annual-conference/')
  })

  it('gives Outlook.com the same instants', () => {
    const outlook = new URL(links.outlook).searchParams
    expect(outlook.get('startdt')).toBe('2026-06-11T06:00:00.000Z')
    expect(outlook.get('enddt')).toBe('2026-06-12T14:30:00.000Z')
    expect(outlook.get('subject')).toBe('Annual conference & expo')
  })
})
