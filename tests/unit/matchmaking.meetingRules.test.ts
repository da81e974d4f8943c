import { describe, expect, it } from 'vitest'

import { freeSlotsFor } from '../../cms/matchmaking/freeSlots'
import { cleanMessage, mayChange, parseId } from '../../cms/matchmaking/meetingRules'
import type { SessionConfig } from '../../cms/matchmaking/slots'

const session = (id: string, start: string, tables = 2): SessionConfig => ({
  id,
  start,
  end: new Date(Date.parse(start) + 60 * 60_000).toISOString(),
  meetingMinutes: 20,
  breakMinutes: 10,
  tables,
})
const morning = session('am', '2030-03-02T09:00:00.000Z')
const afternoon = session('pm', '2030-03-02T14:00:00.000Z', 1)
const now = new Date('2030-03-01T00:00:00Z')
const starts = (slots: { start: string }[]) => slots.map((s) => s.start.slice(11, 16))

describe('free slots of two participants', () => {
  it('offers the slots of the sessions both attend (none listed: all)', () => {
    const all = { sessions: [morning, afternoon], placed: [], now }
    expect(starts(freeSlotsFor({ ...all, a: { id: 1 }, b: { id: 2 } }))).toEqual([
      '09:00',
      '09:30',
      '14:00',
      '14:30',
    ])
    const onlyPm = { id: 2, attends: ['pm'] }
    expect(starts(freeSlotsFor({ ...all, a: { id: 1, attends: [] }, b: onlyPm }))).toEqual([
      '14:00',
      '14:30',
    ])
    expect(freeSlotsFor({ ...all, a: { id: 1, attends: ['am'] }, b: onlyPm })).toEqual([])
  })

  it('leaves out slots either party is busy in, slots with every table taken, and the past', () => {
    const placed = [
      { start: '2030-03-02T09:00:00.000Z', table: 1, requester: 2, recipient: 7 },
      { start: '2030-03-02T14:00:00.000Z', table: 1, requester: 8, recipient: 9 },
      // One of two tables at 09:30 is taken by others: still free.
      { start: '2030-03-02T09:30:00.000Z', table: 1, requester: 5, recipient: 6 },
    ]
    const args = { sessions: [morning, afternoon], placed, a: { id: 1 }, b: { id: 2 } }
    expect(starts(freeSlotsFor({ ...args, now }))).toEqual(['09:30', '14:30'])
    const later = new Date('2030-03-02T09:30:00.000Z')
    expect(starts(freeSlotsFor({ ...args, now: later }))).toEqual(['14:30'])
  })
})

describe('the meeting state machine', () => {
  const m = (status: 'requested' | 'accepted' | 'declined' | 'cancelled', end?: string) => ({
    status,
    requester: 1,
    recipient: 2,
    end,
  })
  it('lets the recipient alone answer a request', () => {
    expect(mayChange(m('requested'), 2, 'accept')).toBe(true)
    expect(mayChange(m('requested'), 2, 'decline')).toBe(true)
    expect(mayChange(m('requested'), 1, 'accept')).toBe(false)
    expect(mayChange(m('accepted'), 2, 'accept')).toBe(false)
    expect(mayChange(m('declined'), 2, 'decline')).toBe(false)
  })
  it('lets either party cancel until the meeting has ended; a stranger never', () => {
    expect(mayChange(m('requested'), 1, 'cancel')).toBe(true)
    expect(mayChange(m('accepted', '2030-01-01T10:00:00Z'), 2, 'cancel', now)).toBe(false)
    expect(mayChange(m('accepted', '2030-06-01T10:00:00Z'), 2, 'cancel', now)).toBe(true)
    expect(mayChange(m('requested'), 3, 'cancel')).toBe(false)
    expect(mayChange(m('cancelled'), 1, 'cancel')).toBe(false)
  })
})

describe('input of the meeting endpoints', () => {
  it('cleans a message of hidden characters and runs of blank lines', () => {
    expect(cleanMessage(' a\u0000b\u202Ec\r\n\r\n\r\nd <b>x</b> ')).toBe('abc\n\nd <b>x</b>')
  })
  it('reads ids the database can hold, and nothing else', () => {
    expect(parseId('42', true)).toBe(42)
    for (const bad of ['0', '042', '-1', '1e3', '4.2', 'abc', '9'.repeat(16), undefined])
      expect(parseId(bad, true)).toBeNull()
    expect(parseId('65a1b2c3d4e5f60718293a4b', false)).toBe('65a1b2c3d4e5f60718293a4b')
    expect(parseId('42', false)).toBeNull()
  })
})
