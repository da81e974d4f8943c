import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

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
  name: 'Ana Petrova',
  email: 'ana@buyer.example',
  company: 'Buyer GmbH',
  country: 'DE',
  message: 'Please quote 40 licences of Alpha Cloud, with support in German.',
  member: 'alpha-soft',
  product: 'alpha-cloud',
  locale: 'en',
  homepage: '',
  startedAt: Date.now() - 20_000,
  ...extra,
})

const { count, stored } = formRecords(() => ctx.payload, 'inquiries')

beforeAll(async () => {
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('forms-inquiry')
  world = await createWorld(ctx.payload)
  const sys = { overrideAccess: true, context: { seeding: true } }
  const a = world.members.a.id
  await ctx.payload.create({
    collection: 'cooperation',
    data: {
      title: 'Alpha past',
      member: a,
      type: 'offer',
      validUntil: '2020-01-01',
      _status: 'published',
    },
    ...sys,
  })
  server = await startRestServer(ctx.payload.config)
  url = `${server.url}/api/inquiries/submit`
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('inquiry endpoint under hostile input', () => {
  const shape = (): FormShape => ({
    valid: valid(),
    required: ['name', 'email', 'message', 'member', 'locale', 'startedAt'],
    lineText: ['name', 'company'],
    longText: ['message'],
    formatted: ['email', 'country', 'member', 'product', 'cooperation', 'locale'],
    unknownTargets: [
      { member: 'gamma-hidden', product: undefined },
      { member: 'no-such-member' },
      { product: 'beta-lake' },
      { product: 'alpha-next' },
      { cooperation: 'alpha-plans' },
      { cooperation: 'beta-offers' },
      { cooperation: 'alpha-past' },
      { member: 'ALPHA-SOFT' },
    ],
  })

  it('answers 4xx to every hostile payload, stores none, and stores the one valid inquiry once', async () => {
    const cases = hostileCases(shape())
    expect(cases.length).toBeGreaterThanOrEqual(500)
    const good = valid({
      email: 'once@buyer.example',
      message: "Quote please <script>alert(1)</script> '; DROP TABLE inquiries;-- Grüße, здравейте",
    })
    const before = await count()
    const wrong = await postHostileMix(url, cases, good, {
      validAt: Math.floor(cases.length / 2),
      origin: site,
    })
    expect(wrong).toEqual([])
    expect(await count()).toBe(before + 1)
    const { docs } = await stored('once@buyer.example')
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      name: good.name,
      company: good.company,
      country: 'DE',
      message: good.message,
      member: world.members.a.id,
      product: world.products.aPublished.id,
      locale: 'en',
      status: 'new',
    })
  })
})

