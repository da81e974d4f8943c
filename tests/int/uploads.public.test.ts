import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshPublicUploads } from '../../cms/hooks/publicUploads'
import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { type Actor, createWorld, fixture, type World } from '../helpers/world'

/**
 * An image or PDF is public (listed and served to anonymous visitors) only while a published
 * document or the settings use it, or when staff marked it public. Drafts, unpublished and
 * deleted documents do not make a file public; member companies still see their own uploads.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let tokens: Record<string, string>
let payload: Payload
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }
type Id = number

beforeAll(async () => {
  ctx = await startPayload('uploads-public')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  tokens = (await restDriver(server.url, world)).tokens
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

const auth = (actor: Actor): Record<string, string> =>
  actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }

async function get(path: string, actor: Actor = 'anonymous') {
  return fetch(`${server.url}${path}`, { headers: auth(actor) })
}

/** Ids an actor lists, and whether the file and its image sizes are served. */
async function visible(collection: 'media' | 'documents', id: Id, actor: Actor = 'anonymous') {
  const list = await get(`/api/${collection}?pagination=false&depth=0`, actor)
  const docs = ((await list.json()) as { docs: { id: Id }[] }).docs
  const listed = docs.some((d) => d.id === id)
  const doc = (await payload.findByID({ collection, id, depth: 0, ...sys })) as {
    filename: string
    sizes?: Record<string, { filename?: string | null }>
  }
  const file = await get(`/api/${collection}/file/${doc.filename}`, actor)
  await file.arrayBuffer()
  const sizes = await Promise.all(
    Object.values(doc.sizes ?? {})
      .filter((s) => s.filename)
      .map(async (s) => {
        const res = await get(`/api/${collection}/file/${s.filename}`, actor)
        await res.arrayBuffer()
        return res.ok
      }),
  )
  return { listed, served: file.ok, sizes }
}

const image = (alt: string) =>
  payload.create({
    collection: 'media',
    data: { alt } as never,
    filePath: fixture('image.png'),
    ...sys,
  })

const pdf = (title: string) =>
  payload.create({
    collection: 'documents',
    data: { title } as never,
    filePath: fixture('doc.pdf'),
    ...sys,
  })

const product = (name: string, data: Record<string, unknown>, status: 'published' | 'draft') =>
  payload.create({
    collection: 'products',
    data: {
      name,
      member: world.members.a.id,
      kind: 'product',
      summary: 's',
      ...data,
      _status: status,
    } as never,
    draft: status === 'draft',
    ...sys,
  })

