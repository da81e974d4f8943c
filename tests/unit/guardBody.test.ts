import { describe, expect, it } from 'vitest'

import { guardBody } from '../../cms/endpoints/guardBody'

const post = (body: string) =>
  new Request('http://cms.test/api/members', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-http-method-override': 'GET' },
    body,
  })

describe('guardBody', () => {
  const parsesBody = guardBody(async (request: Request) => Response.json(await request.json()))

  it('answers a malformed JSON body with 400 and a message, not a server error', async () => {
    const response = await parsesBody(post('{"where":'), {})
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/not valid JSON/)
  })

  it('passes a well-formed request through untouched', async () => {
    const response = await parsesBody(post('{"depth":0}'), {})
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ depth: 0 })
  })

  it('lets other errors through to the framework', async () => {
    const fails = guardBody(async () => {
      throw new Error('database down')
    })
    await expect(fails(post('{}'), {})).rejects.toThrow('database down')
  })
})
