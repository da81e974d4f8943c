import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fillRegistrationKeys } from '../../cms/matchmaking/registrationKey'
import { issueToken, revokeSessions } from '../../cms/matchmaking/session'
import { startRestServer } from '../helpers/http'
import { type Mail, newMails, readMails, sendQueuedMail } from '../helpers/mail'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let api: string
let eventId: number
let sessionId: string
const site = new URL(process.env.SITE_URL || 'http://localhost:4321').origin
const cmsUrl = 'https://cms.mm.example'
const sys = { overrideAccess: true, context: { seeding: true } } as const
const day = 24 * 3600 * 1000
const savedEnv = { CMS_URL: process.env.CMS_URL, FORMS_RATE_LIMIT: process.env.FORMS_RATE_LIMIT }

const registration = (extra: Record<string, unknown> = {}) => ({
  event: 'b2b-day',
  locale: 'en',
  homepage: '',
  startedAt: Date.now() - 30_000,
  name: 'Ana Petrova',
  email: 'ana@buyer.example',
  organisation: 'Buyer Ltd',
  organisationKind: 'company',
  country: 'BG',
  role: 'CTO',
  languages: ['bg', 'en'],
  timeZone: 'Europe/Sofia',
  consent: true,
  profile: 'We build ERP integrations.',
  offers: [{ title: 'SAP connector', description: 'Connects SAP to shops', categories: ['cloud'] }],
  requests: [{ title: 'ERP integration partner', description: '', categories: [] }],
  attends: [] as string[],
  ...extra,
})

type Answer = { status: number; headers: Headers; body: Record<string, unknown> }

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: {
      Origin: site,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} }
}

const session = (s: string) => ({ 'X-Matchmaking-Session': s })

/** The mails sent since `before`, after running the outbox. */
async function mailsSince(before: Mail[]) {
  await sendQueuedMail(payload)
  return newMails(ctx.dataDir, before)
}

const linkIn = (mail: Mail, kind: 'confirm' | 'signin') =>
  new RegExp(`#${kind}=([A-Za-z0-9_-]{43})`).exec(mail.body)?.[1] ?? null

