import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorOf, startAuthWorld } from '../helpers/authApi'
import { password } from '../helpers/world'

// This file locks accounts over and over from one address; the per-IP throttle has its own test.
process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '100'

let t: Awaited<ReturnType<typeof startAuthWorld>>
const tokens: Record<'admin' | 'editor' | 'member', string> = { admin: '', editor: '', member: '' }

const lockOut = async (email: string) => {
  for (let i = 0; i < 5; i++) expect((await t.api.login(email, 'wrong-password')).status).toBe(401)
  const locked = await t.api.login(email, password)
  expect(locked.status).toBe(401)
  expect(errorOf(locked)).toMatch(/locked/i)
}

beforeAll(async () => {
  t = await startAuthWorld('auth-unlock')
  tokens.admin = await t.api.tokenOf(t.world.users.admin.email, password)
  tokens.editor = await t.api.tokenOf(t.world.users.editor.email, password)
  tokens.member = await t.api.tokenOf(t.world.users.memberA.email, password)
  await lockOut(t.world.users.admin.email)
})
afterAll(() => t?.stop())

describe('only admins unlock accounts', () => {
  it('a member, an editor and a visitor cannot unlock the locked admin over REST', async () => {
    const email = t.world.users.admin.email
    for (const token of [tokens.member, tokens.editor, undefined]) {
      const answer = await t.api.call('POST', '/api/users/unlock', { email }, token)
      expect(answer.status).toBe(403)
    }
    const stillLocked = await t.api.login(email, password)
    expect(stillLocked.status).toBe(401)
    expect(errorOf(stillLocked)).toMatch(/locked/i)
  })

  it('a member cannot unlock the locked admin through GraphQL', async () => {
    const email = t.world.users.admin.email
    const answer = await t.api.gql(`mutation { unlockUser(email: "${email}") }`, tokens.member)
    expect(answer.body.errors).toBeTruthy()
    expect((answer.body.data as { unlockUser?: unknown } | null)?.unlockUser ?? null).toBeNull()
    const stillLocked = await t.api.login(email, password)
    expect(errorOf(stillLocked)).toMatch(/locked/i)
  })

  it('an admin unlocks a member, who can then log in at once', async () => {
    const email = t.world.users.memberB.email
    await lockOut(email)
    const unlock = await t.api.call('POST', '/api/users/unlock', { email }, tokens.admin)
    expect(unlock.status).toBe(200)
    expect((await t.api.login(email, password)).status).toBe(200)
  })

  it('an admin unlocks through GraphQL too', async () => {
    const email = t.world.users.memberB.email
    await lockOut(email)
    const answer = await t.api.gql(`mutation { unlockUser(email: "${email}") }`, tokens.admin)
    expect(answer.body.errors).toBeUndefined()
    expect((await t.api.login(email, password)).status).toBe(200)
  })
})
