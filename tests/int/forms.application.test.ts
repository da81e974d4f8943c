import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startRestServer } from '../helpers/http'
import { formRecords, jsonCase, postForm, postHostileMix } from '../helpers/formPost'
import { hostileCases, type FormShape } from '../helpers/hostile'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let url: string
const site = new URL(process.env.SITE_URL || 'http://localhost:4321').origin

const valid = (extra: Record<string, unknown> = {}) => ({
  companyName: 'Delta Systems',
  legalId: 'bg 131 071 587',
  website: 'https://delta.example',
  employees: '10-49',
  sectors: ['cloud'],
  recommendedBy: 'alpha-soft',
  contactName: 'Daria Petrova',
  email: 'daria@delta.example',
  motivation: 'We build logistics software and look for partners in Germany and Austria.',
  consent: true,
  locale: 'bg',
  homepage: '',
  startedAt: Date.now() - 60_000,
  ...extra,
})

const { count, stored } = formRecords(() => ctx.payload, 'applications')

beforeAll(async () => {
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('forms-application')
  world = await createWorld(ctx.payload)
  server = await startRestServer(ctx.payload.config)
  url = `${server.url}/api/applications/submit`
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('application endpoint under hostile input', () => {
  const shape = (): FormShape => ({
    valid: valid(),
    required: [
      'companyName',
      'legalId',
      'employees',
      'recommendedBy',
      'contactName',
      'email',
      'motivation',
      'consent',
      'locale',
      'startedAt',
    ],
    lineText: ['companyName', 'contactName'],
    longText: ['motivation'],
    formatted: ['legalId', 'website', 'employees', 'sectors', 'email', 'locale'],
    unknownTargets: [
      { sectors: ['secret'] },
      { sectors: ['cloud', 'no-such-sector'] },
      { recommendedBy: 'gamma-hidden' },
      { recommendedBy: 'no-such-member' },
      { legalId: '131071588' },
      { legalId: 'BG131071588' },
      { legalId: 'GR123456789' },
      { consent: false },
      { consent: 'yes' },
    ],
  })

  it('answers 4xx to every hostile payload, stores none, and stores the one valid application once', async () => {
    const cases = hostileCases(shape(), 520, 20_260_202)
    expect(cases.length).toBeGreaterThanOrEqual(500)
    const good = valid({
      email: 'once@delta.example',
      sectors: ['cloud', 'cloud'],
      motivation: 'Partners wanted. <b>Bold</b> claims; "quotes"; \'; DROP TABLE applications;--',
    })
    const before = await count()
    const wrong = await postHostileMix(url, cases, good, {
      validAt: Math.floor(cases.length / 3),
      origin: site,
    })
    expect(wrong).toEqual([])
    expect(await count()).toBe(before + 1)
    const { docs } = await stored('once@delta.example')
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      companyName: 'Delta Systems',
      legalId: 'BG131071587',
      website: 'https://delta.example',
      employees: '10-49',
      sectors: [world.category.id],
      recommendedBy: world.members.a.id,
      contactName: 'Daria Petrova',
      motivation: good.motivation,
      consent: true,
      locale: 'bg',
      status: 'received',
    })
  })
})

