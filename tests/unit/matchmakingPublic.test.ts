import { describe, expect, it } from 'vitest'

import { categoryGroups, registrationState } from '@site/lib/matchmaking'

const now = new Date('2027-03-01T12:00:00Z')
const event = (matchmaking: Record<string, unknown>, status = 'scheduled' as const) => ({
  status,
  start: '2027-06-10T07:00:00Z',
  end: '2027-06-10T15:00:00Z',
  matchmaking: { enabled: true, scheduling: 'self' as const, ...matchmaking },
})

describe('matchmaking registration on the event page', () => {
  it('is open inside its window, and without one until the event', () => {
    expect(registrationState(event({}), now)).toBe('open')
    const window = {
      registrationOpens: '2027-02-01T00:00:00Z',
      registrationCloses: '2027-06-01T00:00:00Z',
    }
    expect(registrationState(event(window), now)).toBe('open')
  })

  it('is not open yet before the window, and closed after it', () => {
    expect(registrationState(event({ registrationOpens: '2027-04-01T00:00:00Z' }), now)).toBe(
      'soon',
    )
    expect(registrationState(event({ registrationCloses: '2027-03-01T12:00:00Z' }), now)).toBe(
      'closed',
    )
  })

  it('is closed when the event is over, cancelled or postponed, or has no matchmaking', () => {
    expect(registrationState(event({}), new Date('2027-06-11T00:00:00Z'))).toBe('closed')
    expect(registrationState(event({}, 'cancelled' as 'scheduled'), now)).toBe('closed')
    expect(registrationState(event({}, 'postponed' as 'scheduled'), now)).toBe('closed')
    expect(registrationState(event({ enabled: false }), now)).toBe('closed')
  })
})

describe('categories as a form offers them', () => {
  it('groups subcategories under their top-level category; a lone top level is its own choice', () => {
    const sw = { id: 1, slug: 'software', name: 'Software', parent: null }
    const groups = categoryGroups([
      sw,
      { id: 2, slug: 'erp', name: 'ERP', parent: sw },
      { id: 3, slug: 'custom', name: 'Custom', parent: 1 },
      { id: 4, slug: 'training', name: 'Training', parent: null },
    ])
    expect(groups).toEqual([
      {
        label: 'Software',
        options: [
          { value: 'erp', label: 'ERP' },
          { value: 'custom', label: 'Custom' },
        ],
      },
      { label: 'Training', options: [{ value: 'training', label: 'Training' }] },
    ])
  })
})
