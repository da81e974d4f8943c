import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formMessage, t } from '@cms/i18n/messages'
import { issueToken } from '@cms/matchmaking/session'
import type { Card, Suggestion } from '@shared/matchmakingTypes'
import { startApiServer } from '../helpers/authApi'
import { startPayload } from '../helpers/payload'
import { password } from '../helpers/world'

let ctx: Awaited<ReturnType<typeof startPayload>>
let api: Awaited<ReturnType<typeof startApiServer>>
let payload: Payload
const sys = { overrideAccess: true, context: { seeding: true } }
const ids: Record<string, number | string> = {}
const sessions: Record<string, string> = {}

type Need = { title: string; description?: string; categories?: (number | string)[] }

async function category(name: string, bg: string, parent?: number | string) {
  const doc = await payload.create({
    collection: 'categories',
    data: { name, parent: parent as number, _status: 'published' },
    locale: 'en',
    ...sys,
  })
  await payload.update({
    collection: 'categories',
    id: doc.id,
    data: { name: bg },
    locale: 'bg',
    ...sys,
  })
  return doc.id
}

async function event(slug: string) {
  const doc = await payload.create({
    collection: 'events',
    data: {
      title: slug,
      slug,
      kind: 'b2b-matchmaking',
      start: '2030-05-01T09:00:00Z',
      end: '2030-05-01T17:00:00Z',
      timeZone: 'Europe/Sofia',
      matchmaking: { enabled: true, scheduling: 'self' },
      _status: 'published',
    } as never,
    ...sys,
  })
  return doc.id
}

async function participant(
  key: string,
  data: {
    event: number | string
    status: 'pending' | 'validated'
    country: string
    kind?: string
    offers?: Need[]
    requests?: Need[]
    profile?: string
  },
) {
  const doc = await payload.create({
    collection: 'participants',
    data: {
      event: data.event as number,
      status: data.status,
      name: `Person ${key}`,
      email: `${key.toLowerCase()}@secret-mail.example`,
      organisation: `Org ${key}`,
      organisationKind: (data.kind ?? 'company') as 'company',
      country: data.country,
      timeZone: 'Europe/Sofia',
      locale: 'en',
      consent: true,
      profile: data.profile ?? '',
      offers: (data.offers ?? []) as never,
      requests: (data.requests ?? []) as never,
    },
    ...sys,
  })
  ids[key] = doc.id
  sessions[key] = await issueToken(payload, doc.id, 'session')
}

const get = async (
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; text: string }> => {
  const response = await fetch(`${api.url}/api/matchmaking${path}`, { headers })
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, text }
}
const as = (key: string, path: string, headers: Record<string, string> = {}) =>
  get(path, { 'x-matchmaking-session': sessions[key]!, ...headers })
const names = (body: Record<string, unknown>) =>
  (body.docs as Card[]).map((c) => c.name.replace('Person ', '')).sort()

beforeAll(async () => {
  ctx = await startPayload('mm-browse')
  payload = ctx.payload
  const software = await category('Software', 'Софтуер')
  const erp = await category('ERP systems', 'ERP системи', software)
  const crm = await category('CRM', 'CRM системи', software)
  const robotics = await category('Robotics', 'Роботика')
  const one = await event('expo-one')
  const two = await event('expo-two')
  await participant('A', {
    event: one,
    status: 'validated',
    country: 'BG',
    requests: [{ title: 'ERP integration partner', categories: [erp] }],
    offers: [{ title: 'Облачни услуги', description: 'Хостинг в облака', categories: [] }],
  })
  await participant('B', {
    event: one,
    status: 'validated',
    country: 'DE',
    kind: 'research',
    offers: [{ title: 'SAP connector', description: 'Integration of shops', categories: [erp] }],
  })
  await participant('C', {
    event: one,
    status: 'pending',
    country: 'BG',
    offers: [{ title: 'ERP integration', categories: [erp] }],
  })
  await participant('D', {
    event: two,
    status: 'validated',
    country: 'BG',
    offers: [{ title: 'ERP integration', categories: [erp] }],
  })
  await participant('E', {
    event: one,
    status: 'validated',
    country: 'BG',
    requests: [{ title: 'Облак за болница', description: 'Търсим облачна платформа' }],
    offers: [{ title: 'CRM rollout', categories: [crm] }],
  })
  await participant('F', {
    event: one,
    status: 'validated',
    country: 'RO',
    kind: 'public-body',
    profile: 'Welding cells',
    offers: [{ title: 'Welding robots', categories: [robotics] }],
  })
  await payload.create({
    collection: 'users',
    data: { email: 'admin@test.example', password, role: 'admin' } as never,
    ...sys,
  })
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await ctx?.stop()
})

describe('participants list: whom a participant sees', () => {
  it('shows the validated others of the same event: not the pending, another event, oneself', async () => {
    const { status, body, text } = await as('A', '/participants')
    expect(status).toBe(200)
    expect(names(body)).toEqual(['B', 'E', 'F'])
    expect(body).toMatchObject({ totalDocs: 3, page: 1, totalPages: 1 })
    expect(text).not.toContain('secret-mail')
    for (const card of body.docs as Record<string, unknown>[]) {
      expect(card).not.toHaveProperty('email')
      expect(card).not.toHaveProperty('staffNotes')
    }
  })

  it('lets a participant awaiting validation browse, unseen by the others', async () => {
    const { status, body } = await as('C', '/participants')
    expect(status).toBe(200)
    expect(names(body)).toEqual(['A', 'B', 'E', 'F'])
  })

  it('names categories in the language asked for', async () => {
    const en = await as('A', '/participants?country=DE')
    const bg = await as('A', '/participants?country=DE&locale=bg')
    expect((en.body.docs as Card[])[0]?.offers[0]?.categories).toEqual([
      { slug: 'erp-systems', name: 'ERP systems' },
    ])
    expect((bg.body.docs as Card[])[0]?.offers[0]?.categories[0]?.name).toBe('ERP системи')
  })
})

