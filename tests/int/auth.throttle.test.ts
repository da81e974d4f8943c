import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ipLimit, resetAuthLimits } from '../../cms/auth/limits'
import { errorOf, startAuthWorld } from '../helpers/authApi'
import { password } from '../helpers/world'

let t: Awaited<ReturnType<typeof startAuthWorld>>

beforeAll(async () => {
  t = await startAuthWorld('auth-throttle')
})
afterAll(() => t?.stop())

describe('a client IP is throttled on login and forgot-password', () => {
  it('by default 20 logins per 10 minutes and 5 forgot-password requests per hour', () => {
    expect(ipLimit('login')).toEqual({ points: 20, seconds: 600 })
    expect(ipLimit('forgot')).toEqual({ points: 5, seconds: 3600 })
  })

  it('a login attempt over the limit gets 429, Retry-After and a Bulgarian message', async () => {
    await resetAuthLimits(t.ctx.payload)
    // Each attempt costs a password hash; a lower limit keeps the test short.
    process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '6'
    const bg = { 'accept-language': 'bg' }
    // Different unknown emails: the per-account limit never comes into play.
    for (let i = 0; i < 6; i++) {
      expect((await t.api.login(`guess-${i}@test.example`, 'wrong', bg)).status).toBe(401)
    }
    const refused = await t.api.login(t.world.users.editor.email, password, bg)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    expect(errorOf(refused)).toMatch(/Твърде много опити за вход.*мин/)
  })

  it('good logins do not use up the allowance', async () => {
    await resetAuthLimits(t.ctx.payload)
    for (let i = 0; i < 8; i++) {
      expect((await t.api.login(t.world.users.memberA.email, password)).status).toBe(200)
    }
  })

  it('the 6th forgot-password request within an hour gets 429, in German', async () => {
    await resetAuthLimits(t.ctx.payload)
    const de = { 'accept-language': 'de' }
    const ask = (i: number) =>
      t.api.call(
        'POST',
        '/api/users/forgot-password',
        { email: `x${i}@test.example` },
        undefined,
        de,
      )
    for (let i = 0; i < 5; i++) expect((await ask(i)).status).toBe(200)
    const refused = await ask(5)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000)
    expect(errorOf(refused)).toMatch(/Zu viele Anfragen/)
  })

  it('the limits follow AUTH_RATE_LIMIT_LOGIN_POINTS and _SECONDS', async () => {
    process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '2'
    process.env.AUTH_RATE_LIMIT_LOGIN_SECONDS = '60'
    await resetAuthLimits(t.ctx.payload)
    try {
      for (let i = 0; i < 2; i++) await t.api.login(`env-${i}@test.example`, 'wrong')
      const refused = await t.api.login('env-x@test.example', 'wrong')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    } finally {
      delete process.env.AUTH_RATE_LIMIT_LOGIN_POINTS
      delete process.env.AUTH_RATE_LIMIT_LOGIN_SECONDS
    }
  })

  it('staff approving applications (welcome links) do not use up the forgot allowance', async () => {
    await resetAuthLimits(t.ctx.payload)
    process.env.AUTH_RATE_LIMIT_FORGOT_POINTS = '1'
    try {
      const token = await t.api.tokenOf(t.world.users.admin.email, password)
      for (const n of [1, 2]) {
        const application = await t.ctx.payload.create({
          collection: 'applications',
          data: {
            companyName: `Welcome ${n} Ltd`,
            legalId: '131468980',
            contactName: 'Petra Ivanova',
            email: `welcome${n}@firm.example`,
            motivation: 'We build cloud software and want to export with the cluster.',
            consent: true,
            locale: 'en',
          } as never,
          overrideAccess: false,
          context: { publicForm: true },
        })
        for (const status of ['reviewing', 'approved']) {
          const path = `/api/applications/${application.id}`
          const answer = await t.api.call('PATCH', path, { status }, token)
          expect(answer.status, JSON.stringify(answer.body)).toBe(200)
        }
      }
    } finally {
      delete process.env.AUTH_RATE_LIMIT_FORGOT_POINTS
    }
  })
})
