import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { waitingDrafts } from '../../cms/review/queue'
import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { newMails, readMails, sendQueuedMail } from '../helpers/mail'
import { startPayload } from '../helpers/payload'
import { type Actor, createWorld, type World } from '../helpers/world'

/**
 * A member's change is reviewed before the portal shows it: "Submit for review" stores a draft
 * flagged `reviewRequested`, the published row stays as it was, staff are mailed once and see
 * it in the review queue, and publishing it clears the flag. A member cannot publish or
 * unpublish, through REST or the Local API, and the admin is told so (no publish permission).
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let tokens: Record<string, string>
const sys = { overrideAccess: true } as const
const savedStaff = process.env.STAFF_EMAIL

beforeAll(async () => {
  process.env.STAFF_EMAIL = 'staff@hits.example'
  ctx = await startPayload('draft-review')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  tokens = (await restDriver(server.url, world)).tokens
})
afterAll(async () => {
  if (savedStaff === undefined) delete process.env.STAFF_EMAIL
  else process.env.STAFF_EMAIL = savedStaff
  await server?.close()
  await ctx?.stop()
})
beforeEach(async () => {
  await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
})

async function rest(method: string, url: string, actor: Actor, body?: unknown) {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- REST answers, read loosely
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Json }
}

/** What the portal and anonymous visitors see. */
const publishedRow = (collection: 'products' | 'members' | 'cooperation', id: number) =>
  payload.findByID({ collection, id, draft: false, depth: 0, ...sys }) as unknown as Promise<
    Record<string, unknown>
  >
const latest = (collection: 'products' | 'members' | 'cooperation', id: number) =>
  payload.findByID({ collection, id, draft: true, depth: 0, ...sys }) as unknown as Promise<
    Record<string, unknown>
  >

describe('a member submits a change for review', () => {
  it('stores a draft awaiting review, leaves the portal as it was, mails staff once, and staff publish it', async () => {
    const id = world.products.aPublished.id
    const before = await publishedRow('products', id)
    const mailsBefore = readMails(ctx.dataDir)

    // The admin's "Submit for review": a draft save that asks for review.
    const submitted = await rest('PATCH', `/api/products/${id}?draft=true&depth=0`, 'memberA', {
      summary: 'Alpha Cloud, now with backups',
      _status: 'draft',
      reviewRequested: true,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.json.doc.reviewRequested).toBe(true)
    expect(submitted.json.doc._status).toBe('draft')
    expect((await publishedRow('products', id)).summary).toBe(before.summary)
    const anonymous = await rest('GET', `/api/products/${id}?depth=0`, 'anonymous')
    expect(anonymous.json.summary).toBe(before.summary)

    // In the review queue, once.
    const waiting = await waitingDrafts(payload)
    expect(waiting.filter((w) => w.collection === 'products' && w.id === id)).toMatchObject([
      { title: 'Alpha Cloud', memberName: 'Alpha Soft', everPublished: true },
    ])

    // Saving again (a draft, or submitting again) sends no second mail and stays in the queue.
    await rest('PATCH', `/api/products/${id}?draft=true&depth=0`, 'memberA', {
      summary: 'Alpha Cloud, now with daily backups',
      _status: 'draft',
      reviewRequested: false,
    })
    expect((await latest('products', id)).reviewRequested).toBe(true)
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, mailsBefore)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toContain('staff@hits.example')
    expect(mails[0]!.subject).toBe('Alpha Soft submitted "Alpha Cloud" for review')
    expect(mails[0]!.body).toContain(`/admin/collections/products/${id}`)
    expect(mails[0]!.body).toContain('/admin/review')

    // Staff publish it as it is (the review queue's button): the draft's text goes public.
    const approved = await rest('PATCH', `/api/products/${id}?depth=0`, 'editor', {
      _status: 'published',
    })
    expect(approved.status).toBe(200)
    const after = await publishedRow('products', id)
    expect(after.summary).toBe('Alpha Cloud, now with daily backups')
    expect(after._status).toBe('published')
    expect((await latest('products', id)).reviewRequested).toBe(false)
    expect(
      (await waitingDrafts(payload)).some((w) => w.id === id && w.collection === 'products'),
    ).toBe(false)
  })

  it('a draft published before its mail went out sends none', async () => {
    // A product never published yet: new documents are reviewed too.
    const id = world.products.aDraft.id
    const mailsBefore = readMails(ctx.dataDir)
    const submitted = await rest('PATCH', `/api/products/${id}?draft=true`, 'memberA', {
      summary: 'Alpha Next, ready',
      reviewRequested: true,
    })
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)
    const published = await rest('PATCH', `/api/products/${id}`, 'admin', {
      _status: 'published',
    })
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    await sendQueuedMail(payload)
    expect(newMails(ctx.dataDir, mailsBefore)).toHaveLength(0)
    expect((await publishedRow('products', id)).summary).toBe('Alpha Next, ready')
  })

  it('a member cannot set or clear the flag of another company, nor read its queue', async () => {
    const id = world.products.bPublished.id
    const res = await rest('PATCH', `/api/products/${id}?draft=true`, 'memberA', {
      reviewRequested: true,
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect((await latest('products', id)).reviewRequested).not.toBe(true)
  })
})

describe('a member cannot publish or unpublish', () => {
  it('publishing through REST only stores a draft awaiting nothing', async () => {
    const id = world.members.a.id
    const res = await rest('PATCH', `/api/members/${id}?depth=0`, 'memberA', {
      tagline: 'Published by a member?',
      _status: 'published',
    })
    expect(res.status).toBe(200)
    expect((await publishedRow('members', id)).tagline).not.toBe('Published by a member?')
  })

  it('unpublishing through REST leaves the page on the portal', async () => {
    const id = world.products.aPublished.id
    const res = await rest('PATCH', `/api/products/${id}?depth=0`, 'memberA', { _status: 'draft' })
    expect(res.status).toBeLessThan(500)
    expect((await publishedRow('products', id))._status).toBe('published')
    const anonymous = await rest('GET', `/api/products/${id}?depth=0`, 'anonymous')
    expect(anonymous.status).toBe(200)
  })

  it('unpublishing every locale through REST leaves the page on the portal too', async () => {
    const id = world.cooperation.aPublished.id
    await rest('PATCH', `/api/cooperation/${id}?unpublishAllLocales=true`, 'memberA', {
      _status: 'draft',
    })
    expect((await publishedRow('cooperation', id))._status).toBe('published')
  })

  it('the admin is told a member may not publish (its publish permission), staff may', async () => {
    const { docAccessOperation } = await import('payload')
    const collection = payload.collections.products
    const ask = async (user: unknown) => {
      const req = { payload, user, context: {}, i18n: { t: (k: string) => k } } as never
      const data = { _status: 'published' }
      const id = world.products.aPublished.id
      // Payload drops a refused operation from the permissions it returns.
      return Boolean((await docAccessOperation({ id, collection, data, req } as never)).update)
    }
    expect(await ask({ ...world.users.memberA, collection: 'users' })).toBe(false)
    expect(await ask({ ...world.users.editor, collection: 'users' })).toBe(true)
  })
})
