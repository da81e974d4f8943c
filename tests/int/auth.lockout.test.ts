import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorOf, startApiServer } from '../helpers/authApi'
import { countPasswordChecks } from '../helpers/passwordChecks'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

// Many parallel logins from one address: the per-IP throttle is not what is under test here.
process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '1000'

let ctx: Awaited<ReturnType<typeof startPayload>>
let api: Awaited<ReturnType<typeof startApiServer>>
let world: World

beforeAll(async () => {
  ctx = await startPayload('auth-lockout')
  world = await createWorld(ctx.payload)
  api = await startApiServer(ctx.payload.config)
})
afterAll(async () => {
  await api?.close()
  await ctx?.stop()
})

/** `n` wrong passwords for `email` at once, then the right one. */
async function burst(email: string, n: number) {
  const figure = await countPasswordChecks(ctx.payload, email, () =>
    Promise.all(Array.from({ length: n }, () => api.login(email, 'wrong-password'))),
  )
  console.info(
    `${n} parallel wrong passwords: ${figure.checked} checked, ${figure.storedAttempts} stored`,
  )
  return { ...figure, after: await api.login(email, password) }
}

describe('at most 5 wrong passwords per account are ever checked', () => {
  it('30 parallel wrong passwords: 5 checked, then the account is locked', async () => {
    const { checked, after } = await burst(world.users.memberA.email, 30)
    expect(checked).toBeLessThanOrEqual(5)
    expect(after.status).toBe(401)
    expect(errorOf(after)).toMatch(/locked/i)
  })

  it('60 parallel wrong passwords: 5 checked, then the account is locked', async () => {
    const { checked, after } = await burst(world.users.memberB.email, 60)
    expect(checked).toBeLessThanOrEqual(5)
    expect(after.status).toBe(401)
    expect(errorOf(after)).toMatch(/locked/i)
  })

  it('a sequence of wrong passwords is cut at 5 as well, through GraphQL too', async () => {
    const email = world.users.editor.email
    const mutation = `mutation($e: String!) { loginUser(email: $e, password: "wrong") { token } }`
    const { checked } = await countPasswordChecks(ctx.payload, email, async () => {
      for (let i = 0; i < 12; i++) await api.gql(mutation, undefined, { e: email })
    })
    expect(checked).toBe(5)
  })
})
