import { describe, expect, it } from 'vitest'

import { clock, sayer } from '../../site/islands/matchmaking/text'

describe('the matchmaking island’s clock: times at the participant’s own time zone', () => {
  const start = '2027-06-10T07:25:00Z'
  const end = '2027-06-10T07:45:00Z'

  it('gives the same meeting at Sofia’s and Berlin’s time, with the zone named', () => {
    const sofia = clock('bg', 'Europe/Sofia')
    const berlin = clock('de', 'Europe/Berlin')
    expect(sofia.range(start, end)).toMatch(/10:25[^\d]*10:45/)
    expect(berlin.range(start, end)).toMatch(/09:25\s*[–-]\s*09:45/)
    expect(berlin.range(start, end)).toMatch(/MESZ/)
    expect(berlin.zone).toContain('Europe/Berlin')
    expect(sofia.day(start)).toMatch(/10 юни 2027/)
  })

  it('groups by the calendar day where the participant is, not in UTC', () => {
    // 23:30 UTC is already the next day in Sofia, still the same day in New York.
    expect(clock('en', 'Europe/Sofia').dayKey('2027-06-10T23:30:00Z')).toBe('2027-06-11')
    expect(clock('en', 'America/New_York').dayKey('2027-06-10T23:30:00Z')).toBe('2027-06-10')
  })

  it('falls back to the browser’s zone for a zone it does not know', () => {
    expect(clock('en', 'Mars/Olympus').timeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    )
  })
})

describe('the island’s words', () => {
  it('fill placeholders and plurals, and show a missing key as the key', () => {
    const say = sayer('de', {
      'matchmaking.browse.results': { one: '{count} Person', other: '{count} Personen' },
    })
    expect(say('browse.results', { count: 1 })).toBe('1 Person')
    expect(say('browse.results', { count: 1200 })).toBe('1.200 Personen')
    expect(say('nope')).toBe('matchmaking.nope')
  })
})
