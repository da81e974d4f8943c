import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueToken } from '../../cms/matchmaking/session'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

/**
 * Two kinds of credential that must never stand in for each other (cf. CVE-2026-25574, two auth
 * collections in one Payload): a participant's matchmaking session opens no CMS route, however
 * it is sent, and a CMS user's token opens no participant endpoint. Plus what Payload's own
 * rules let a participant see when an endpoint acts for it (req.context.participant): its
 * event's validated participants and its own meetings, nothing of another event.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let sessionA: string
let sessionOther: string
let staffToken: string

beforeAll(async () => {
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('matchmaking-access')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  sessionA = await issueToken(payload, world.matchmaking.participants.a.id, 'session')
  sessionOther = await issueToken(payload, world.matchmaking.participants.other.id, 'session')
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: world.users.editor.email, password }),
  })
  staffToken = ((await login.json()) as { token: string }).token
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

/** Every way a client might present a secret to the CMS. */
const carriers = (secret: string): Record<string, Record<string, string>> => ({
  'X-Matchmaking-Session': { 'x-matchmaking-session': secret },
  'Authorization: Bearer': { authorization: `Bearer ${secret}` },
  'Authorization: JWT': { authorization: `JWT ${secret}` },
  'payload-token cookie': { cookie: `payload-token=${secret}` },
})

type Answer = { status: number; ids: string[]; text: string }

async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, { headers })
  const text = await res.text()
  let ids: string[] = []
  try {
    const body = JSON.parse(text) as { docs?: { id: unknown }[] }
    ids = (body.docs ?? []).map((d) => String(d.id)).sort()
  } catch {
    // Not JSON: compared by status alone.
  }
  return { status: res.status, ids, text }
}

const graphqlQuery = `{
  Participants { docs { id name } }
  Meetings { docs { id message } }
  meUser { user { id email } }
}`

async function graphql(headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: graphqlQuery }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe("a participant's session is no CMS credential", () => {
  it('opens nothing more than no credential at all, on every collection, however it is sent', async () => {
    const slugs = payload.config.collections.map((c) => c.slug)
    expect(slugs).toEqual(expect.arrayContaining(['participants', 'meetings']))
    for (const slug of slugs) {
      const anonymous = await get(`/api/${slug}?depth=0&limit=100`)
      for (const [how, headers] of Object.entries(carriers(sessionA))) {
        const seen = await get(`/api/${slug}?depth=0&limit=100`, headers)
        expect({ slug, how, status: seen.status, ids: seen.ids }).toEqual({
          slug,
          how,
          status: anonymous.status,
          ids: anonymous.ids,
        })
      }
    }
    for (const slug of ['participants', 'meetings', 'matchmaking-tokens', 'meeting-bookings']) {
      for (const headers of Object.values(carriers(sessionA))) {
        expect([slug, (await get(`/api/${slug}`, headers)).status]).toEqual([slug, 403])
        const one = await get(`/api/${slug}/${world.matchmaking.participants.a.id}`, headers)
        expect(one.status, slug).toBeGreaterThanOrEqual(400)
        expect(one.text).not.toContain('Anna Alpha')
      }
    }
  })

  it('is nobody at /api/users/me, nor in GraphQL', async () => {
    for (const headers of Object.values(carriers(sessionA))) {
      const me = await fetch(`${server.url}/api/users/me`, { headers })
      expect(((await me.json()) as { user: unknown }).user).toBeNull()
      const { body } = await graphql(headers)
      const data = body.data as Record<string, { docs?: unknown[]; user?: unknown } | null> | null
      expect(data?.Participants ?? null).toBeNull()
      expect(data?.Meetings ?? null).toBeNull()
      expect(data?.meUser?.user ?? null).toBeNull()
      expect(JSON.stringify(body)).not.toContain('Anna Alpha')
    }
  })

  it('staff read participants and meetings in GraphQL; member users do not', async () => {
    const staff = await graphql({ authorization: `JWT ${staffToken}` })
    const data = staff.body.data as { Participants: { docs: { name: string }[] } }
    expect(data.Participants.docs.map((d) => d.name)).toContain('Anna Alpha')
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: world.users.memberA.email, password }),
    })
    const memberToken = ((await login.json()) as { token: string }).token
    const member = await graphql({ authorization: `JWT ${memberToken}` })
    expect(JSON.stringify(member.body)).not.toContain('Anna Alpha')
    expect(JSON.stringify(member.body)).not.toContain('Anna would like')
  })
})