const participantsWith = async (email: string) =>
  (
    await payload.find({
      collection: 'participants',
      where: { email: { equals: email } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

/** Registers an address and confirms it through the mailed link: its session. */
async function registerAndConfirm(email: string, extra: Record<string, unknown> = {}) {
  const before = readMails(ctx.dataDir)
  const reg = await call('POST', '/register', registration({ email, ...extra }))
  expect(reg.status).toBe(201)
  const [mail] = (await mailsSince(before)).filter((m) => m.to.includes(email))
  const token = linkIn(mail!, 'confirm')!
  const confirmed = await call('POST', '/confirm', { token, locale: 'en' })
  expect(confirmed.status).toBe(200)
  return {
    session: confirmed.body.session as string,
    participant: confirmed.body.participant as Record<string, unknown>,
  }
}

beforeAll(async () => {
  process.env.CMS_URL = cmsUrl
  process.env.FORMS_RATE_LIMIT = 'off'
  ctx = await startPayload('matchmaking-auth')
  payload = ctx.payload
  await payload.create({
    collection: 'categories',
    data: { name: 'Cloud', slug: 'cloud', _status: 'published' },
    ...sys,
  })
  await payload.create({
    collection: 'members',
    data: {
      name: 'Alpha Soft',
      country: 'BG',
      website: 'https://www.alpha.example/',
      _status: 'published',
    },
    ...sys,
  })
  const event = (title: string, slug: string, opens: number, closes: number, vetted = false) =>
    payload.create({
      collection: 'events',
      data: {
        title,
        slug,
        kind: 'b2b-matchmaking',
        start: new Date(Date.now() + 10 * day).toISOString(),
        end: new Date(Date.now() + 10 * day + 8 * 3600 * 1000).toISOString(),
        timeZone: 'Europe/Sofia',
        format: 'in-person',
        status: 'scheduled',
        matchmaking: {
          enabled: true,
          registrationOpens: new Date(Date.now() + opens).toISOString(),
          registrationCloses: new Date(Date.now() + closes).toISOString(),
          scheduling: 'self',
          requireValidation: vetted,
        },
        matchmakingSessions: [
          {
            name: 'Morning',
            start: new Date(Date.now() + 10 * day).toISOString(),
            end: new Date(Date.now() + 10 * day + 3 * 3600 * 1000).toISOString(),
            meetingMinutes: 20,
            breakMinutes: 5,
            tables: 10,
          },
        ],
        _status: 'published',
      } as never,
      ...sys,
    })
  const open = await event('B2B Day', 'b2b-day', -day, 5 * day)
  eventId = open.id
  sessionId = open.matchmakingSessions![0]!.id!
  await event('Closed Day', 'closed-day', -5 * day, -day)
  await event('Vetted Day', 'vetted-day', -day, 5 * day, true)
  server = await startRestServer(payload.config)
  api = `${server.url}/api/matchmaking`
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
  for (const [k, v] of Object.entries(savedEnv))
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
})

describe('registration and confirmation', () => {
  it('mails a confirm link in the registrant’s language; the link signs in once and GET me works', async () => {
    const before = readMails(ctx.dataDir)
    const reg = await call(
      'POST',
      '/register',
      registration({ email: 'Ivan@Alpha.example', locale: 'bg', attends: [sessionId] }),
    )
    expect(reg.status).toBe(201)
    expect(reg.body.ok).toBe(true)
    expect(reg.body.message).toMatch(/имейл/)
    const [stored] = await participantsWith('ivan@alpha.example')
    expect(stored?.status).toBe('unconfirmed')
    expect(stored?.event).toBe(eventId)
    expect(stored?.locale).toBe('bg')
    // Its email's domain is a member's website: linked for staff, who can trust it.
    expect(stored?.member).toBeTruthy()

    const mails = await mailsSince(before)
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail.to).toContain('ivan@alpha.example')
    expect(mail.subject).toBe('Потвърдете регистрацията си за B2B Day')
    expect(mail.body).toContain(`${site}/bg/events/b2b-day/matchmaking/#confirm=`)
    expect(mail.raw).toMatch(/text\/html/)
    const token = linkIn(mail, 'confirm')!
    // The secret lived in the job's input only: the job is gone once the mail went out.
    const jobs = await payload.db.find({ collection: 'payload-jobs', where: {}, limit: 100 })
    expect(JSON.stringify(jobs.docs)).not.toContain(token)

    const confirmed = await call('POST', '/confirm', { token, locale: 'bg' })
    expect(confirmed.status).toBe(200)
    const me = confirmed.body.participant as Record<string, unknown>
    expect(me.status).toBe('validated')
    expect(me.email).toBe('ivan@alpha.example')
    expect(me.attends).toEqual([sessionId])
    expect(me.member).toMatchObject({ name: 'Alpha Soft' })
    expect(me.calendarUrl).toMatch(
      new RegExp(`^${cmsUrl}/api/matchmaking/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
    )
    const got = await call(
      'GET',
      '/me?locale=bg',
      undefined,
      session(String(confirmed.body.session)),
    )
    expect(got.status).toBe(200)
    expect(got.body).toMatchObject({
      id: stored!.id,
      name: 'Ana Petrova',
      calendarUrl: me.calendarUrl,
    })
    expect((got.body.offers as { categories: unknown[] }[])[0]!.categories).toEqual([
      { slug: 'cloud', name: 'Cloud' },
    ])

    const again = await call('POST', '/confirm', { token, locale: 'en' })
    expect(again.status).toBe(400)
    expect(again.body.codes).toEqual({ _form: 'linkExpired' })
  })

  it('where staff vet participants, confirming leaves one pending, signed in but not yet shown', async () => {
    const { participant } = await registerAndConfirm('vetted@buyer.example', {
      event: 'vetted-day',
    })
    expect(participant.status).toBe('pending')
    const [stored] = await participantsWith('vetted@buyer.example')
    expect(stored?.status).toBe('pending')
    expect(stored?.emailConfirmedAt).toBeTruthy()
  })

  it('does not link a member for an address at another domain', async () => {
    await call('POST', '/register', registration({ email: 'eve@alpha.example.evil.test' }))
    const [stored] = await participantsWith('eve@alpha.example.evil.test')
    expect(stored?.member ?? null).toBeNull()
  })

  it('refuses an expired confirm link and an expired sign-in link', async () => {
    await call('POST', '/register', registration({ email: 'late@buyer.example' }))
    const [p] = await participantsWith('late@buyer.example')
    const old = new Date(Date.now() - 2 * day)
    const confirmToken = await issueToken(payload, p!.id, 'confirm', old)
    const refused = await call('POST', '/confirm', { token: confirmToken })
    expect(refused.status).toBe(400)
    expect(refused.body.codes).toEqual({ _form: 'linkExpired' })
    await payload.update({
      collection: 'participants',
      id: p!.id,
      data: { status: 'validated', emailConfirmedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    const signinToken = await issueToken(payload, p!.id, 'signin', new Date(Date.now() - 3600_000))
    const late = await call('POST', '/session', { token: signinToken })
    expect(late.status).toBe(400)
    expect(late.body.codes).toEqual({ _form: 'linkExpired' })
    // A confirm link is not a sign-in link, nor the other way round.
    const fresh = await issueToken(payload, p!.id, 'confirm')
    expect((await call('POST', '/session', { token: fresh })).status).toBe(400)
  })

  it('a second registration with the same address stores nothing and mails a sign-in link', async () => {
    await registerAndConfirm('twice@buyer.example')
    const count = async () => (await payload.count({ collection: 'participants' })).totalDocs
    const n = await count()
    const before = readMails(ctx.dataDir)
    const first = await call('POST', '/register', registration({ email: 'fresh@buyer.example' }))
    const second = await call(
      'POST',
      '/register',
      registration({ email: 'TWICE@buyer.example', name: 'Mallory', organisation: 'Other' }),
    )
    expect(second.status).toBe(first.status)
    expect(second.body).toEqual(first.body)
    expect(await count()).toBe(n + 1)
    const [kept] = await participantsWith('twice@buyer.example')
    expect(kept?.name).toBe('Ana Petrova')
    const mails = await mailsSince(before)
    const toTwice = mails.filter((m) => m.to.includes('twice@buyer.example'))
    expect(toTwice).toHaveLength(1)
    expect(linkIn(toTwice[0]!, 'signin')).not.toBeNull()
    expect(toTwice[0]!.subject).toBe('Your sign-in link for B2B Day')
  })

  it('two identical registrations sent at the same moment store one participant and both get 201', async () => {
    const before = readMails(ctx.dataDir)
    const email = 'race@buyer.example'
    // Each save waits a little before it is written, as on a busy server: both requests find no
    // registration of the address before either stores one, so only the database can refuse.
    const hooks = payload.collections.participants.config.hooks.beforeChange
    const slowSave = () => new Promise((resolve) => setTimeout(resolve, 300))
    hooks.unshift(slowSave)
    const answers = await Promise.all([
      call('POST', '/register', registration({ email })),
      call('POST', '/register', registration({ email: email.toUpperCase() })),
    ]).finally(() => hooks.splice(hooks.indexOf(slowSave), 1))
    expect(answers.map((a) => a.status)).toEqual([201, 201])
    expect(answers[1]!.body).toEqual(answers[0]!.body)
    expect(await participantsWith(email)).toHaveLength(1)
    // Each sender's owner of the address gets a link (confirm, as the first is not confirmed yet).
    const toRace = (await mailsSince(before)).filter((m) => m.to.includes(email))
    expect(toRace.length).toBeGreaterThanOrEqual(1)
    expect(toRace.every((m) => linkIn(m, 'confirm') !== null)).toBe(true)
  })

  it('the database refuses a second participant with an address already registered for the event, also by a staff edit', async () => {
    const data = {
      event: eventId,
      status: 'validated',
      name: 'Staff Added',
      email: 'kept@buyer.example',
      organisation: 'Kept Ltd',
      organisationKind: 'company',
      country: 'BG',
      timeZone: 'Europe/Sofia',
      locale: 'en',
      consent: true,
    } as const
    const kept = await payload.create({ collection: 'participants', data, ...sys })
    await expect(
      payload.create({
        collection: 'participants',
        data: { ...data, email: 'Kept@Buyer.example' },
        ...sys,
      }),
    ).rejects.toThrow()
    const other = await payload.create({
      collection: 'participants',
      data: { ...data, email: 'other@buyer.example' },
      ...sys,
    })
    await expect(
      payload.update({
        collection: 'participants',
        id: other.id,
        data: { email: 'kept@buyer.example' },
        ...sys,
      }),
    ).rejects.toThrow()
    // Its own key moves with a changed address: the old one is free again.
    await payload.update({
      collection: 'participants',
      id: kept.id,
      data: { email: 'moved@buyer.example' },
      ...sys,
    })
    await payload.update({
      collection: 'participants',
      id: other.id,
      data: { email: 'kept@buyer.example' },
      ...sys,
    })
  })

  it('the migration fills the key of earlier participants, oldest first, leaving a repeated address without one', async () => {
    const base = {
      event: eventId,
      status: 'validated',
      name: 'Before The Key',
      organisation: 'Old Ltd',
      organisationKind: 'company',
      country: 'BG',
      timeZone: 'Europe/Sofia',
      locale: 'en',
      consent: true,
    } as const
    const made = []
    for (const email of ['old@buyer.example', 'old2@buyer.example', 'other-old@buyer.example'])
      made.push(
        await payload.create({ collection: 'participants', data: { ...base, email }, ...sys }),
      )
    const [first, repeat, other] = made
    // As stored before the key existed: no keys, and the second a repeat of the first's address.
    for (const [doc, data] of [
      [first, { registrationKey: null }],
      [repeat, { registrationKey: null, email: 'Old@Buyer.example' }],
      [other, { registrationKey: null }],
    ] as const)
      await payload.db.updateOne({
        collection: 'participants',
        id: doc!.id,
        data,
        returning: false,
      })
    await fillRegistrationKeys(payload)
    const keyOf = async (id: number) =>
      (
        (await payload.db.findOne({
          collection: 'participants',
          where: { id: { equals: id } },
        })) as { registrationKey?: string | null }
      ).registrationKey ?? null
    expect(await keyOf(first!.id)).toBe(`${eventId}:old@buyer.example`)
    expect(await keyOf(repeat!.id)).toBeNull()
    expect(await keyOf(other!.id)).toBe(`${eventId}:other-old@buyer.example`)
  })

  it('refuses registration outside the window (403) and for an event without it (400)', async () => {
    const closed = await call('POST', '/register', registration({ event: 'closed-day' }))
    expect(closed.status).toBe(403)
    expect(closed.body.codes).toEqual({ _form: 'registrationClosed' })
    const none = await call('POST', '/register', registration({ event: 'no-such-day' }))
    expect(none.status).toBe(400)
    expect(none.body.codes).toEqual({ _form: 'registrationClosed' })
  })

  it('refuses unknown categories and sessions of another event as field errors', async () => {
    const r = await call(
      'POST',
      '/register',
      registration({
        email: 'cats@buyer.example',
        offers: [{ title: 'Thing', categories: ['no-such'] }],
        attends: ['abc123'],
      }),
    )
    expect(r.status).toBe(400)
    expect(r.body.codes).toEqual({ offers: 'unknownTarget', attends: 'unknownTarget' })
    expect(await participantsWith('cats@buyer.example')).toHaveLength(0)
  })

  it('refuses a form sent too fast and a filled honeypot', async () => {
    const fast = await call('POST', '/register', registration({ startedAt: Date.now() - 500 }))
    expect(fast.body.codes).toEqual({ _form: 'tooFast' })
    const bot = await call('POST', '/register', registration({ homepage: 'http://spam' }))
    expect(bot.body.codes).toEqual({ _form: 'spam' })
  })
})

describe('sign-in links', () => {
  it('answers the same for a registered and an unknown address, and mails only the first', async () => {
    await registerAndConfirm('known@buyer.example')
    const before = readMails(ctx.dataDir)
    const ask = async (email: string) => {
      const t0 = performance.now()
      const r = await call('POST', '/signin', { event: 'b2b-day', email, locale: 'de' })
      return { ...r, ms: performance.now() - t0 }
    }
    const known: Awaited<ReturnType<typeof ask>>[] = []
    const unknown: typeof known = []
    for (let i = 0; i < 3; i++) {
      known.push(await ask('known@buyer.example'))
      unknown.push(await ask(`nobody${i}@buyer.example`))
    }
    for (const r of [...known, ...unknown]) {
      expect(r.status).toBe(202)
      expect(r.body).toEqual(known[0]!.body)
    }
    const median = (rs: typeof known) => rs.map((r) => r.ms).sort((a, b) => a - b)[1]!
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(150)

    const mails = await mailsSince(before)
    expect(mails.every((m) => m.to.includes('known@buyer.example'))).toBe(true)
    expect(mails).toHaveLength(3)
    const token = linkIn(mails[0]!, 'signin')!
    const signedIn = await call('POST', '/session', { token })
    expect(signedIn.status).toBe(200)
    const me = await call('GET', '/me', undefined, session(String(signedIn.body.session)))
    expect(me.body.email).toBe('known@buyer.example')
    const reused = await call('POST', '/session', { token })
    expect(reused.status).toBe(400)
    expect(reused.body.codes).toEqual({ _form: 'linkExpired' })
  })

  it('sends a link to a participant staff added as validated', async () => {
    await payload.create({
      collection: 'participants',
      data: {
        event: eventId,
        status: 'validated',
        name: 'Staff Added',
        email: 'added@buyer.example',
        organisation: 'Added Ltd',
        organisationKind: 'company',
        country: 'BG',
        timeZone: 'Europe/Sofia',
        locale: 'de',
        consent: true,
      } as never,
      overrideAccess: true,
    })
    const before = readMails(ctx.dataDir)
    await call('POST', '/signin', { event: 'b2b-day', email: 'added@buyer.example', locale: 'en' })
    const [mail] = await mailsSince(before)
    expect(mail?.subject).toBe('Ihr Anmeldelink für B2B Day')
    const signedIn = await call('POST', '/session', { token: linkIn(mail!, 'signin') })
    expect(signedIn.status).toBe(200)
    // Its calendar key is made on first need.
    expect((signedIn.body.participant as { calendarUrl: string }).calendarUrl).toMatch(/\.ics$/)
  })

  it('sends no link to an unconfirmed or a rejected participant', async () => {
    await call('POST', '/register', registration({ email: 'unconfirmed@buyer.example' }))
    const { participant } = await registerAndConfirm('rejected@buyer.example')
    await payload.update({
      collection: 'participants',
      id: participant.id as number,
      data: { status: 'rejected' },
      overrideAccess: true,
    })
    await sendQueuedMail(payload)
    const before = readMails(ctx.dataDir)
    for (const email of ['unconfirmed@buyer.example', 'rejected@buyer.example'])
      expect(
        (await call('POST', '/signin', { event: 'b2b-day', email, locale: 'en' })).status,
      ).toBe(202)
    expect(await mailsSince(before)).toHaveLength(0)
  })
})

describe('sessions', () => {
  it('signing out, rejection and staff revocation each end a session', async () => {
    const a = await registerAndConfirm('out@buyer.example')
    expect((await call('GET', '/me', undefined, session(a.session))).status).toBe(200)
    expect((await call('DELETE', '/session', undefined, session(a.session))).status).toBe(204)
    expect((await call('GET', '/me', undefined, session(a.session))).status).toBe(401)

    const b = await registerAndConfirm('rej@buyer.example')
    await payload.update({
      collection: 'participants',
      id: b.participant.id as number,
      data: { status: 'rejected' },
      overrideAccess: true,
    })
    const rejected = await call('GET', '/me', undefined, session(b.session))
    expect(rejected.status).toBe(401)
    expect(rejected.body.codes).toEqual({ _form: 'signedOut' })

    const c = await registerAndConfirm('revoked@buyer.example')
    await revokeSessions(payload, c.participant.id as number)
    expect((await call('GET', '/me', undefined, session(c.session))).status).toBe(401)
  })

  it('a session without the portal’s Origin is refused, and no session is 401', async () => {
    const a = await registerAndConfirm('origin@buyer.example')
    const foreign = await call('GET', '/me', undefined, {
      ...session(a.session),
      Origin: 'https://evil.example',
    })
    expect(foreign.status).toBe(403)
    expect((await call('GET', '/me')).status).toBe(401)
  })
})

describe('PATCH me', () => {
  it('changes the profile fields and nothing else', async () => {
    const a = await registerAndConfirm('patch@buyer.example')
    const id = a.participant.id as number
    const read = () =>
      payload.findByID({
        collection: 'participants',
        id,
        overrideAccess: true,
        showHiddenFields: true,
        depth: 0,
      })
    const original = await read()
    const attempts: Record<string, unknown>[] = [
      { status: 'validated' },
      { email: 'boss@alpha.example' },
      { event: 999 },
      { member: 1 },
      { calendarKey: 'x'.repeat(43) },
      { emailConfirmedAt: null },
      { profile: 'ok', status: 'rejected' },
    ]
    for (const body of attempts) {
      const r = await call('PATCH', '/me', body, session(a.session))
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(Object.values(r.body.codes as object)).toContain('unknownField')
    }
    expect(await read()).toEqual(original)

    const ok = await call(
      'PATCH',
      '/me',
      {
        locale: 'de',
        profile: 'Neues Profil',
        timeZone: 'Europe/Berlin',
        offers: [{ title: 'Cloud hosting', categories: [{ slug: 'cloud', name: 'Cloud' }] }],
        attends: [sessionId],
      },
      session(a.session),
    )
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({
      profile: 'Neues Profil',
      timeZone: 'Europe/Berlin',
      attends: [sessionId],
      email: 'patch@buyer.example',
      status: 'validated',
      calendarUrl: a.participant.calendarUrl,
      // The answer's language changed, not the mail language.
      locale: 'en',
    })
    const bad = await call('PATCH', '/me', { timeZone: 'Mars/Olympus' }, session(a.session))
    expect(bad.body.codes).toEqual({ timeZone: 'choice' })
  })
})

describe('abuse', () => {
  it('refuses a foreign Origin on register and sign-in, storing nothing', async () => {
    const evil = { Origin: 'https://evil.example' }
    const r = await call('POST', '/register', registration({ email: 'evil@x.example' }), evil)
    expect(r.status).toBe(403)
    expect(r.body.codes).toEqual({ _form: 'origin' })
    expect(r.headers.get('access-control-allow-origin')).toBeNull()
    expect(await participantsWith('evil@x.example')).toHaveLength(0)
    const s = await call(
      'POST',
      '/signin',
      { event: 'b2b-day', email: 'a@b.example', locale: 'en' },
      evil,
    )
    expect(s.status).toBe(403)
  })

  it('lets the portal’s origin preflight with the session header, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${api}/me`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'content-type, x-matchmaking-session',
        },
      })
    const ok = await preflight(site)
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe(site)
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'x-matchmaking-session',
    )
    expect(ok.headers.get('access-control-allow-methods')).toContain('PATCH')
    const evil = await preflight('https://evil.example')
    expect(evil.status).toBe(403)
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('limits registrations and sign-in requests per visitor: 429 with Retry-After', async () => {
    delete process.env.FORMS_RATE_LIMIT
    process.env.FORMS_RATE_LIMIT_POINTS = '2'
    try {
      for (const [path, body] of [
        ['/register', (i: number) => registration({ email: `rl${i}@buyer.example` })],
        ['/signin', (i: number) => ({ event: 'b2b-day', email: `rl${i}@x.example`, locale: 'de' })],
      ] as const) {
        const answers = []
        for (let i = 0; i < 3; i++) answers.push(await call('POST', path, body(i)))
        expect(answers.slice(0, 2).map((a) => a.status)).not.toContain(429)
        expect(answers[2]!.status).toBe(429)
        expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(answers[2]!.body.codes).toEqual({ _form: 'rateLimited' })
      }
      expect(await participantsWith('rl2@buyer.example')).toHaveLength(0)
    } finally {
      process.env.FORMS_RATE_LIMIT = 'off'
      delete process.env.FORMS_RATE_LIMIT_POINTS
    }
  })
})
