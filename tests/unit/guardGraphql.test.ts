import { describe, expect, it } from 'vitest'

import { guardGraphql } from '../../cms/graphql/guardGraphql'

const post = (query: string) =>
  new Request('http://cms.test/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
const answering = (body: unknown) =>
  guardGraphql(async () => Response.json(body, { headers: { 'content-length': '999' } }))
const messages = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors.map((e) => e.message)

describe('guardGraphql', () => {
  const ok = answering({ data: { ok: true } })

  it.each([
    ['query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', /Cannot spread/],
    ['{ a @skip(if: "x") }', /needs a Boolean "if"/],
    ['{ a @include }', /needs a Boolean "if"/],
    ['subscription { a }', /Subscriptions are not supported/],
  ])('refuses %s with 400 before Payload sees it', async (query, text) => {
    const response = await ok(post(query), {})
    expect(response.status).toBe(400)
    expect((await messages(response))[0]).toMatch(text)
  })

  it('passes valid queries through', async () => {
    const response = await ok(post('query { ...A } fragment A on Query { a @skip(if: $v) }'), {})
    expect(await response.json()).toEqual({ data: { ok: true } })
  })

  it('removes "Did you mean" suggestions from error messages', async () => {
    const guarded = answering({
      errors: [
        {
          message:
            'Cannot query field "internalNote" on type "Member". Did you mean "internalNotes"?',
        },
      ],
    })
    const response = await guarded(post('{ x }'), {})
    expect(await messages(response)).toEqual([
      'Cannot query field "internalNote" on type "Member".',
    ])
  })

  it('keeps the status of a client error Payload throws before its GraphQL handling', async () => {
    const guarded = guardGraphql(async () => {
      throw Object.assign(new Error('Invalid JSON'), { status: 400 })
    })
    const response = await guarded(post('{ x }'), {})
    expect(response.status).toBe(400)
    expect(await messages(response)).toEqual(['Invalid JSON'])
  })

  it('lets server errors through to the framework', async () => {
    const guarded = guardGraphql(async () => {
      throw new Error('database down')
    })
    await expect(guarded(post('{ x }'), {})).rejects.toThrow('database down')
  })
})
