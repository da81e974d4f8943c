import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { secureCookies } from '../../cms/auth/cookies'
import { startAuthWorld } from '../helpers/authApi'
import { password } from '../helpers/world'

// A CMS published at an https address, as behind a TLS-terminating proxy.
process.env.CMS_URL = 'https://cms.test.example'

let t: Awaited<ReturnType<typeof startAuthWorld>>

beforeAll(async () => {
  t = await startAuthWorld('auth-cookies')
})
afterAll(async () => {
  await t?.stop()
  delete process.env.CMS_URL
})

describe('the login cookie', () => {
  it('is Secure, HttpOnly and SameSite=Lax when the CMS is served over https', async () => {
    const answer = await t.api.login(t.world.users.memberA.email, password)
    expect(answer.status).toBe(200)
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
  })

  it('is Secure in production unless CMS_URL names a plain http address', () => {
    expect(secureCookies({ NODE_ENV: 'production' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', CMS_URL: 'https://cms.example' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'development', CMS_URL: 'https://cms.example' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', CMS_URL: 'http://10.0.0.5:3000' })).toBe(false)
    expect(secureCookies({ NODE_ENV: 'development' })).toBe(false)
  })
})
