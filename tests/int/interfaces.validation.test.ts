import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectRejected } from '../helpers/expectRejected'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createWorld, fixture, password, type World } from '../helpers/world'

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let payload: Payload
let world: World
let tokenA: string
const sys = { overrideAccess: true } as const
const api = (name: string) => fixture(`api/${name}`)
const storedFiles = () => fs.readdirSync(path.join(ctx.dataDir, 'api-descriptions')).sort()

beforeAll(async () => {
  ctx = await startPayload('interfaces-validation')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: world.users.memberA.email, password }),
  })
  tokenA = ((await res.json()) as { token: string }).token
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

type ApiAnswer = {
  doc: Record<string, unknown>
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

/** Uploads a fixture as member A over REST, in a language, as the admin's form does. */
async function uploadAsMember(name: string, language: string, id?: number) {
  const form = new FormData()
  const type = name.endsWith('.json') ? 'application/json' : 'application/yaml'
  form.append('file', new Blob([fs.readFileSync(api(name))], { type }), name)
  form.append('_payload', JSON.stringify({ title: '' }))
  const res = await fetch(`${server.url}/api/api-descriptions${id ? `/${id}` : ''}?depth=0`, {
    method: id ? 'PATCH' : 'POST',
    headers: { authorization: `JWT ${tokenA}`, 'accept-language': language },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as ApiAnswer }
}

describe('API descriptions are validated when saved', () => {
  it('a valid OpenAPI upload fills format, version, document and the title', async () => {
    const doc = await payload.create({
      collection: 'api-descriptions',
      data: {} as never,
      filePath: api('orders.openapi.yaml'),
      ...sys,
    })
    expect(doc).toMatchObject({ format: 'openapi', specVersion: '3.0.3', title: 'Orders API' })
    expect((doc.document as { info: { version: string } }).info.version).toBe('1.4.0')
  })

  it('an AsyncAPI upload is accepted as asyncapi', async () => {
    const { status, body } = await uploadAsMember('machines.asyncapi.yaml', 'en')
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ format: 'asyncapi', specVersion: '3.0.0' })
    expect(String(body.doc.owner)).toBe(String(world.members.a.id))
  })

  it.each([
    [
      'broken-path-parameter.openapi.yaml',
      'de',
      /ist kein gültiges OpenAPI-Dokument.*missing path parameter/,
    ],
    ['broken-missing-version.openapi.json', 'bg', /не е валиден документ OpenAPI.*'version'/],
    ['swagger2.json', 'en', /Swagger 2\.0 document\. Convert it to OpenAPI 3\.x/],
    ['external-ref.openapi.yaml', 'en', /refers to another file or address/],
    ['broken-syntax.openapi.yaml', 'de', /konnte nicht als JSON oder YAML gelesen werden/],
  ])('REST refuses %s with 400 in %s, storing nothing', async (name, language, text) => {
    const before = (await payload.count({ collection: 'api-descriptions', ...sys })).totalDocs
    const files = storedFiles()
    const { status, body } = await uploadAsMember(name, language)
    expect(status).toBe(400)
    // The admin toasts the error's own message: it must be the sentence, not "field invalid".
    const [error] = body.errors ?? []
    expect(error.message).toMatch(text)
    expect(error.message).toContain(name)
    expect(error.data?.errors?.[0]).toMatchObject({ path: 'file', message: error.message })
    expect((await payload.count({ collection: 'api-descriptions', ...sys })).totalDocs).toBe(before)
    expect(storedFiles()).toEqual(files)
  })

  it('replacing the file with a broken one keeps the stored file and document', async () => {
    const id = world.apiDescriptions.a.id
    const files = storedFiles()
    const { status } = await uploadAsMember('broken-path-parameter.openapi.yaml', 'en', id)
    expect(status).toBe(400)
    const after = await payload.findByID({ collection: 'api-descriptions', id, ...sys })
    expect(after.filename).toBe(world.apiDescriptions.a.filename)
    expect(after.specVersion).toBe('3.0.3')
    expect(storedFiles()).toEqual(files)
  })

  it('nobody sets the parsed document, format or version by hand', async () => {
    const id = world.apiDescriptions.a.id
    const res = await fetch(`${server.url}/api/api-descriptions/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${tokenA}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Renamed', document: { openapi: 'evil' }, format: 'asyncapi' }),
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'api-descriptions', id, ...sys })
    expect(after).toMatchObject({ title: 'Renamed', format: 'openapi' })
    expect((after.document as { openapi: string }).openapi).toBe('3.0.3')
  })

  it('the Local API refuses a broken file too (the seed goes this way)', async () => {
    await expectRejected(
      payload,
      'api-descriptions',
      () =>
        payload.create({
          collection: 'api-descriptions',
          data: { title: 'Broken' },
          filePath: api('missing-ref.openapi.yaml'),
          ...sys,
        }),
      'file',
      /refers to #\/components\/schemas\/Nowhere, which is not in the document/,
    )
  })
})

describe('interfaces on products', () => {
  const member = () => ({ ...world.users.memberA, collection: 'users' }) as never
  const asMemberA = { overrideAccess: false, user: undefined as never, depth: 0 } as const

  it('member A adds an interface to its published product: a draft, live page unchanged', async () => {
    const id = world.products.aPublished.id
    await payload.update({
      collection: 'products',
      id,
      data: {
        interfaces: [
          {
            protocol: world.protocols.published.id,
            role: 'provides',
            version: '3.0',
            apiDescription: world.apiDescriptions.a.id,
          },
        ],
      },
      ...asMemberA,
      user: member(),
    })
    const live = await payload.findByID({ collection: 'products', id, depth: 0, ...sys })
    expect(live.interfaces ?? []).toEqual([])
    const draft = await payload.findByID({
      collection: 'products',
      id,
      draft: true,
      depth: 0,
      ...sys,
    })
    expect(draft.interfaces?.[0]).toMatchObject({ role: 'provides', version: '3.0' })
    expect(draft._status).toBe('draft')
  })

  it.each([
    ['a draft protocol', () => world.protocols.draft.id],
    ['a protocol that does not exist', () => 987654],
  ])('refuses %s with a localized message on the row', async (_what, protocol) => {
    await expectRejected(
      payload,
      'products',
      () =>
        payload.update({
          collection: 'products',
          id: world.products.aDraft.id,
          data: {
            interfaces: [
              { protocol: world.protocols.published.id, role: 'consumes' },
              { protocol: protocol(), role: 'provides' },
            ],
          },
          ...asMemberA,
          user: member(),
          locale: 'en',
        }),
      'interfaces.1.protocol',
      /^Interface 2: choose a protocol or standard from the published list/,
    )
  })

  it("refuses another company's API description on a member's interface", async () => {
    await expectRejected(
      payload,
      'products',
      () =>
        payload.update({
          collection: 'products',
          id: world.products.aDraft.id,
          data: {
            interfaces: [
              {
                protocol: world.protocols.published.id,
                role: 'provides',
                apiDescription: world.apiDescriptions.b.id,
              },
            ],
          },
          ...asMemberA,
          user: member(),
        }),
      'interfaces.0.apiDescription',
      /Interface 1: attach an API description that your company uploaded/,
    )
  })

  it('member B cannot change the interfaces of A’s product', async () => {
    const id = world.products.aDraft.id
    const attempt = payload.update({
      collection: 'products',
      id,
      data: { interfaces: [{ protocol: world.protocols.published.id, role: 'consumes' }] },
      ...asMemberA,
      user: { ...world.users.memberB, collection: 'users' } as never,
    })
    await expect(attempt).rejects.toThrow()
    const after = await payload.findByID({
      collection: 'products',
      id,
      draft: true,
      depth: 0,
      ...sys,
    })
    expect(after.interfaces ?? []).toEqual([])
  })
})