describe('participants list: filters', () => {
  it.each([
    ['country=DE', ['B']],
    ['country=bg', ['E']],
    ['kind=public-body', ['F']],
    ['category=erp-systems', ['B']],
    ['category=software', ['B', 'E']],
    ['has=request', ['E']],
    ['has=offer', ['B', 'E', 'F']],
    ['q=connector', ['B']],
    ['q=integ%20SAP', ['B']],
    ['q=welding', ['F']],
    ['q=%D0%BE%D0%B1%D0%BB%D0%B0%D1%86%D0%B8', ['E']], // "облаци" finds "Облак", "облачна"
    ['q=nothing-like-this', []],
    ['country=BG&has=offer&category=crm', ['E']],
  ])('%s', async (query, expected) => {
    const { status, body } = await as('A', `/participants?${query}`)
    expect(status).toBe(200)
    expect(names(body)).toEqual(expected)
  })

  it('pages by 20', async () => {
    const { body } = await as('A', '/participants?page=2')
    expect(body).toMatchObject({ docs: [], totalDocs: 3, page: 2, totalPages: 1 })
  })
})

describe('participants list: hostile query parameters', () => {
  it.each([
    ['country=XX', 'country', 'country'],
    ['country=%3Cscript%3E', 'country', 'country'],
    ['kind=admin', 'kind', 'choice'],
    ['category=no-such-category', 'category', 'choice'],
    ['category=..%2F..%2Fetc', 'category', 'choice'],
    ['category[in]=1', null, null],
    ['has=both', 'has', 'choice'],
    [`q=${'a'.repeat(101)}`, 'q', 'tooLong'],
    ['page=0', 'page', 'invalid'],
    ['page=-1', 'page', 'invalid'],
    ['page=1e3', 'page', 'invalid'],
    ['page=99999999999999999999', 'page', 'invalid'],
  ])('%s → 400 with the field named, in German', async (query, field, code) => {
    const { status, body } = await as('A', `/participants?${query}&locale=de`)
    if (field === null) {
      // A bracketed name is not one of ours: ignored, as unknown names are.
      expect(status).toBe(200)
      return
    }
    expect(status).toBe(400)
    expect(body.codes).toEqual({ _form: 'invalid', [field]: code })
    expect(body.errors).toEqual({
      _form: t('de', 'matchmaking.error.invalid'),
      [field]: formMessage('de', code as 'choice'),
    })
  })

  it('takes the SQL-ish and wildcard characters of a search as no more than text', async () => {
    for (const q of ["%' OR 1=1 --", '%', '_', '\\', '{"$ne":null}']) {
      const { status, body } = await as('A', `/participants?q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
      expect(names(body).length, q).toBeLessThanOrEqual(3)
    }
  })
})

describe('participants and suggestions: who may ask', () => {
  it.each(['/participants', '/suggestions'])(
    '%s: no session, or a made-up one → 401',
    async (path) => {
      const none = await get(`${path}?locale=bg`)
      expect(none.status).toBe(401)
      expect(none.body.errors).toEqual({ _form: t('bg', 'matchmaking.error.signedOut') })
      expect((await get(path, { 'x-matchmaking-session': 'x'.repeat(43) })).status).toBe(401)
    },
  )

  it.each(['/participants', '/suggestions'])('%s: a CMS staff login alone → 401', async (path) => {
    const token = await api.tokenOf('admin@test.example', password)
    const { status } = await get(path, { authorization: `JWT ${token}` })
    expect(status).toBe(401)
  })

  it('refuses another web page’s origin', async () => {
    const { status } = await as('A', '/participants', { origin: 'https://evil.example' })
    expect(status).toBe(403)
  })
})

describe('suggested matches', () => {
  it('ranks the clear match first with its reason, never the unseen or oneself', async () => {
    const { status, body } = await as('A', '/suggestions')
    expect(status).toBe(200)
    const docs = body.docs as Suggestion[]
    expect(docs[0]?.participant.name).toBe('Person B')
    expect(docs[0]?.reasons[0]).toMatchObject({
      mine: { kind: 'request', title: 'ERP integration partner' },
      theirs: { kind: 'offer', title: 'SAP connector' },
      categories: ['ERP systems'],
      terms: ['integration'],
    })
    // E seeks a cloud ("Облак", "облачна") that A offers ("Облачни"): a match by words alone.
    expect(docs.map((d) => d.participant.name)).toEqual(['Person B', 'Person E'])
    expect(JSON.stringify(docs)).not.toContain('secret-mail')
  })

  it('leaves out those already asked to meet', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: { event: (await eventOf('A')) as number, requester: ids.A, recipient: ids.B } as never,
      ...sys,
    })
    try {
      const { body } = await as('A', '/suggestions')
      expect((body.docs as Suggestion[]).map((d) => d.participant.name)).toEqual(['Person E'])
    } finally {
      await payload.delete({ collection: 'meetings', id: meeting.id, ...sys })
    }
  })

  it('names the shared categories in the reader’s language', async () => {
    const { body } = await as('A', '/suggestions?locale=bg')
    expect((body.docs as Suggestion[])[0]?.reasons[0]?.categories).toEqual(['ERP системи'])
  })
})

async function eventOf(key: string) {
  const doc = await payload.findByID({
    collection: 'participants',
    id: ids[key]!,
    depth: 0,
    ...sys,
  })
  return doc.event as number | string
}
