import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { type Actor, createWorld, type World } from '../helpers/world'

/**
 * Restoring a version is a change like any other: what a member company restores stays a
 * draft until staff publish it, through REST (the admin's Restore button), GraphQL and the
 * Local API, on every collection a member company edits. Nothing public changes, so no rebuild.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let tokens: Record<string, string>

type Owned = 'members' | 'products' | 'cooperation'
type Id = number
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }

/** Each collection, its company-A document, the text field the history changes, its mutation. */
const cases: { collection: Owned; doc: (w: World) => { id: Id }; field: string; gql: string }[] = [
  { collection: 'members', doc: (w) => w.members.a, field: 'tagline', gql: 'Member' },
  {
    collection: 'products',
    doc: (w) => w.products.aPublished,
    field: 'summary',
    gql: 'Product',
  },
  {
    collection: 'cooperation',
    doc: (w) => w.cooperation.aPublished,
    field: 'audience',
    gql: 'Cooperation',
  },
]

beforeAll(async () => {
  ctx = await startPayload('restore')
  world = await createWorld(ctx.payload)
  server = await startRestServer(ctx.payload.config)
  tokens = (await restDriver(server.url, world)).tokens
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})
beforeEach(async () => {
  await ctx.payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
})

const auth = (actor: Actor): Record<string, string> =>
  actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }

/** The published row: what the portal and anonymous visitors see. */
async function published(payload: Payload, collection: Owned, id: Id) {
  const doc = await payload.findByID({ collection, id, draft: false, depth: 0, ...sys })
  return doc as unknown as Record<string, unknown>
}

/** The newest version, draft or not. */
async function latest(payload: Payload, collection: Owned, id: Id) {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0, ...sys })
  return doc as unknown as Record<string, unknown>
}

async function rebuildJobs(payload: Payload) {
  return (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
}

/**
 * Gives the document a history: an old published text, the current published text, then a
 * draft. Returns the ids of the old published version and of the draft version.
 */
async function history(payload: Payload, collection: Owned, id: Id, field: string, n: number) {
  // Staff-only notes differ between versions: a restore must keep the current ones.
  const notes = (text: string) =>
    collection === 'members' ? { internalNotes: `${text} notes` } : {}
  const save = (text: string, status: 'published' | 'draft') =>
    payload.update({
      collection,
      id,
      data: { [field]: text, ...notes(text), _status: status } as never,
      draft: status === 'draft',
      ...sys,
    })
  await save(`Old ${n}`, 'published')
  await save(`Live ${n}`, 'published')
  await save(`Draft ${n}`, 'draft')
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    ...sys,
  })
  const find = (text: string) =>
    docs.find((v) => (v.version as unknown as Record<string, unknown>)[field] === text)!
      .id as unknown as Id
  return { oldPublished: find(`Old ${n}`), draft: find(`Draft ${n}`) }
}

