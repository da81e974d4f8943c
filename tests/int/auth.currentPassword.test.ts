import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordMatches } from '../../cms/auth/passwordHash'
import { errorOf, startApiServer } from '../helpers/authApi'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '100'

let ctx: Awaited<ReturnType<typeof startPayload>>
let api: Awaited<ReturnType<typeof startApiServer>>
let world: World

beforeAll(async () => {
  ctx = await startPayload('auth-current')
  world = await createWorld(ctx.payload)
  api = await startApiServer(ctx.payload.config)
})
afterAll(async () => {
  await api?.close()
  await ctx?.stop()
})

const stored = (id: number) =>
  ctx.payload.findByID({ collection: 'users', id, overrideAccess: true })

describe('changing an email or password takes the current password', () => {
  it('the check agrees with the hashes Payload writes', async () => {
    const row = await ctx.payload.db.findOne<{ id: number; hash: string; salt: string }>({
      collection: 'users',
      where: { id: { equals: world.users.editor.id } },
    })
    expect(row?.hash).toMatch(/^pbkdf2-sha256-v1:/)
    expect(await passwordMatches(row!, password)).toBe(true)
    expect(await passwordMatches(row!, `${password}x`)).toBe(false)
  })

  it('REST: a member cannot change its email without it, nor with a wrong one', async () => {
    const { id, email } = world.users.memberA
    const token = await api.tokenOf(email, password)
    const patch = (data: object) => api.call('PATCH', `/api/users/${id}`, data, token)

    const bare = await patch({ email: 'taken-over@evil.example' })
    expect(bare.status).toBe(400)
    expect(errorOf(bare) + JSON.stringify(bare.body)).toMatch(/current password/i)
    const wrong = await patch({ email: 'taken-over@evil.example', currentPassword: 'guess' })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toMatch(/not correct/)
    expect((await stored(id)).email).toBe(email)

    const right = await patch({ email: 'new-alpha@test.example', currentPassword: password })
    expect(right.status).toBe(200)
    expect((await stored(id)).email).toBe('new-alpha@test.example')
    expect(JSON.stringify(right.body)).not.toContain(password)
    // Other fields still change without it.
    expect((await patch({ name: 'Alpha contact' })).status).toBe(200)
  })

  it('REST: a password change needs it too, in the requester’s language', async () => {
    const { id, email } = world.users.memberB
    const token = await api.tokenOf(email, password)
    const bg = { 'accept-language': 'bg' }
    const bare = await api.call(
      'PATCH',
      `/api/users/${id}`,
      { password: 'hijacked-pass-1' },
      token,
      bg,
    )
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toContain('Въведете текущата си парола')
    expect((await api.login(email, 'hijacked-pass-1')).status).toBe(401)

    const data = { password: 'new-secret-pass-2', currentPassword: password }
    expect((await api.call('PATCH', `/api/users/${id}`, data, token)).status).toBe(200)
    expect((await api.login(email, 'new-secret-pass-2')).status).toBe(200)
  })

  it('GraphQL: updateUser needs it as well', async () => {
    const { id, email } = world.users.editor
    const token = await api.tokenOf(email, password)
    const mutation = `mutation($id: Int!, $data: mutationUserUpdateInput!) {
      updateUser(id: $id, data: $data) { email } }`
    const bare = await api.gql(mutation, token, { id, data: { email: 'x@evil.example' } })
    expect(JSON.stringify(bare.body.errors)).toMatch(/current password/i)
    expect((await stored(id)).email).toBe(email)
    const data = { email: 'editor2@test.example', currentPassword: password }
    const ok = await api.gql(mutation, token, { id, data })
    expect(ok.body.errors).toBeUndefined()
    expect((await stored(id)).email).toBe('editor2@test.example')
  })

  it('an admin changes another user’s email without it, but not its own', async () => {
    const token = await api.tokenOf(world.users.admin.email, password)
    const other = await api.call(
      'PATCH',
      `/api/users/${world.users.memberB.id}`,
      { email: 'renamed-beta@test.example' },
      token,
    )
    expect(other.status).toBe(200)
    const own = await api.call(
      'PATCH',
      `/api/users/${world.users.admin.id}`,
      { email: 'admin2@test.example' },
      token,
    )
    expect(own.status).toBe(400)
  })

  it('the emailed reset link still sets a new password without the old one', async () => {
    const email = world.users.admin.email
    const token = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const reset = await api.call('POST', '/api/users/reset-password', {
      token,
      password: 'reset-by-mail-3',
    })
    expect(reset.status).toBe(200)
    expect((await api.login(email, 'reset-by-mail-3')).status).toBe(200)
  })
})
