import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Answer, startAuthWorld } from '../helpers/authApi'
import { password } from '../helpers/world'

// Dozens of logins from one address: the per-IP throttle has its own test.
process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '1000'
process.env.AUTH_RATE_LIMIT_FORGOT_POINTS = '1000'

let t: Awaited<ReturnType<typeof startAuthWorld>>

beforeAll(async () => {
  t = await startAuthWorld('auth-enum')
})
afterAll(() => t?.stop())

const visible = (a: Answer) => ({ status: a.status, body: a.body })
const timed = async (run: () => Promise<Answer>) => {
  const start = performance.now()
  const answer = await run()
  return { answer, ms: performance.now() - start }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

describe('login does not tell who has an account', () => {
  it('a wrong password and an unknown email get the same answer in about the same time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 8; i++) {
      // Two wrong passwords per existing account, so that none gets locked.
      const email = [
        t.world.users.editor,
        t.world.users.memberA,
        t.world.users.memberB,
        t.world.users.admin,
      ][i % 4]!.email
      const k = await timed(() => t.api.login(email, `wrong-${i}`))
      const u = await timed(() => t.api.login(`nobody-${i}@test.example`, `wrong-${i}`))
      expect(visible(u.answer)).toEqual(visible(k.answer))
      known.push(k.ms)
      unknown.push(u.ms)
    }
    // Coarse: an unknown email used to answer 10-20 times faster (no password hash at all).
    expect(median(unknown)).toBeGreaterThan(median(known) / 3)
  })

  it('an unknown email is "locked" after 5 wrong passwords, as an existing account is', async () => {
    const existing = t.world.users.memberA.email
    // memberA already had two wrong passwords above; bring it to five.
    for (let i = 0; i < 3; i++) await t.api.login(existing, 'wrong')
    const ghost = 'ghost@test.example'
    for (let i = 0; i < 5; i++) await t.api.login(ghost, 'wrong')
    const lockedKnown = await t.api.login(existing, 'wrong')
    const lockedGhost = await t.api.login(ghost, 'wrong')
    expect(lockedKnown.status).toBe(401)
    expect(JSON.stringify(lockedKnown.body)).toMatch(/locked/i)
    expect(visible(lockedGhost)).toEqual(visible(lockedKnown))
  })

  it('forgot-password answers the same for known and unknown emails', async () => {
    const known = await t.api.call('POST', '/api/users/forgot-password', {
      email: t.world.users.editor.email,
    })
    const unknown = await t.api.call('POST', '/api/users/forgot-password', {
      email: 'nobody@test.example',
    })
    expect(known.status).toBe(200)
    expect(visible(unknown)).toEqual(visible(known))
    expect(password).toBeTruthy()
  })
})
