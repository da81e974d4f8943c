import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordMatches } from '../../cms/auth/passwordHash'
import { errorOf, startAuthWorld } from '../helpers/authApi'
import { password } from '../helpers/world'

process.env.AUTH_RATE_LIMIT_LOGIN_POINTS = '100'

let t: Awaited<ReturnType<typeof startAuthWorld>>

beforeAll(async () => {
  t = await startAuthWorld('auth-current')
})
afterAll(() => t?.stop())

const stored = (id: number) =>
  t.ctx.payload.findByID({ collection: 'users', id, overrideAccess: true })

describe('changing an email or password takes the current password', () => {
  it('the check agrees with the hashes Payload writes', async () => {
    const row = await t.ctx.payload.db.findOne<{ id: number; hash: string; salt: string }>({
      collection: 'users',
      where: { id: { equals: t.world.users.editor.id } },
    })
    expect(row?.hash).toMatch(/^pbkdf2-sha256-v1:/)
    expect(await passwordMatches(row!, password)).toBe(true)
    expect(await passwordMatches(row!, `${password}x`)).toBe(false)
  })

  it('REST: a member cannot change its email without it, nor with a wrong one', async () => {
    const { id, email } = t.world.users.memberA
    const token = await t.api.tokenOf(email, password)
    const patch = (data: object) => t.api.call('PATCH', `/api/users/${id}`, data, token)

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
    const { id, email } = t.world.users.memberB
    const token = await t.api.tokenOf(email, password)
    const bg = { 'accept-language': 'bg' }
    const bare = await t.api.call(
      'PATCH',
      `/api/users/${id}`,
      { password: 'hijacked-pass-1' },
      token,
      bg,
    )
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toContain('Въведете текущата си парола')
    expect((await t.api.login(email, 'hijacked-pass-1')).status).toBe(401)

    const data = { password: 'new-secret-pass-2', currentPassword: password }
    expect((await t.api.call('PATCH', `/api/users/${id}`, data, token)).status).toBe(200)
    expect((await t.api.login(email, 'new-secret-pass-2')).status).toBe(200)
  })

  it('GraphQL: updateUser needs it as well', async () => {
    const { id, email } = t.world.users.editor
    const token = await t.api.tokenOf(email, password)
    const mutation = `mutation($id: Int!, $data: mutationUserUpdateInput!) {
      updateUser(id: $id, data: $data) { email } }`
    const bare = await t.api.gql(mutation, token, { id, data: { email: 'x@evil.example' } })
    expect(JSON.stringify(bare.body.errors)).toMatch(/current password/i)
    expect((await stored(id)).email).toBe(email)
    const data = { email: 'editor2@test.example', currentPassword: password }
    const ok = await t.api.gql(mutation, token, { id, data })
    expect(ok.body.errors).toBeUndefined()
    expect((await stored(id)).email).toBe('editor2@test.example')
  })

  it('an admin changes another user’s email without it, but not its own', async () => {
    const token = await t.api.tokenOf(t.world.users.admin.email, password)
    const other = await t.api.call(
      'PATCH',
      `/api/users/${t.world.users.memberB.id}`,
      { email: 'renamed-beta@test.example' },
      token,
    )
    expect(other.status).toBe(200)
    const own = await t.api.call(
      'PATCH',
      `/api/users/${t.world.users.admin.id}`,
      { email: 'admin2@test.example' },
      token,
    )
    expect(own.status).toBe(400)
  })

  it('the emailed reset link still sets a new password without the old one', async () => {
    const email = t.world.users.admin.email
    const token = await t.ctx.payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const reset = await t.api.call('POST', '/api/users/reset-password', {
      token,
      password: 'reset-by-mail-3',
    })
    expect(reset.status).toBe(200)
    expect((await t.api.login(email, 'reset-by-mail-3')).status).toBe(200)
  })
})
