import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type CategoryInfo, type ScoredParticipant, suggestMatches } from '@cms/matchmaking/score'
import { type SessionConfig, slotsOf } from '@cms/matchmaking/slots'
import { isCountryCode } from '@shared/countries'

/**
 * The seed's matchmaking (content/participants.json, content/meetings.json): believable people
 * whose offers and requests meet, so that suggestions, the agenda and the staff grid have
 * something real to show.
 */

const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content')
const read = <T>(name: string) =>
  JSON.parse(fs.readFileSync(path.join(contentDir, `${name}.json`), 'utf8')) as T

type Need = { title: string; description?: string; categories?: string[] }
type Person = {
  event: string
  email: string
  name: string
  status: string
  country: string
  locale: string
  member?: string
  partner?: string
  products?: string[]
  attends?: string[]
  offers: Need[]
  requests: Need[]
}
type Meeting = {
  event: string
  requester: string
  recipient: string
  status: string
  placement?: { session: string; start: string; table: number }
}

const people = read<Person[]>('participants')
const meetings = read<Meeting[]>('meetings')
const events =
  read<
    { slug: string; matchmaking?: { enabled: boolean }; matchmakingSessions?: SessionConfig[] }[]
  >('events')
const categories =
  read<{ slug: string; name: { en: string }; parent: string | null }[]>('categories')
const products = read<{ slug: string; member: string }[]>('products')
const partners = read<{ slug: string }[]>('partners')

const categoryMap = new Map<string, CategoryInfo>(
  categories.map((c) => [c.slug, { name: c.name.en, parent: c.parent }]),
)
const scored = (p: Person): ScoredParticipant<string> => ({
  id: p.email,
  name: p.name,
  offers: p.offers.map((n) => ({
    ...n,
    description: n.description ?? '',
    categories: n.categories ?? [],
  })),
  requests: p.requests.map((n) => ({
    ...n,
    description: n.description ?? '',
    categories: n.categories ?? [],
  })),
})

describe('seed data set: matchmaking', () => {
  it('about 40 people from several countries, members, partner clusters and outside companies', () => {
    expect(people.length).toBeGreaterThanOrEqual(40)
    expect(new Set(people.map((p) => p.country)).size).toBeGreaterThanOrEqual(10)
    for (const p of people) expect(isCountryCode(p.country), p.email).toBe(true)
    expect(people.filter((p) => p.member).length).toBeGreaterThanOrEqual(10)
    expect(people.filter((p) => p.partner).length).toBeGreaterThanOrEqual(5)
    expect(people.filter((p) => !p.member && !p.partner).length).toBeGreaterThanOrEqual(10)
    const statuses = people.map((p) => p.status)
    expect(statuses.filter((s) => s === 'validated').length).toBeGreaterThan(people.length * 0.8)
    expect(statuses.filter((s) => s === 'pending').length).toBeGreaterThanOrEqual(2)
    expect(statuses.filter((s) => s === 'rejected')).toHaveLength(1)
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length)
    expect(new Set(people.map((p) => p.locale))).toEqual(new Set(['en', 'bg', 'de']))
  })

  it("refers only to what the seed has: its event's sessions, categories, members' own products, partners", () => {
    const event = events.find((e) => e.slug === people[0].event)!
    expect(event.matchmaking?.enabled).toBe(true)
    const sessionIds = new Set(event.matchmakingSessions!.map((s) => s.id))
    const partnerSlugs = new Set(partners.map((p) => p.slug))
    for (const p of people) {
      expect(p.event).toBe(event.slug)
      for (const s of p.attends ?? []) expect(sessionIds.has(s), `${p.email} ${s}`).toBe(true)
      for (const n of [...p.offers, ...p.requests])
        for (const c of n.categories ?? []) expect(categoryMap.has(c), `${p.email} ${c}`).toBe(true)
      for (const slug of p.products ?? [])
        expect(products.find((x) => x.slug === slug)?.member, `${p.email} ${slug}`).toBe(p.member)
      if (p.partner) expect(partnerSlugs.has(p.partner), p.partner).toBe(true)
    }
  })

  it('Bulgarian participants write in Cyrillic, German-speaking ones in German', () => {
    for (const p of people.filter((x) => x.locale === 'bg'))
      expect(p.offers[0]!.title + p.requests[0]!.title, p.email).toMatch(/[А-Яа-я]{3}/)
    for (const p of people.filter((x) => x.locale === 'de'))
      expect(JSON.stringify(p), p.email).toMatch(/\b(und|für|mit|Wir|wir|ein|eine)\b/)
  })

  it('suggestions find real matches for every validated participant', () => {
    const validated = people.filter((p) => p.status === 'validated').map(scored)
    for (const me of validated) {
      const others = validated.filter((o) => o.id !== me.id)
      const found = suggestMatches(me, others, categoryMap)
      expect(found.length, me.id).toBeGreaterThan(0)
    }
    // As in the issue: a request for an ERP integration partner meets ERP offers, and a request
    // for optical inspection meets machine vision, across languages by category.
    const richter = validated.find((p) => p.id === 'jonas.richter@elbe-digital.example')!
    const found = suggestMatches(
      richter,
      validated.filter((o) => o.id !== richter.id),
      categoryMap,
    )
    expect(found.slice(0, 3).map((m) => m.id)).toContain(
      'kaloyan.stefanov@rhodope-robotics.example',
    )
    const orbit = found.find((m) => m.id === 'ralitsa.boneva@orbitsoft.example')!
    expect(orbit.reasons[0]).toMatchObject({
      mine: { kind: 'request', title: 'ERP-Integrationspartner' },
      theirs: { kind: 'offer' },
    })
  })

  it('meetings of every state, between validated people, placed on slots without double booking', () => {
    const byEmail = new Map(people.map((p) => [p.email, p]))
    expect(new Set(meetings.map((m) => m.status))).toEqual(
      new Set(['requested', 'accepted', 'declined', 'cancelled']),
    )
    const event = events.find((e) => e.slug === people[0].event)!
    const slots = slotsOf(event.matchmakingSessions!)
    const taken = new Set<string>()
    for (const m of meetings) {
      for (const email of [m.requester, m.recipient])
        expect(byEmail.get(email)?.status, email).toBe('validated')
      if (m.status !== 'accepted') continue
      const at = m.placement!
      const start = new Date(at.start).toISOString()
      expect(slots.some((s) => s.session === at.session && s.start === start)).toBe(true)
      const session = event.matchmakingSessions!.find((s) => s.id === at.session)!
      expect(at.table).toBeLessThanOrEqual(session.tables)
      for (const key of [`t${at.table}`, m.requester, m.recipient]) {
        expect(taken.has(`${start}/${key}`), `${start} ${key}`).toBe(false)
        taken.add(`${start}/${key}`)
      }
    }
  })
})
