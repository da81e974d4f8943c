import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorOf, startApiServer } from '../helpers/authApi'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

// This file locks accounts over and over from one address; the per-IP throttle has its own test.
process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '100'

let ctx: Awaited<ReturnType<typeof startPayload>>
let api: Awaited<ReturnType<typeof startApiServer>>
let world: World
const tokens: Record<'admin' | 'editor' | 'member', string> = { admin: '', editor: '', member: '' }

const lockOut = async (email: string) => {
  for (let i = 0; i < 5; i++) expect((await api.login(email, 'wrong-password')).status).toBe(401)
  const locked = await api.login(email, password)
  expect(locked.status).toBe(401)
  expect(errorOf(locked)).toMatch(/locked/i)
}

beforeAll(async () => {
  ctx = await startPayload('auth-unlock')
  world = await createWorld(ctx.payload)
  api = await startApiServer(ctx.payload.config)
  tokens.admin = await api.tokenOf(world.users.admin.email, password)
  tokens.editor = await api.tokenOf(world.users.editor.email, password)
  tokens.member = await api.tokenOf(world.users.memberA.email, password)
  await lockOut(world.users.admin.email)
})
afterAll(async () => {
  await api?.close()
  await ctx?.stop()
})

describe('only admins unlock accounts', () => {
  it('a member, an editor and a visitor cannot unlock the locked admin over REST', async () => {
    const email = world.users.admin.email
    for (const token of [tokens.member, tokens.editor, undefined]) {
      const answer = await api.call('POST', '/api/users/unlock', { email }, token)
      expect(answer.status).toBe(403)
    }
    const stillLocked = await api.login(email, password)
    expect(stillLocked.status).toBe(401)
    expect(errorOf(stillLocked)).toMatch(/locked/i)
  })

  it('a member cannot unlock the locked admin through GraphQL', async () => {
    const email = world.users.admin.email
    const answer = await api.gql(`mutation { unlockUser(email: "${email}") }`, tokens.member)
    expect(answer.body.errors).toBeTruthy()
    expect((answer.body.data as { unlockUser?: unknown } | null)?.unlockUser ?? null).toBeNull()
    const stillLocked = await api.login(email, password)
    expect(errorOf(stillLocked)).toMatch(/locked/i)
  })

  it('an admin unlocks a member, who can then log in at once', async () => {
    const email = world.users.memberB.email
    await lockOut(email)
    const unlock = await api.call('POST', '/api/users/unlock', { email }, tokens.admin)
    expect(unlock.status).toBe(200)
    expect((await api.login(email, password)).status).toBe(200)
  })

  it('an admin unlocks through GraphQL too', async () => {
    const email = world.users.memberB.email
    await lockOut(email)
    const answer = await api.gql(`mutation { unlockUser(email: "${email}") }`, tokens.admin)
    expect(answer.body.errors).toBeUndefined()
    expect((await api.login(email, password)).status).toBe(200)
  })
})
