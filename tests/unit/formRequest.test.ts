import { afterEach, describe, expect, it } from 'vitest'

import { clientIp, rateLimitKey, withPeerAddress } from '../../cms/forms/clientIp'
import { fillTimeProblem } from '../../cms/forms/fillTime'
import { acceptedLocale, formLocale } from '../../cms/forms/locale'
import { takeSubmission } from '../../cms/forms/rateLimit'
import { readJsonBody } from '../../cms/forms/readBody'
import { maxBodyBytes } from '@shared/formSchema'

const post = (body: BodyInit | ReadableStream, headers: Record<string, string> = {}) =>
  new Request('http://cms.test/api/inquiries/submit', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    duplex: 'half',
  } as RequestInit)

describe('reading a form body', () => {
  it('parses JSON sent as application/json, with or without a charset', async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ ok: true, body: { a: 1 } })
    expect(
      await readJsonBody(post('{"a":1}', { 'content-type': 'Application/JSON; charset=utf-8' })),
    ).toEqual({ ok: true, body: { a: 1 } })
  })

  it('refuses other content types, broken JSON and broken UTF-8', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp'])
      expect(await readJsonBody(post('{}', { 'content-type': type }))).toMatchObject({
        problem: 'contentType',
      })
    expect(await readJsonBody(post('{"a":'))).toMatchObject({ problem: 'unreadable' })
    expect(await readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({
      problem: 'unreadable',
    })
  })

  it('refuses a body over the limit by its Content-Length, before reading', async () => {
    const request = post('{}', { 'content-length': String(maxBodyBytes + 1) })
    expect(await readJsonBody(request)).toMatchObject({ problem: 'tooLarge' })
    expect(request.bodyUsed).toBe(false)
  })

  it('stops reading an endless body as soon as it passes the limit', async () => {
    let pulled = 0
    let cancelled = false
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(1024).fill(0x20))
      },
      cancel() {
        cancelled = true
      },
    })
    expect(await readJsonBody(post(endless))).toMatchObject({ problem: 'tooLarge' })
    expect(cancelled).toBe(true)
    expect(pulled).toBeLessThan(maxBodyBytes / 1024 + 5)
  })
})

describe('the language of the answer', () => {
  it.each([
    ['de-AT,de;q=0.9,en;q=0.5', 'de'],
    ['fr-FR,fr;q=0.9,bg;q=0.8,en;q=0.7', 'bg'],
    ['en;q=0.2,bg;q=0.9', 'bg'],
    ['bg;q=0,de', 'de'],
    ['fr', null],
    ['', null],
  ])('Accept-Language %j → %s', (header, locale) => expect(acceptedLocale(header)).toBe(locale))

  it("prefers the form's own locale, then the browser's, then English", () => {
    expect(formLocale({ locale: 'bg' }, 'de')).toBe('bg')
    expect(formLocale({ locale: 'fr' }, 'de')).toBe('de')
    expect(formLocale('not an object', null)).toBe('en')
  })
})

describe('the opening time', () => {
  const now = 1_800_000_000_000
  it.each([
    [now - 10_000, null],
    [now - 1_000, 'tooFast'],
    [now + 30_000, 'tooFast'],
    [now + 5 * 60_000, 'invalid'],
    [now - 25 * 3600_000, 'invalid'],
  ])('startedAt %d → %s', (startedAt, problem) =>
    expect(fillTimeProblem(startedAt, now)).toBe(problem),
  )
})

describe('who is sending', () => {
  afterEach(() => {
    delete process.env.FORMS_TRUSTED_PROXIES
  })
  it('is the rightmost X-Forwarded-For address: the one this side wrote', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' })
    expect(clientIp(headers)).toBe('203.0.113.7')
    process.env.FORMS_TRUSTED_PROXIES = '1'
    expect(clientIp(headers)).toBe('6.6.6.6')
  })
  it('is the connection, once the server has appended it, whatever the client claimed', () => {
    const claimed = withPeerAddress(['10.6.6.6, 9.9.9.1', '9.9.9.2'], '::ffff:192.0.2.7')
    expect(claimed).toBe('10.6.6.6, 9.9.9.1, 9.9.9.2, ::ffff:192.0.2.7')
    expect(clientIp(new Headers({ 'x-forwarded-for': claimed }))).toBe('192.0.2.7')
    expect(withPeerAddress(undefined, '192.0.2.7')).toBe('192.0.2.7')
    expect(withPeerAddress('', undefined)).toBe('unknown')
  })
  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['[2001:db8::1]:443', '2001:db8:0:0::/64'],
  ])('counts %s as %s', (ip, key) => expect(rateLimitKey(ip)).toBe(key))
})

describe('the rate limit', () => {
  afterEach(() => {
    for (const name of ['FORMS_RATE_LIMIT', 'FORMS_RATE_LIMIT_POINTS', 'FORMS_RATE_LIMIT_SECONDS'])
      delete process.env[name]
  })
  it('allows the configured number per visitor and form, then says how long to wait', async () => {
    process.env.FORMS_RATE_LIMIT_POINTS = '2'
    process.env.FORMS_RATE_LIMIT_SECONDS = '60'
    expect(await takeSubmission(null, 'unit', 'a')).toBeNull()
    expect(await takeSubmission(null, 'unit', 'a')).toBeNull()
    const wait = await takeSubmission(null, 'unit', 'a')
    expect(wait).toBeGreaterThan(50)
    expect(wait).toBeLessThanOrEqual(60)
    expect(await takeSubmission(null, 'unit', 'b')).toBeNull()
    expect(await takeSubmission(null, 'other', 'a')).toBeNull()
  })
  it('can be switched off for load tests', async () => {
    process.env.FORMS_RATE_LIMIT = 'off'
    process.env.FORMS_RATE_LIMIT_POINTS = '1'
    for (let i = 0; i < 5; i++) expect(await takeSubmission(null, 'off', 'a')).toBeNull()
  })
})
