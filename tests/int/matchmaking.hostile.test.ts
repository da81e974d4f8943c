import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueToken } from '../../cms/matchmaking/session'
import { slotsOf } from '../../cms/matchmaking/slots'
import { type FormAnswer, jsonCase, postHostileMix } from '../helpers/formPost'
import { type FormShape, type HostileCase, hostileCases } from '../helpers/hostile'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

/**
 * Hostile input against every public matchmaking endpoint that takes a body (the forms'
 * generator, tests/helpers/hostile.ts): at least 500 cases each, every answer a 4xx with a
 * message, nothing stored or changed. The participant endpoints get them with a valid session.
 * Then the valid body itself, to show the cases were refused for what is wrong in them.
 * Decline and cancel take no body, and GETs none: they are not in this test.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let api: string
let sessionA: string
let sessionB: string
const site = new URL(process.env.SITE_URL || 'http://localhost:4321').origin

beforeAll(async () => {
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('matchmaking-hostile')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  api = `${server.url}/api/matchmaking`
  sessionA = await issueToken(payload, world.matchmaking.participants.a.id, 'session')
  sessionB = await issueToken(payload, world.matchmaking.participants.b.id, 'session')
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

/** What the cases must leave as it was: every participant, meeting and token. */
async function state() {
  const all = async (collection: 'participants' | 'meetings' | 'matchmaking-tokens') =>
    (
      await payload.find({
        collection,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        sort: 'id',
      })
    ).docs.map((d) => `${d.id}@${d.updatedAt}`)
  return {
    participants: await all('participants'),
    meetings: await all('meetings'),
    tokens: await all('matchmaking-tokens'),
  }
}

async function send(
  method: string,
  url: string,
  c: Pick<HostileCase, 'body' | 'contentType'>,
  headers: Record<string, string>,
): Promise<FormAnswer> {
  const raw = typeof c.body === 'function' ? c.body() : c.body
  const body = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw
  const res = await fetch(url, {
    method,
    body,
    headers: {
      origin: site,
      ...(c.contentType ? { 'content-type': c.contentType } : {}),
      ...headers,
    },
  })
  const text = await res.text()
  let parsed: FormAnswer['body'] = {}
  try {
    parsed = JSON.parse(text) as FormAnswer['body']
  } catch {
    parsed = { message: text }
  }
  return { status: res.status, headers: res.headers, body: parsed }
}

/** Sends every case; returns those not refused with a 4xx and a message. */
async function refusedAll(
  method: string,
  url: string,
  cases: HostileCase[],
  headers: Record<string, string> = {},
) {
  const wrong: string[] = []
  for (const c of cases) {
    const answer = await send(method, url, c, headers)
    if (answer.status < 400 || answer.status >= 500) wrong.push(`${answer.status} ${c.label}`)
    else if (typeof Object.values(answer.body.errors ?? {})[0] !== 'string')
      wrong.push(`no error message: ${answer.status} ${c.label}`)
  }
  return wrong
}

/**
 * The generator's cases, less two kinds that are valid here by construction: an empty list in
 * place of a list field ("wrong type" picks `[]`, which an optional list accepts), and, for a
 * body whose fields are all optional (PATCH me), a removed field.
 */
const breaking = (shape: FormShape, seed: number, optionalOnly = false) => {
  const lists = Object.keys(shape.valid).filter((k) => Array.isArray(shape.valid[k]))
  const kept = hostileCases(shape, 760, seed).filter(
    (c) =>
      !lists.some((field) => c.label.includes(`${field} of wrong type`)) &&
      !(optionalOnly && c.label.includes('missing ')),
  )
  expect(kept.length).toBeGreaterThanOrEqual(500)
  return kept
}

const unknownToken = 'A'.repeat(43)