describe('which uploads anonymous visitors get', () => {
  it('an upload nobody published is private: not listed, file and sizes not served', async () => {
    const { a } = world.media
    const seen = await visible('media', a.id)
    expect(seen.listed).toBe(false)
    expect(seen.served).toBe(false)
    expect(seen.sizes.length).toBeGreaterThan(0)
    expect(seen.sizes.every((ok) => !ok)).toBe(true)
    expect((await visible('documents', world.documents.a.id)).served).toBe(false)
  })

  it("a draft product's image stays private; publishing the product makes it public", async () => {
    const img = await image('FlexHub draft screenshot')
    const draft = await product('Draft only', { images: [img.id] }, 'draft')
    const search = await get('/api/media?where[alt][like]=FlexHub')
    expect(((await search.json()) as { docs: unknown[] }).docs).toHaveLength(0)
    expect(await visible('media', img.id)).toMatchObject({ listed: false, served: false })

    await payload.update({
      collection: 'products',
      id: draft.id,
      data: { _status: 'published' } as never,
      ...sys,
    })
    const seen = await visible('media', img.id)
    expect(seen).toMatchObject({ listed: true, served: true })
    expect(seen.sizes.every(Boolean)).toBe(true)
  })

  it('a member saving a draft changes nothing; staff publishing without the image hides it', async () => {
    const img = await image('Product photo')
    const live = await product('Live', { images: [img.id] }, 'published')
    expect((await visible('media', img.id)).served).toBe(true)
    const draft = await fetch(`${server.url}/api/products/${live.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth('memberA') },
      body: JSON.stringify({ images: [] }),
    })
    expect(draft.status).toBe(200)
    expect((await visible('media', img.id)).served).toBe(true)
    await payload.update({
      collection: 'products',
      id: live.id,
      data: { images: [], _status: 'published' } as never,
      ...sys,
    })
    expect(await visible('media', img.id)).toMatchObject({ listed: false, served: false })
  })

  it('unpublishing or deleting the last published user hides a file; another user keeps it', async () => {
    const img = await image('Shared photo')
    const one = await product('One', { images: [img.id] }, 'published')
    const two = await product('Two', { images: [img.id] }, 'published')
    await payload.update({
      collection: 'products',
      id: one.id,
      data: { _status: 'draft' } as never,
      ...sys,
    })
    expect((await visible('media', img.id)).served).toBe(true)
    await payload.delete({ collection: 'products', id: two.id, ...sys })
    expect(await visible('media', img.id)).toMatchObject({ listed: false, served: false })
  })

  it('a brochure, a PDF of one language, a rich-text image and the share image count as uses', async () => {
    const brochure = await pdf('Brochure')
    await product('With brochure', { brochure: brochure.id }, 'published')
    expect((await visible('documents', brochure.id)).served).toBe(true)

    const german = await pdf('Bericht')
    const report = await payload.create({
      collection: 'publications',
      data: {
        title: 'Report',
        slug: 'report-de',
        kind: 'report',
        date: '2026-01-01',
        _status: 'published',
      } as never,
      ...sys,
    })
    await payload.update({
      collection: 'publications',
      id: report.id,
      locale: 'de',
      data: { title: 'Bericht', file: german.id, _status: 'published' } as never,
      ...sys,
    })
    expect((await visible('documents', german.id)).served).toBe(true)

    const inline = await image('Inline diagram')
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'upload',
            version: 3,
            format: '',
            relationTo: 'media',
            value: inline.id,
            fields: null,
          },
        ],
      },
    }
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'With image', slug: 'with-image', body, _status: 'published' } as never,
      ...sys,
    })
    expect((await visible('media', inline.id)).served).toBe(true)
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { _status: 'draft' } as never,
      ...sys,
    })
    expect((await visible('media', inline.id)).served).toBe(false)

    const share = await image('Share image')
    await payload.updateGlobal({
      slug: 'settings',
      data: { clusterName: 'C', defaultShareImage: share.id },
      ...sys,
    })
    expect((await visible('media', share.id)).served).toBe(true)
    await payload.updateGlobal({ slug: 'settings', data: { defaultShareImage: null }, ...sys })
    expect((await visible('media', share.id)).served).toBe(false)
  })

  it('staff can mark a file public; members cannot, nor set the computed flag', async () => {
    const img = await image('Press kit')
    const asMember = await fetch(`${server.url}/api/media/${world.media.a.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth('memberA') },
      body: JSON.stringify({ public: true, usedByPublished: true }),
    })
    expect(asMember.status).toBe(200)
    expect((await visible('media', world.media.a.id)).served).toBe(false)
    const asEditor = await fetch(`${server.url}/api/media/${img.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth('editor') },
      body: JSON.stringify({ public: true }),
    })
    expect(asEditor.status).toBe(200)
    expect((await visible('media', img.id)).served).toBe(true)
  })

  it('member companies see their own uploads, not those of others; staff see all', async () => {
    expect((await visible('media', world.media.a.id, 'memberA')).served).toBe(true)
    expect((await visible('media', world.media.a.id, 'memberB')).served).toBe(false)
    expect((await visible('media', world.media.b.id, 'memberB')).listed).toBe(true)
    expect((await visible('documents', world.documents.b.id, 'editor')).served).toBe(true)
  })

  it('the published documents read by the portal (anonymous, depth 1) still carry their images', async () => {
    const img = await image('Portal photo')
    const live = await product('Portal', { images: [img.id] }, 'published')
    const { docs } = await payload.find({
      collection: 'products',
      where: { id: { equals: live.id } },
      depth: 1,
      overrideAccess: false,
    })
    expect((docs[0].images as { alt?: string }[])[0].alt).toBe('Portal photo')
  })

  it('a full refresh (the migration) gives the same flags as the hooks kept', async () => {
    const flags = async () =>
      (
        await payload.find({
          collection: 'media',
          pagination: false,
          depth: 0,
          where: { usedByPublished: { equals: true } },
          ...sys,
        })
      ).docs
        .map((d) => d.id)
        .sort()
    const kept = await flags()
    await refreshPublicUploads(payload)
    expect(await flags()).toEqual(kept)
  })
})
