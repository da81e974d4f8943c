import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Answer, startApiServer } from '../helpers/authApi'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

// Dozens of logins from one address: the per-IP throttle has its own test.
process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '1000'
process.env.AUTH_RATE_LIMIT_FORGOT_POINTS = '1000'

let ctx: Awaited<ReturnType<typeof startPayload>>
let api: Awaited<ReturnType<typeof startApiServer>>
let world: World

beforeAll(async () => {
  ctx = await startPayload('auth-enum')
  world = await createWorld(ctx.payload)
  api = await startApiServer(ctx.payload.config)
})
afterAll(async () => {
  await api?.close()
  await ctx?.stop()
})

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
        world.users.editor,
        world.users.memberA,
        world.users.memberB,
        world.users.admin,
      ][i % 4]!.email
      const k = await timed(() => api.login(email, `wrong-${i}`))
      const u = await timed(() => api.login(`nobody-${i}@test.example`, `wrong-${i}`))
      expect(visible(u.answer)).toEqual(visible(k.answer))
      known.push(k.ms)
      unknown.push(u.ms)
    }
    // Coarse: an unknown email used to answer 10-20 times faster (no password hash at all).
    expect(median(unknown)).toBeGreaterThan(median(known) / 3)
  })

  it('an unknown email is "locked" after 5 wrong passwords, as an existing account is', async () => {
    const existing = world.users.memberA.email
    // memberA already had two wrong passwords above; bring it to five.
    for (let i = 0; i < 3; i++) await api.login(existing, 'wrong')
    const ghost = 'ghost@test.example'
    for (let i = 0; i < 5; i++) await api.login(ghost, 'wrong')
    const lockedKnown = await api.login(existing, 'wrong')
    const lockedGhost = await api.login(ghost, 'wrong')
    expect(lockedKnown.status).toBe(401)
    expect(JSON.stringify(lockedKnown.body)).toMatch(/locked/i)
    expect(visible(lockedGhost)).toEqual(visible(lockedKnown))
  })

  it('forgot-password answers the same for known and unknown emails', async () => {
    const known = await api.call('POST', '/api/users/forgot-password', {
      email: world.users.editor.email,
    })
    const unknown = await api.call('POST', '/api/users/forgot-password', {
      email: 'nobody@test.example',
    })
    expect(known.status).toBe(200)
    expect(visible(unknown)).toEqual(visible(known))
    expect(password).toBeTruthy()
  })
})