describe('matchmaking endpoints under hostile input', () => {
  it('register: 4xx to every hostile payload, stores only the one valid registration', async () => {
    const valid = (email: string) => ({
      event: 'fair',
      locale: 'de',
      homepage: '',
      startedAt: Date.now() - 30_000,
      name: 'Greta Gültig',
      email,
      organisation: 'Gültig GmbH',
      organisationKind: 'company',
      country: 'DE',
      role: 'CEO',
      languages: ['de', 'en'],
      timeZone: 'Europe/Berlin',
      consent: true,
      profile: 'Wir bauen Schnittstellen.',
      offers: [{ title: 'SAP-Anbindung', description: 'Für Shops', categories: ['cloud'] }],
      requests: [{ title: 'Partner für ERP', description: '', categories: [] }],
      attends: [],
    })
    const shape: FormShape = {
      valid: valid('hostile@buyer.example'),
      required: ['event', 'locale', 'startedAt', 'name', 'email', 'organisation', 'consent'],
      lineText: ['name', 'organisation', 'role'],
      longText: ['profile'],
      formatted: ['event', 'locale', 'email', 'country', 'organisationKind', 'timeZone'],
      unknownTargets: [
        { event: 'no-such-event' },
        { event: 'summit' },
        { event: 'FAIR' },
        { offers: [{ title: 'X', categories: ['no-such-category'] }] },
        { attends: ['no-such-session'] },
        { languages: ['xx'] },
        { offers: Array.from({ length: 30 }, (_, i) => ({ title: `Offer ${i}` })) },
      ],
    }
    const cases = hostileCases(shape, 520, 20_261_207)
    const before = await state()
    const wrong = await postHostileMix(`${api}/register`, cases, valid('greta@buyer.example'), {
      validAt: 260,
      origin: site,
    })
    expect(wrong).toEqual([])
    const after = await state()
    expect(after.participants.length).toBe(before.participants.length + 1)
    expect(after.meetings).toEqual(before.meetings)
    const stored = await payload.find({
      collection: 'participants',
      where: { email: { equals: 'greta@buyer.example' } },
      overrideAccess: true,
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0].status).toBe('unconfirmed')
  })

  for (const kind of ['confirm', 'session'] as const) {
    it(`${kind}: 4xx to every hostile payload; the real link still works once after them`, async () => {
      const who = world.matchmaking.participants.pending.id
      const token = await issueToken(payload, who, kind === 'confirm' ? 'confirm' : 'signin')
      const shape: FormShape = {
        valid: { token, locale: 'en' },
        required: ['token'],
        lineText: [],
        longText: ['token'],
        formatted: ['token', 'locale'],
        unknownTargets: [
          { token: unknownToken },
          { token: token.toLowerCase() },
          { token: `${token}=` },
          { token: sessionA },
        ],
      }
      const before = await state()
      const wrong = await refusedAll(
        'POST',
        `${api}/${kind}`,
        breaking(shape, kind === 'confirm' ? 3 : 5),
      )
      expect(wrong).toEqual([])
      expect(await state()).toEqual(before)
      const real = await send('POST', `${api}/${kind}`, jsonCase({ token, locale: 'en' }), {})
      expect(real.status).toBe(200)
      const again = await send('POST', `${api}/${kind}`, jsonCase({ token, locale: 'en' }), {})
      expect(again.status).toBe(400)
    })
  }

  it('signin: 4xx to every hostile payload, no link issued', async () => {
    const shape: FormShape = {
      valid: { event: 'fair', email: 'anna.alpha@participant.example', locale: 'en' },
      required: ['event', 'email', 'locale'],
      lineText: [],
      longText: ['email'],
      formatted: ['event', 'email', 'locale'],
      // Well-formed but unknown addresses or events answer 202 like known ones (no account
      // enumeration), so only malformed targets belong here.
      unknownTargets: [
        { event: 'Fair!' },
        { email: 'anna.alpha@' },
        { locale: 'fr' },
        { email: ['anna.alpha@participant.example'] },
      ],
    }
    const before = await state()
    const wrong = await refusedAll('POST', `${api}/signin`, breaking(shape, 7))
    expect(wrong).toEqual([])
    expect(await state()).toEqual(before)
  })

  it('PATCH me: 4xx to every hostile payload with a valid session, the profile unchanged', async () => {
    const shape: FormShape = {
      valid: {
        locale: 'en',
        role: 'Head of Sales',
        languages: ['de', 'en'],
        timeZone: 'Europe/Vienna',
        profile: 'We sell widgets.',
        offers: [{ title: 'Widgets', description: 'Blue ones', categories: ['cloud'] }],
        requests: [{ title: 'Gadgets', description: '', categories: [] }],
        attends: [],
      },
      required: ['role'],
      lineText: ['role'],
      longText: ['profile'],
      formatted: ['locale', 'languages', 'timeZone', 'attends'],
      unknownTargets: [
        { attends: ['no-such-session'] },
        { offers: [{ title: 'X', categories: ['no-such-category'] }] },
        { status: 'validated' },
        { email: 'takeover@evil.example' },
        { event: world.matchmaking.otherFair.id },
        { calendarKey: 'known' },
      ],
    }
    const before = await state()
    const wrong = await refusedAll('PATCH', `${api}/me`, breaking(shape, 11, true), {
      'x-matchmaking-session': sessionA,
    })
    expect(wrong).toEqual([])
    expect(await state()).toEqual(before)
    const ok = await send('PATCH', `${api}/me`, jsonCase(shape.valid), {
      'x-matchmaking-session': sessionA,
    })
    expect(ok.status).toBe(200)
  })

  it('POST meetings: 4xx to every hostile request, none stored', async () => {
    const { b, pending, other, a } = world.matchmaking.participants
    const shape: FormShape = {
      valid: { with: b.id, message: 'Shall we talk about widgets?' },
      required: ['with'],
      lineText: [],
      longText: ['message'],
      formatted: ['with'],
      unknownTargets: [
        { with: pending.id },
        { with: other.id },
        { with: a.id },
        { with: 999_999 },
        { with: String(b.id) + 'x' },
      ],
    }
    const before = await state()
    const wrong = await refusedAll('POST', `${api}/meetings`, breaking(shape, 13), {
      'x-matchmaking-session': sessionA,
    })
    expect(wrong).toEqual([])
    expect(await state()).toEqual(before)
  })

  it('POST accept: 4xx to every hostile slot, the meeting still requested', async () => {
    const ab = world.matchmaking.meetings.ab.id
    const [first] = slotsOf([
      {
        id: String(world.matchmaking.fair.matchmakingSessions![0].id),
        start: '2030-06-01T08:00:00Z',
        end: '2030-06-01T11:00:00Z',
        meetingMinutes: 20,
        breakMinutes: 5,
        tables: 4,
      },
    ])
    const shape: FormShape = {
      valid: { start: first.start },
      required: ['start'],
      lineText: [],
      longText: ['start'],
      formatted: ['start'],
      unknownTargets: [
        { start: '2030-06-01T08:10:00.000Z' },
        { start: '2020-01-01T00:00:00.000Z' },
        { start: '2030-06-01T11:00:00.000Z' },
        { start: 'tomorrow' },
      ],
    }
    const before = await state()
    const url = `${api}/meetings/${ab}/accept`
    const wrong = await refusedAll('POST', url, breaking(shape, 17), {
      'x-matchmaking-session': sessionB,
    })
    expect(wrong).toEqual([])
    expect(await state()).toEqual(before)
    const bookings = await payload.count({ collection: 'meeting-bookings', overrideAccess: true })
    expect(bookings.totalDocs).toBe(0)
  })
})
