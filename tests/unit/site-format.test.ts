import { describe, expect, it } from 'vitest'

import { isFallback, languageOf } from '../../site/lib/fallback'
import { untranslatedFields } from '../../site/lib/loader'
import {
  countryName,
  employeesLowerBound,
  formatEventWhen,
  languageName,
  nativeLanguageName,
} from '../../site/lib/format'
import { eventFilterOptions, matchesFilter } from '../../site/lib/eventFilters'
import {
  byMonth,
  eventPhase,
  groupEvents,
  keyFigures,
  openPosts,
  splitEvents,
} from '../../site/lib/listing'

describe('format', () => {
  it('names countries and languages in the reader’s language', () => {
    expect(countryName('de', 'BG')).toBe('Bulgarien')
    expect(countryName('bg', 'de')).toBe('Германия')
    expect(languageName('en', 'bg')).toBe('Bulgarian')
    expect(nativeLanguageName('bg')).toBe('Български')
  })

  it('shows event times in the event’s time zone', () => {
    const when = formatEventWhen(
      'en',
      '2026-06-11T06:00:00Z',
      '2026-06-11T14:00:00Z',
      'Europe/Sofia',
    )
    // Wall-clock times in Sofia (UTC+3 in summer), not in the build machine's zone.
    expect(when).toMatch(/\b9:00\b/)
    expect(when).toMatch(/\b5:00\b/)
    expect(when).toContain('June 11, 2026')
  })

  it('reads the lower bound of an employee range', () => {
    expect(employeesLowerBound('10-49')).toBe(10)
    expect(employeesLowerBound('1000+')).toBe(1000)
    expect(employeesLowerBound(null)).toBe(0)
  })
})

describe('fallback', () => {
  it('is English standing in for a field not written in the locale', () => {
    const product = { locale: 'bg' as const, summary: 'Hello', untranslated: ['summary'] }
    expect(isFallback(product, 'summary')).toBe(true)
    expect(languageOf(product, 'summary')).toBe('en')
    expect(isFallback({ ...product, locale: 'en' as const }, 'summary')).toBe(false)
    expect(languageOf({ locale: 'de' as const, title: 'Hallo' }, 'title')).toBe('de')
  })

  it('is decided from what is missing, not from equality with English', () => {
    // A brand tagline written the same in Bulgarian and English is a translation.
    const english = { tagline: 'Made in Bansko', summary: 'English only', name: 'Pirin' }
    const bulgarianOwn = { tagline: 'Made in Bansko', summary: null, name: 'Pirin' }
    expect(untranslatedFields(english, bulgarianOwn)).toEqual(['summary'])
    expect(untranslatedFields({ title: 'x' }, { title: '' })).toEqual(['title'])
    expect(untranslatedFields({ title: '' }, { title: '' })).toEqual([])
  })
})

describe('listing', () => {
  const now = new Date('2026-11-24T12:00:00Z')

  it('splits events into upcoming (soonest first) and past (latest first)', () => {
    const e = (slug: string, start: string, end = start) => ({ slug, start, end })
    const { upcoming, past } = splitEvents(
      [
        e('later', '2027-03-01T10:00:00Z'),
        e('running', '2026-11-23T10:00:00Z', '2026-11-25T10:00:00Z'),
        e('old', '2025-01-01T10:00:00Z'),
        e('recent', '2026-10-01T10:00:00Z'),
      ],
      now,
    )
    expect(upcoming.map((x) => x.slug)).toEqual(['running', 'later'])
    expect(past.map((x) => x.slug)).toEqual(['recent', 'old'])
  })

  it('lists a postponed event in its own group, never under its old date', () => {
    type Status = 'scheduled' | 'postponed' | 'cancelled'
    const e = (slug: string, start: string, status: Status = 'scheduled') => ({
      slug,
      start,
      end: start,
      status,
    })
    const { upcoming, postponed, past } = groupEvents(
      [
        e('fair', '2027-04-21T06:00:00Z', 'postponed'),
        e('later', '2027-03-01T10:00:00Z'),
        e('old-postponed', '2025-04-21T06:00:00Z', 'postponed'),
        e('cancelled', '2027-01-28T08:00:00Z', 'cancelled'),
        e('old', '2025-01-01T10:00:00Z'),
      ],
      now,
    )
    expect(upcoming.map((x) => x.slug)).toEqual(['cancelled', 'later'])
    expect(postponed.map((x) => x.slug)).toEqual(['old-postponed', 'fair'])
    expect(past.map((x) => x.slug)).toEqual(['old'])
    expect(eventPhase(e('old', '2025-01-01T10:00:00Z'), now)).toBe('past')
    expect(eventPhase(e('fair', '2025-01-01T10:00:00Z', 'postponed'), now)).toBe('postponed')
  })

  it('groups events by the month they start in, in their own time zone', () => {
    const months = byMonth([
      // 00:30 on 1 March in Sofia is still February in UTC.
      { slug: 'a', start: '2027-02-28T22:30:00Z', timeZone: 'Europe/Sofia' },
      { slug: 'b', start: '2027-03-17T10:00:00Z', timeZone: 'Europe/Berlin' },
      { slug: 'c', start: '2027-04-01T10:00:00Z', timeZone: 'UTC' },
    ])
    expect(months.map((m) => [m.key, m.items.map((i) => i.slug)])).toEqual([
      ['2027-03', ['a', 'b']],
      ['2027-04', ['c']],
    ])
  })

  it('offers every kind and the countries with events as selections, with counts', () => {
    const ev = (kind: 'webinar' | 'conference', country?: string) => ({
      kind,
      format: country ? ('in-person' as const) : ('online' as const),
      venue: country ? { country } : undefined,
    })
    const events = [ev('webinar'), ev('conference', 'DE'), ev('conference', 'BG')]
    const { kinds, countries } = eventFilterOptions(events, 'bg')
    expect(kinds).toHaveLength(6)
    expect(kinds.find((k) => k.filter.value === 'conference')?.count).toBe(2)
    expect(kinds.find((k) => k.filter.value === 'workshop')?.count).toBe(0)
    // By name in Bulgarian: България before Германия.
    expect(countries.map((c) => c.name)).toEqual(['България', 'Германия'])
    expect(matchesFilter(events[0]!, { by: 'country', value: 'BG' })).toBe(false)
  })

  it('keeps cooperation posts through their last day', () => {
    const posts = [
      { validUntil: '2026-11-24T00:00:00.000Z' },
      { validUntil: '2026-11-23T00:00:00.000Z' },
    ]
    expect(openPosts(posts, now)).toEqual([{ validUntil: '2026-11-24T00:00:00.000Z' }])
  })

  it('computes the key figures from content', () => {
    expect(
      keyFigures({
        members: [
          { employees: '10-49', exportMarkets: ['DE', 'AT'] },
          { employees: '1000+', exportMarkets: ['de', 'US'] },
          { employees: null, exportMarkets: null },
        ],
        products: [1, 2],
        partners: [1],
      }),
    ).toEqual({ members: 3, products: 2, employees: 1010, markets: 3, partners: 1 })
  })
})
