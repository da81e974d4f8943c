import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SeedResult } from '../../cms/seed/index'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'

const seeded = [
  'media',
  'documents',
  'categories',
  'members',
  'partners',
  'protocols',
  'api-descriptions',
  'products',
  'events',
  'publications',
  'cooperation',
  'pages',
  'users',
  'participants',
  'meetings',
  'meeting-bookings',
] as const

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let first: SeedResult
let seed: typeof import('../../cms/seed/index').seed
const quiet = { log: () => {} }

/** Every document's id and updatedAt, per collection: what a second run must leave alone. */
async function snapshot() {
  const out: Record<string, string[]> = {}
  for (const collection of seeded) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    out[collection] = docs.map((d) => `${d.id}@${d.updatedAt}`).sort()
  }
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  out.settings = [String(settings.updatedAt)]
  return out
}

beforeAll(async () => {
  ctx = await startPayload('seed')
  payload = ctx.payload
  // Imported after startPayload has pointed DATA_DIR at a temporary folder.
  ;({ seed } = await import('../../cms/seed/index'))
  first = await seed(payload, quiet)
})
afterAll(async () => ctx?.stop())

describe('npm run seed', () => {
  it('creates the whole data set and one user per role', async () => {
    expect(first.report.members.created).toBeGreaterThanOrEqual(15)
    expect(first.report.products.created).toBeGreaterThanOrEqual(45)
    expect(first.logins.map((l) => l.role)).toEqual(['admin', 'editor', 'member'])
    const member = await payload.find({
      collection: 'users',
      where: { role: { equals: 'member' } },
      depth: 1,
      overrideAccess: true,
    })
    expect((member.docs[0].company as { slug: string }).slug).toBe('orbitsoft')
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await snapshot()
    const second = await seed(payload, quiet)
    for (const [collection, r] of Object.entries(second.report)) {
      expect({ collection, created: r.created, updated: r.updated }).toEqual({
        collection,
        created: 0,
        updated: 0,
      })
    }
    expect(await snapshot()).toEqual(before)
  })

  it('seeds an upcoming matchmaking event: participants, meetings placed in the ledger, figures', async () => {
    const { docs: events } = await payload.find({
      collection: 'events',
      where: { 'matchmaking.enabled': { equals: true } },
      overrideAccess: true,
      depth: 0,
    })
    expect(events.map((e) => e.slug)).toContain('hits-b2b-matchmaking-days-2027')
    const event = events.find((e) => e.slug === 'hits-b2b-matchmaking-days-2027')!
    expect(Date.parse(event.matchmaking!.bookingCloses!)).toBeGreaterThan(
      Date.parse(event.matchmaking!.bookingOpens!),
    )
    expect(event.matchmakingSessions?.map((s) => s.id)).toEqual(['mmd27-morning', 'mmd27-online'])
    const { docs: people } = await payload.find({
      collection: 'participants',
      where: { event: { equals: event.id } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      showHiddenFields: true,
    })
    expect(people.length).toBeGreaterThanOrEqual(40)
    const statuses = new Set(people.map((p) => p.status))
    expect([...statuses].sort()).toEqual(['pending', 'rejected', 'validated'])
    expect(
      people.every((p) => typeof p.calendarKey === 'string' && p.calendarKey.length >= 32),
    ).toBe(true)
    expect(new Set(people.map((p) => p.calendarKey)).size).toBe(people.length)
    expect(new Set(people.map((p) => p.locale))).toEqual(new Set(['en', 'bg', 'de']))
    expect(people.filter((p) => p.member).length).toBeGreaterThanOrEqual(10)
    const validated = people.filter((p) => p.status === 'validated')
    expect(event.matchmaking!.stats).toEqual({
      participants: validated.length,
      countries: new Set(validated.map((p) => p.country)).size,
      meetings: 0,
      countriesMet: 0,
    })
    const { docs: meetings } = await payload.find({
      collection: 'meetings',
      where: { event: { equals: event.id } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
    expect(new Set(meetings.map((m) => m.status))).toEqual(
      new Set(['requested', 'accepted', 'declined', 'cancelled']),
    )
    const placed = meetings.filter((m) => m.status === 'accepted')
    expect(placed.every((m) => m.table && m.start && m.end && m.session)).toBe(true)
    const bookings = await payload.count({ collection: 'meeting-bookings', overrideAccess: true })
    expect(bookings.totalDocs).toBe(placed.length * 3)
    const tokens = await payload.count({ collection: 'matchmaking-tokens', overrideAccess: true })
    expect(tokens.totalDocs).toBe(0)
  })

  it('keeps the demo passwords, so the printed logins keep working', async () => {
    const again = await seed(payload, quiet)
    expect(again.logins).toEqual(first.logins)
    const editor = first.logins.find((l) => l.role === 'editor')!
    const result = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: editor.password },
    })
    expect(result.token).toBeTruthy()
  })

  it('publishes German text to anonymous REST readers, without drafts', async () => {
    const server = await startRestServer(payload.config)
    try {
      const res = await fetch(`${server.url}/api/products?locale=de&limit=100&depth=0`)
      expect(res.status).toBe(200)
      const body = (await res.json()) as {
        docs: { slug: string; summary: string; _status: string }[]
        totalDocs: number
      }
      expect(body.docs.length).toBe(body.totalDocs)
      expect(body.docs.every((d) => d._status === 'published')).toBe(true)
      const { docs: drafts } = await payload.find({
        collection: 'products',
        where: { _status: { equals: 'draft' } },
        overrideAccess: true,
      })
      expect(drafts.length).toBeGreaterThan(0)
      const slugs = body.docs.map((d) => d.slug)
      for (const draft of drafts) expect(slugs).not.toContain(draft.slug)
      const orbit = body.docs.find((d) => d.slug.startsWith('orbitsoft'))!
      const en = await payload.find({
        collection: 'products',
        where: { slug: { equals: orbit.slug } },
        locale: 'en',
        overrideAccess: true,
      })
      expect(orbit.summary).not.toBe(en.docs[0].summary)
      expect(orbit.summary).toMatch(/\b(die|der|und|Sie|für|mit)\b/)
    } finally {
      await server.close()
    }
  })

  it("lists and serves to anonymous visitors the images of published documents, not a draft's", async () => {
    const server = await startRestServer(payload.config)
    try {
      const search = await fetch(`${server.url}/api/media?where[alt][like]=FlexHub&depth=0`)
      expect(((await search.json()) as { docs: unknown[] }).docs).toHaveLength(0)
      const { docs: flexhub } = await payload.find({
        collection: 'media',
        where: { alt: { like: 'FlexHub' } },
        overrideAccess: true,
      })
      expect(flexhub.length).toBeGreaterThan(0)
      const file = await fetch(`${server.url}/api/media/file/${flexhub[0].filename}`)
      expect(file.status).toBeGreaterThanOrEqual(400)
      await file.arrayBuffer()
      const { docs: products } = await payload.find({
        collection: 'products',
        where: { _status: { equals: 'published' } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const used = new Set(products.flatMap((p) => (p.images ?? []) as number[]))
      expect(used.size).toBeGreaterThan(0)
      const res = await fetch(`${server.url}/api/media?pagination=false&depth=0`)
      const listed = new Set(
        ((await res.json()) as { docs: { id: number }[] }).docs.map((d) => d.id),
      )
      for (const id of used) expect(listed.has(id), `image ${id}`).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('--reset empties the database and seeds it again', async () => {
    const before = await payload.count({ collection: 'products', overrideAccess: true })
    const reset = await seed(payload, { ...quiet, reset: true })
    expect(reset.report.products.created).toBe(before.totalDocs)
    expect((await payload.count({ collection: 'products', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
    // A whole seed, like the first one in beforeAll (hookTimeout): with a brochure for every
    // product it took 190 s on two cores shared with other builds, past the 120 s default.
  }, 600_000)
})