async function restoreRest(collection: string, versionId: Id, actor: Actor, query = '') {
  const res = await fetch(`${server.url}/api/${collection}/versions/${versionId}${query}`, {
    method: 'POST',
    headers: auth(actor),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

async function restoreGraphql(name: string, versionId: Id, actor: Actor, draft?: boolean) {
  const args = draft === undefined ? `id: ${versionId}` : `id: ${versionId}, draft: ${draft}`
  const res = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth(actor) },
    body: JSON.stringify({ query: `mutation { restoreVersion${name}(${args}) { id } }` }),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

let n = 0

describe('a member company restores a version: only ever a draft', () => {
  for (const { collection, doc, field, gql } of cases) {
    describe(collection, () => {
      const via = {
        'REST, as the admin sends it': (v: Id) =>
          restoreRest(collection, v, 'memberA', '?draft=false'),
        'REST, without draft': (v: Id) => restoreRest(collection, v, 'memberA'),
        GraphQL: (v: Id) => restoreGraphql(gql, v, 'memberA'),
        'GraphQL, draft: false': (v: Id) => restoreGraphql(gql, v, 'memberA', false),
      }
      for (const [how, restore] of Object.entries(via)) {
        for (const which of ['oldPublished', 'draft'] as const) {
          it(`${how}: restoring the ${which} version leaves the published page as it was`, async () => {
            const { payload } = ctx
            const id = doc(world).id
            const versions = await history(payload, collection, id, field, ++n)
            await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
            const before = await published(payload, collection, id)

            const result = await restore(versions[which])
            expect(result.status, JSON.stringify(result.json)).toBe(200)
            expect(JSON.stringify(result.json)).not.toContain('"errors"')

            const after = await published(payload, collection, id)
            expect(after._status).toBe('published')
            expect(after[field]).toBe(before[field])
            expect(after[field]).toBe(`Live ${n}`)
            const newest = await latest(payload, collection, id)
            expect(newest._status).toBe('draft')
            expect(newest[field]).toBe(which === 'draft' ? `Draft ${n}` : `Old ${n}`)
            // Staff-only fields keep their current values, so staff can publish the draft as is.
            if (collection === 'members') expect(newest.internalNotes).toBe(`Draft ${n} notes`)
            else expect(newest.member).toBe(world.members.a.id)
            expect(await rebuildJobs(payload), 'no rebuild for a draft').toBe(0)
            const anonymous = await fetch(`${server.url}/api/${collection}/${id}?depth=0`)
            expect(((await anonymous.json()) as Record<string, unknown>)[field]).toBe(`Live ${n}`)
          })
        }
      }

      it('the Local API refuses a member restore that is not a draft, with a clear message', async () => {
        const { payload } = ctx
        const id = doc(world).id
        const versions = await history(payload, collection, id, field, ++n)
        const user = { ...world.users.memberA, collection: 'users' } as never
        const attempt = payload.restoreVersion({
          collection,
          id: versions.oldPublished as never,
          user,
          overrideAccess: false,
          depth: 0,
        })
        await expect(attempt).rejects.toMatchObject({ status: 403 })
        await expect(attempt).rejects.toThrow(/only as a draft/)
        expect((await published(payload, collection, id))[field]).toBe(`Live ${n}`)
        // Payload's Local restoreVersion has no `draft` option: a member restores through REST.
      })

      it("member B cannot restore company A's versions at all", async () => {
        const { payload } = ctx
        const id = doc(world).id
        const versions = await history(payload, collection, id, field, ++n)
        const rest = await restoreRest(collection, versions.oldPublished, 'memberB')
        expect(rest.status).toBe(403)
        const graphql = await restoreGraphql(gql, versions.oldPublished, 'memberB')
        expect(JSON.stringify(graphql.json)).toContain('"errors"')
        expect((await latest(payload, collection, id))[field]).toBe(`Draft ${n}`)
      })

      it('staff still restore and publish in one step', async () => {
        const { payload } = ctx
        const id = doc(world).id
        const versions = await history(payload, collection, id, field, ++n)
        const result = await restoreRest(collection, versions.oldPublished, 'editor')
        expect(result.status).toBe(200)
        const after = await published(payload, collection, id)
        expect(after._status).toBe('published')
        expect(after[field]).toBe(`Old ${n}`)
        expect(await rebuildJobs(payload)).toBe(1)
      })
    })
  }
})

describe('the settings history is staff-only', () => {
  it('only an admin restores a settings version; members and anonymous cannot read the history', async () => {
    const { payload } = ctx
    await payload.updateGlobal({ slug: 'settings', data: { clusterName: 'Old name' }, ...sys })
    await payload.updateGlobal({ slug: 'settings', data: { clusterName: 'Live name' }, ...sys })
    const { docs } = await payload.findGlobalVersions({
      slug: 'settings',
      sort: '-createdAt',
      limit: 5,
      ...sys,
    })
    const old = docs.find((v) => v.version.clusterName === 'Old name')!.id
    for (const actor of ['anonymous', 'memberA', 'editor'] as Actor[]) {
      const res = await fetch(`${server.url}/api/globals/settings/versions/${old}`, {
        method: 'POST',
        headers: auth(actor),
      })
      expect(res.status, actor).toBe(403)
    }
    expect((await payload.findGlobal({ slug: 'settings', ...sys })).clusterName).toBe('Live name')
    const res = await fetch(`${server.url}/api/globals/settings/versions/${old}`, {
      method: 'POST',
      headers: auth('admin'),
    })
    expect(res.status).toBe(200)
    expect((await payload.findGlobal({ slug: 'settings', ...sys })).clusterName).toBe('Old name')
  })
})