describe('a valid application', () => {
  it('is stored with a 13-digit UIC as typed, no sectors, and answered in its language', async () => {
    const answer = await postForm(
      url,
      jsonCase(
        valid({
          email: 'branch@delta.example',
          legalId: '131071587-0003',
          sectors: [],
          website: '',
          locale: 'de',
        }),
      ),
    )
    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({ ok: true, message: expect.stringMatching(/^Vielen Dank/) })
    const { docs } = await stored('branch@delta.example')
    expect(docs[0]).toMatchObject({ legalId: '1310715870003', sectors: [], locale: 'de' })
  })

  it('refuses an unpublished sector by name', async () => {
    const answer = await postForm(
      url,
      jsonCase(valid({ sectors: ['cloud', 'secret'], locale: 'en' })),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.codes).toEqual({ sectors: 'unknownTarget' })
  })

  it('needs the recommendation of a published member, named by its slug', async () => {
    const before = await count()
    const codes = async (recommendedBy: unknown) =>
      (await postForm(url, jsonCase(valid({ recommendedBy, locale: 'en' })))).body.codes
    expect(await codes('')).toEqual({ recommendedBy: 'required' })
    expect(await codes(undefined)).toEqual({ recommendedBy: 'required' })
    expect(await codes('gamma-hidden')).toEqual({ recommendedBy: 'unknownTarget' })
    expect(await codes('no-such-member')).toEqual({ recommendedBy: 'unknownTarget' })
    expect(await codes(world.members.a.id)).toEqual({ recommendedBy: 'required' })
    // Both unknown targets are named at once.
    const both = await postForm(
      url,
      jsonCase(valid({ sectors: ['secret'], recommendedBy: 'gamma-hidden', locale: 'de' })),
    )
    expect(both.body.codes).toEqual({ sectors: 'unknownTarget', recommendedBy: 'unknownTarget' })
    expect(await count()).toBe(before)
    const answer = await postForm(
      url,
      jsonCase(valid({ email: 'recommended@delta.example', recommendedBy: 'beta-data' })),
    )
    expect(answer.status).toBe(201)
    const { docs } = await stored('recommended@delta.example')
    expect(docs[0]).toMatchObject({ recommendedBy: world.members.b.id })
  })

  it('cannot be created through the generic REST API', async () => {
    const before = await count()
    const response = await fetch(`${server.url}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...valid(), sectors: [world.category.id] }),
    })
    expect(response.status).toBe(403)
    expect(await count()).toBe(before)
  })
})

describe('errors in Bulgarian', () => {
  it('for each field of a form sent in Bulgarian', async () => {
    const answer = await postForm(
      url,
      jsonCase(
        valid({ legalId: '131071588', consent: false, website: 'delta', motivation: 'Кратко' }),
      ),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.codes).toEqual({
      legalId: 'legalId',
      consent: 'consent',
      website: 'url',
      motivation: 'tooShort',
    })
    expect(answer.body.errors).toEqual({
      legalId: expect.stringMatching(/^Въведете ЕИК по БУЛСТАТ/),
      consent: expect.stringMatching(/^Моля, приемете уведомлението за поверителност/),
      website: expect.stringMatching(/^Въведете пълен уеб адрес/),
      motivation: expect.stringMatching(/^Текстът е твърде кратък/),
    })
  })
})

describe('rate limit and CORS of this endpoint', () => {
  it('counts applications apart from inquiries, and refuses the 3rd of 2 allowed', async () => {
    delete process.env.FORMS_RATE_LIMIT
    process.env.FORMS_RATE_LIMIT_POINTS = '2'
    // The test plays the reverse proxy that writes the visitor's address.
    process.env.FORMS_TRUSTED_PROXIES = '1'
    try {
      // The body is not read once the limit is reached: the language comes from the browser.
      const from = { 'x-forwarded-for': '203.0.113.9', 'accept-language': 'bg' }
      const inquiry = `${server.url}/api/inquiries/submit`
      for (let i = 0; i < 2; i++)
        expect(
          (await postForm(url, jsonCase(valid({ email: `rl${i}@delta.example` })), from)).status,
        ).toBe(201)
      expect(
        (await postForm(inquiry, { body: '{}', contentType: 'application/json' }, from)).status,
      ).toBe(400)
      const limited = await postForm(url, jsonCase(valid({ email: 'rl2@delta.example' })), from)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(500)
      expect(limited.body.errors?._form).toMatch(/Опитайте отново след 10 мин/)
    } finally {
      process.env.FORMS_RATE_LIMIT = 'off'
      delete process.env.FORMS_RATE_LIMIT_POINTS
      delete process.env.FORMS_TRUSTED_PROXIES
    }
  })

  it('answers the preflight from the portal and refuses another origin', async () => {
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      })
    const ok = await preflight(site)
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe(site)
    const foreign = await preflight('http://localhost:4322')
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })
})