describe('a valid inquiry', () => {
  it('about a cooperation post is stored with the post and answered in its language', async () => {
    const answer = await postForm(
      url,
      jsonCase(
        valid({
          email: 'coop@buyer.example',
          product: '',
          cooperation: 'alpha-offers',
          locale: 'de',
        }),
      ),
    )
    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({ ok: true, message: expect.stringMatching(/^Vielen Dank/) })
    const { docs } = await stored('coop@buyer.example')
    expect(docs[0]).toMatchObject({ cooperation: world.cooperation.aPublished.id, locale: 'de' })
    expect(docs[0]!.product ?? null).toBeNull()
  })

  it('names the field whose target is unknown, unpublished, foreign or expired', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ member: 'gamma-hidden', product: undefined }, 'member'],
      [{ product: 'beta-lake' }, 'product'],
      [{ product: 'alpha-next' }, 'product'],
      [{ cooperation: 'alpha-past' }, 'cooperation'],
      [{ cooperation: 'alpha-plans' }, 'cooperation'],
    ]
    for (const [change, field] of cases) {
      const answer = await postForm(url, jsonCase(valid(change)))
      expect(answer.status, JSON.stringify(change)).toBe(400)
      expect(answer.body.codes).toEqual({ [field]: 'unknownTarget' })
    }
  })

  it('cannot be created through the generic REST API, whatever the body claims', async () => {
    const before = await count()
    const response = await fetch(`${server.url}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site },
      body: JSON.stringify({
        ...valid(),
        member: world.members.a.id,
        context: { publicForm: true },
      }),
    })
    expect(response.status).toBe(403)
    expect(await count()).toBe(before)
  })
})

describe('errors in the visitor language', () => {
  it('follow the locale of the form: Bulgarian', async () => {
    const answer = await postForm(url, jsonCase(valid({ locale: 'bg', name: '', email: 'x@' })))
    expect(answer.status).toBe(400)
    expect(answer.body.codes).toEqual({ name: 'required', email: 'email' })
    expect(answer.body.errors).toEqual({
      name: 'Това поле е задължително.',
      email: 'Въведете имейл адрес, напр. name@example.com.',
    })
  })

  it('refuse a withdrawn country code (DD, East Germany) in German, and store nothing', async () => {
    const before = await count()
    for (const country of ['DD', 'dd', 'YU', 'SU', 'XK']) {
      const answer = await postForm(url, jsonCase(valid({ locale: 'de', country })))
      expect(answer.status, country).toBe(400)
      expect(answer.body.codes, country).toEqual({ country: 'country' })
      expect(answer.body.errors, country).toEqual({ country: 'Wählen Sie ein Land aus der Liste.' })
    }
    expect(await count()).toBe(before)
  })

  it('follow Accept-Language when the body cannot be read', async () => {
    const answer = await postForm(
      url,
      { body: '{"name":', contentType: 'application/json' },
      {
        'accept-language': 'bg-BG,bg;q=0.9,en;q=0.5',
      },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.codes).toEqual({ _form: 'invalid' })
    expect(answer.body.errors?._form).toMatch(/^Формулярът не може да бъде прочетен/)
  })

  it('say when the form was sent too fast, or carries a filled honeypot', async () => {
    const fast = await postForm(
      url,
      jsonCase(valid({ startedAt: Date.now() - 1000, locale: 'bg' })),
    )
    expect(fast.status).toBe(400)
    expect(fast.body.codes).toEqual({ _form: 'tooFast' })
    expect(fast.body.errors?._form).toMatch(/твърде бързо/)
    const bot = await postForm(url, jsonCase(valid({ homepage: 'https://spam.example' })))
    expect(bot.body.codes).toEqual({ _form: 'spam' })
  })
})

describe('request limits', () => {
  it('refuses non-JSON with 415 and bodies over 32 KB with 413, also without Content-Length', async () => {
    const form = await postForm(url, {
      body: 'name=Ana',
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(415)
    const big = JSON.stringify(valid({ message: 'x'.repeat(40_000) }))
    expect((await postForm(url, jsonCase(JSON.parse(big)))).status).toBe(413)
    const chunks = new TextEncoder().encode(big)
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < chunks.length; i += 4096)
            controller.enqueue(chunks.slice(i, i + 4096))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })
})

describe('rate limit', () => {
  afterEach(() => {
    process.env.FORMS_RATE_LIMIT = 'off'
    delete process.env.FORMS_RATE_LIMIT_POINTS
    delete process.env.FORMS_RATE_LIMIT_SECONDS
    delete process.env.FORMS_TRUSTED_PROXIES
  })

  it('answers the N+1st submission from one address in the window with 429 and Retry-After', async () => {
    delete process.env.FORMS_RATE_LIMIT
    process.env.FORMS_RATE_LIMIT_POINTS = '3'
    process.env.FORMS_RATE_LIMIT_SECONDS = '120'
    // The test plays the reverse proxy in front of the CMS, which writes each visitor's address.
    process.env.FORMS_TRUSTED_PROXIES = '1'
    const from = { 'x-forwarded-for': '198.51.100.23', origin: site, 'accept-language': 'de' }
    for (let i = 0; i < 3; i++) {
      const answer = await postForm(
        url,
        jsonCase(valid({ email: `limit${i}@buyer.example` })),
        from,
      )
      expect(answer.status).toBe(201)
    }
    const limited = await postForm(url, jsonCase(valid({ email: 'limit3@buyer.example' })), from)
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(100)
    expect(retryAfter).toBeLessThanOrEqual(120)
    expect(limited.headers.get('access-control-allow-origin')).toBe(site)
    expect(limited.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i)
    expect(limited.body.codes).toEqual({ _form: 'rateLimited' })
    expect(limited.body.errors?._form).toMatch(/Versuchen Sie es in 2 Min/)
    expect((await stored('limit3@buyer.example')).totalDocs).toBe(0)
    // Another visitor is not affected.
    const other = await postForm(url, jsonCase(valid({ email: 'other@buyer.example' })), {
      'x-forwarded-for': '198.51.100.24',
    })
    expect(other.status).toBe(201)
  })

  it('with no proxy trusted, counts the connection, whatever X-Forwarded-For the client writes', async () => {
    delete process.env.FORMS_RATE_LIMIT
    process.env.FORMS_RATE_LIMIT_POINTS = '2'
    process.env.FORMS_RATE_LIMIT_SECONDS = '60'
    const as = (n: number) => ({ 'x-forwarded-for': `10.6.6.6, 9.9.9.${n}`, origin: site })
    for (let i = 0; i < 2; i++)
      expect(
        (await postForm(url, jsonCase(valid({ email: `spoof${i}@x.example` })), as(i))).status,
      ).toBe(201)
    // Every later claim is a new address, as an attacker would write it: all are one visitor.
    for (let i = 2; i < 6; i++) {
      const answer = await postForm(url, jsonCase(valid({ email: `spoof${i}@x.example` })), as(i))
      expect(answer.status).toBe(429)
    }
    const plain = await postForm(url, jsonCase(valid({ email: 'spoof9@x.example' })), {
      origin: site,
    })
    expect(plain.status).toBe(429)
    expect((await stored('spoof2@x.example')).totalDocs).toBe(0)
  })
})

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })

  it('answers the preflight from the portal origin', async () => {
    const response = await preflight(site)
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(site)
    expect(response.headers.get('access-control-allow-methods')).toMatch(/\bPOST\b/)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
    expect(response.headers.get('vary')).toMatch(/Origin/)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('refuses a foreign origin, for the preflight and for the post itself', async () => {
    const foreign = 'https://evil.example'
    const response = await preflight(foreign)
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    const before = await count()
    const post = await postForm(url, jsonCase(valid({ email: 'evil@buyer.example' })), {
      origin: foreign,
    })
    expect(post.status).toBe(403)
    expect(post.headers.get('access-control-allow-origin')).toBeNull()
    expect(post.body.codes).toEqual({ _form: 'origin' })
    expect(await count()).toBe(before)
  })

  it('lets the portal read the answer of its own post', async () => {
    const post = await postForm(url, jsonCase(valid({ email: 'cors@buyer.example' })), {
      origin: site,
    })
    expect(post.status).toBe(201)
    expect(post.headers.get('access-control-allow-origin')).toBe(site)
  })
})