describe("what Payload's rules let a participant see (as the endpoints act for it)", () => {
  const as = (who: 'a' | 'other') => {
    const p = world.matchmaking.participants[who]
    const event = who === 'a' ? world.matchmaking.fair.id : world.matchmaking.otherFair.id
    return { overrideAccess: false, context: { participant: { id: p.id, event } }, depth: 0 }
  }

  it('validated participants of its own event and itself; email only its own', async () => {
    const { a, b, pending, other } = world.matchmaking.participants
    const seen = await payload.find({ collection: 'participants', pagination: false, ...as('a') })
    expect(seen.docs.map((d) => d.id).sort()).toEqual([a.id, b.id].sort())
    expect(seen.docs.find((d) => d.id === a.id)?.email).toBe('anna.alpha@participant.example')
    expect(seen.docs.find((d) => d.id === b.id)).not.toHaveProperty('email')
    for (const doc of seen.docs) {
      expect(doc).not.toHaveProperty('staffNotes')
      expect(doc).not.toHaveProperty('calendarKey')
    }
    const ids = seen.docs.map((d) => d.id)
    expect(ids).not.toContain(pending.id)
    expect(ids).not.toContain(other.id)
  })

  it('a participant of another event sees nothing of this one', async () => {
    const { other } = world.matchmaking.participants
    const people = await payload.find({
      collection: 'participants',
      pagination: false,
      ...as('other'),
    })
    expect(people.docs.map((d) => d.id)).toEqual([other.id])
    const meetings = await payload.find({
      collection: 'meetings',
      pagination: false,
      ...as('other'),
    })
    expect(meetings.docs).toEqual([])
    await expect(
      payload.findByID({
        collection: 'participants',
        id: world.matchmaking.participants.a.id,
        ...as('other'),
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'meetings',
        id: world.matchmaking.meetings.ab.id,
        data: { status: 'cancelled' },
        ...as('other'),
      }),
    ).rejects.toThrow()
  })

  it('its own meetings only', async () => {
    const mine = await payload.find({ collection: 'meetings', pagination: false, ...as('a') })
    expect(mine.docs.map((d) => d.id)).toEqual([world.matchmaking.meetings.ab.id])
    expect(mine.docs[0]).not.toHaveProperty('staffNotes')
  })
})

/** The participant endpoints of the contract (MATCHMAKING.md) that need a session. */
const participantRoutes = (meetingId: string | number) => [
  ['GET', '/api/matchmaking/me'],
  ['PATCH', '/api/matchmaking/me'],
  ['DELETE', '/api/matchmaking/session'],
  ['GET', '/api/matchmaking/participants'],
  ['GET', '/api/matchmaking/suggestions'],
  ['GET', '/api/matchmaking/meetings'],
  ['POST', '/api/matchmaking/meetings'],
  ['GET', `/api/matchmaking/meetings/${meetingId}/slots`],
  ['POST', `/api/matchmaking/meetings/${meetingId}/accept`],
  ['POST', `/api/matchmaking/meetings/${meetingId}/decline`],
  ['POST', `/api/matchmaking/meetings/${meetingId}/cancel`],
]

describe("a CMS user's token is no participant session", () => {
  it('every participant endpoint answers 401 to a staff JWT, however it is sent', async () => {
    const ab = world.matchmaking.meetings.ab.id
    for (const [method, path] of participantRoutes(ab)) {
      for (const [how, headers] of Object.entries(carriers(staffToken))) {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : JSON.stringify({ with: 1, message: 'hi' }),
        })
        await res.arrayBuffer()
        expect([method, path, how, res.status]).toEqual([method, path, how, 401])
      }
    }
    const meeting = await payload.findByID({ collection: 'meetings', id: ab, overrideAccess: true })
    expect(meeting.status).toBe('requested')
  })

  it("a participant's session opens them, in its header only", async () => {
    const me = await fetch(`${server.url}/api/matchmaking/me`, {
      headers: { 'x-matchmaking-session': sessionA },
    })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { name: string }).name).toBe('Anna Alpha')
    for (const [how, headers] of Object.entries(carriers(sessionA))) {
      if (how === 'X-Matchmaking-Session') continue
      const res = await fetch(`${server.url}/api/matchmaking/me`, { headers })
      await res.arrayBuffer()
      expect([how, res.status]).toEqual([how, 401])
    }
  })

  it('through the endpoints, a participant of another event sees nothing of this one', async () => {
    const headers = { 'x-matchmaking-session': sessionOther, 'content-type': 'application/json' }
    const list = await fetch(`${server.url}/api/matchmaking/participants`, { headers })
    const text = await list.text()
    expect(list.status).toBe(200)
    for (const name of ['Anna Alpha', 'Bert Beta', 'Paul Pending']) expect(text).not.toContain(name)
    const suggestions = await (
      await fetch(`${server.url}/api/matchmaking/suggestions`, { headers })
    ).text()
    expect(suggestions).not.toContain('Anna Alpha')
    const meetings = await (
      await fetch(`${server.url}/api/matchmaking/meetings`, { headers })
    ).text()
    expect(meetings).not.toContain('Anna would like')
    const ab = world.matchmaking.meetings.ab.id
    for (const [method, path] of participantRoutes(ab).filter(([, p]) => p.includes(`/${ab}/`))) {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers,
        body: method === 'GET' ? undefined : '{}',
      })
      await res.arrayBuffer()
      expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true])
    }
    const ask = await fetch(`${server.url}/api/matchmaking/meetings`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ with: world.matchmaking.participants.a.id, message: 'Hello' }),
    })
    await ask.arrayBuffer()
    expect(ask.status).toBeGreaterThanOrEqual(400)
    expect(ask.status).toBeLessThan(500)
    const { totalDocs } = await payload.count({
      collection: 'meetings',
      where: { requester: { equals: world.matchmaking.participants.other.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})
