import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorOf, startAuthWorld } from '../helpers/authApi'
import { countPasswordChecks } from '../helpers/passwordChecks'
import { password } from '../helpers/world'

// Many parallel logins from one address: the per-IP throttle is not what is under test here.
process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '1000'

let t: Awaited<ReturnType<typeof startAuthWorld>>

beforeAll(async () => {
  t = await startAuthWorld('auth-lockout')
})
afterAll(() => t?.stop())

/** `n` wrong passwords for `email` at once, then the right one. */
async function burst(email: string, n: number) {
  const figure = await countPasswordChecks(t.ctx.payload, email, () =>
    Promise.all(Array.from({ length: n }, () => t.api.login(email, 'wrong-password'))),
  )
  console.info(
    `${n} parallel wrong passwords: ${figure.checked} checked, ${figure.storedAttempts} stored`,
  )
  return { ...figure, after: await t.api.login(email, password) }
}

describe('at most 5 wrong passwords per account are ever checked', () => {
  it('30 parallel wrong passwords: 5 checked, then the account is locked', async () => {
    const { checked, after } = await burst(t.world.users.memberA.email, 30)
    expect(checked).toBeLessThanOrEqual(5)
    expect(after.status).toBe(401)
    expect(errorOf(after)).toMatch(/locked/i)
  })

  it('60 parallel wrong passwords: 5 checked, then the account is locked', async () => {
    const { checked, after } = await burst(t.world.users.memberB.email, 60)
    expect(checked).toBeLessThanOrEqual(5)
    expect(after.status).toBe(401)
    expect(errorOf(after)).toMatch(/locked/i)
  })

  it('a sequence of wrong passwords is cut at 5 as well, through GraphQL too', async () => {
    const email = t.world.users.editor.email
    const mutation = `mutation($e: String!) { loginUser(email: $e, password: "wrong") { token } }`
    const { checked } = await countPasswordChecks(t.ctx.payload, email, async () => {
      for (let i = 0; i < 12; i++) await t.api.gql(mutation, undefined, { e: email })
    })
    expect(checked).toBe(5)
  })
})
