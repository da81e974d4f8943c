import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { type Actor, createWorld, type World } from '../helpers/world'

/**
 * Document locks ("X is editing this document") are in the requester's own name, on what it
 * may edit: a member can no longer lock staff out of a document in a staff user's name, nor
 * list or clear other people's locks. The access matrix covers the plain cases.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let tokens: Record<string, string>
const locks = 'payload-locked-documents'
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }

beforeAll(async () => {
  ctx = await startPayload('locks')
  world = await createWorld(ctx.payload)
  server = await startRestServer(ctx.payload.config)
  tokens = (await restDriver(server.url, world)).tokens
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

/** The parts of a REST answer these tests read. */
type Answer = { docs?: unknown[]; doc?: { id: number }; [key: string]: unknown }

async function call(method: string, path: string, actor: Actor, body?: unknown, lang = 'en') {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': lang,
      ...(actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Answer }
}

const lockOn = (collection: string, id: number, userId: unknown) => ({
  document: { relationTo: collection, value: id },
  user: userId,
})

async function locksOn(collection: string, id: number) {
  const { docs } = await ctx.payload.find({
    collection: locks,
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
      ],
    },
    depth: 0,
    ...sys,
  })
  return docs
}

describe('document locks', () => {
  it("a member cannot lock its own product in a staff user's name, so the editor is not blocked", async () => {
    const product = await ctx.payload.create({
      collection: 'products',
      data: {
        name: 'Lockable',
        member: world.members.a.id,
        kind: 'product',
        summary: 'x',
        _status: 'published',
      },
      ...sys,
    })
    for (const user of [
      { relationTo: 'users', value: world.users.admin.id },
      world.users.admin.id,
      { relationTo: 'users', value: world.users.editor.id },
    ]) {
      const forged = await call(
        'POST',
        `/api/${locks}`,
        'memberA',
        lockOn('products', product.id, user),
      )
      expect(forged.status, JSON.stringify(user)).toBe(403)
    }
    const bg = await call(
      'POST',
      `/api/${locks}`,
      'memberA',
      lockOn('products', product.id, world.users.admin.id),
      'bg',
    )
    expect(JSON.stringify(bg.json)).toContain('само документи, които можете да редактирате')
    expect(await locksOn('products', product.id)).toHaveLength(0)
    const edit = await call('PATCH', `/api/products/${product.id}`, 'editor', { summary: 'y' })
    expect(edit.status).toBe(200)
  })

  it("a member cannot lock another company's document, even in its own name", async () => {
    const target = lockOn('products', world.products.bDraft.id, {
      relationTo: 'users',
      value: world.users.memberA.id,
    })
    expect((await call('POST', `/api/${locks}`, 'memberA', target)).status).toBe(403)
    expect(await locksOn('products', world.products.bDraft.id)).toHaveLength(0)
    const settings = { globalSlug: 'settings', user: world.users.memberA.id }
    expect((await call('POST', `/api/${locks}`, 'memberA', settings)).status).toBe(403)
  })

  it("a member neither sees nor clears the editor's lock on another company's post", async () => {
    const editorLock = world.locks.editorOnB
    const list = await call('GET', `/api/${locks}?pagination=false&depth=0`, 'memberA')
    expect(list.status).toBe(200)
    const seen = (list.json.docs as { id: number }[]).map((d) => d.id)
    expect(seen).not.toContain(editorLock.id)
    const byId = await call('GET', `/api/${locks}/${editorLock.id}`, 'memberA')
    expect(byId.status).toBeGreaterThanOrEqual(400)
    const removed = await call('DELETE', `/api/${locks}/${editorLock.id}`, 'memberA')
    expect(removed.status).toBeGreaterThanOrEqual(400)
    // Deleting "every lock" deletes only member A's own.
    const all = await call('DELETE', `/api/${locks}?where[id][exists]=true&depth=0`, 'memberA')
    const deleted = (all.json.docs ?? []) as { user: { value: unknown } }[]
    for (const lock of deleted) expect(lock.user.value).toBe(world.users.memberA.id)
    expect((await ctx.payload.findByID({ collection: locks, id: editorLock.id, ...sys })).id).toBe(
      editorLock.id,
    )
  })

  it('a member cannot hand its own lock to someone else, nor take over the editor’s', async () => {
    const own = await ctx.payload.create({
      collection: locks,
      data: lockOn('cooperation', world.cooperation.aDraft.id, {
        relationTo: 'users',
        value: world.users.memberA.id,
      }) as never,
      ...sys,
    })
    const rename = await call('PATCH', `/api/${locks}/${own.id}`, 'memberA', {
      user: { relationTo: 'users', value: world.users.admin.id },
    })
    expect(rename.status).toBe(403)
    const takeOver = await call('PATCH', `/api/${locks}/${world.locks.editorOnA.id}`, 'memberA', {
      user: { relationTo: 'users', value: world.users.memberA.id },
    })
    expect(takeOver.status).toBeGreaterThanOrEqual(400)
    const lock = await ctx.payload.findByID({
      collection: locks,
      id: world.locks.editorOnA.id,
      depth: 0,
      ...sys,
    })
    expect((lock.user as { value: unknown }).value).toBe(world.users.editor.id)
  })

  it('staff lock in their own name, take over a lock and clear any', async () => {
    const post = world.cooperation.aDraft.id
    const self = { relationTo: 'users', value: world.users.editor.id }
    const mine = await call('POST', `/api/${locks}`, 'editor', lockOn('cooperation', post, self))
    expect(mine.status, JSON.stringify(mine.json)).toBe(201)
    const forged = await call(
      'POST',
      `/api/${locks}`,
      'editor',
      lockOn('cooperation', post, { relationTo: 'users', value: world.users.admin.id }),
    )
    expect(forged.status).toBe(403)
    const takeOver = await call('PATCH', `/api/${locks}/${world.locks.editorOnA.id}`, 'admin', {
      user: { relationTo: 'users', value: world.users.admin.id },
    })
    expect(takeOver.status).toBe(200)
    expect((await call('DELETE', `/api/${locks}/${mine.json.doc?.id}`, 'admin')).status).toBe(200)
  })
})
