import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeBuildRecord, type BuildRecord } from '../../cms/build/buildRecord'
import { dashboardWork, waitingWork } from '../../cms/components/waitingWork'
import type { User } from '../../cms/payload-types'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

/** What staff see first: waiting work, the inquiry list's columns, and every build. */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let world: World
let editor: User
const savedOutDir = process.env.SITE_OUT_DIR
const form = { overrideAccess: false, context: { publicForm: true } } as const

beforeAll(async () => {
  ctx = await startPayload('staff-dashboard')
  payload = ctx.payload
  process.env.SITE_OUT_DIR = path.join(ctx.dataDir, 'site')
  world = await createWorld(payload)
  editor = asUser('editor')
})
afterAll(async () => {
  if (savedOutDir === undefined) delete process.env.SITE_OUT_DIR
  else process.env.SITE_OUT_DIR = savedOutDir
  await ctx?.stop()
})

/** A user as Payload's auth gives it to access rules: with its collection. */
const asUser = (actor: 'editor' | 'memberA') =>
  ({ ...world.users[actor], collection: 'users' }) as unknown as User

const inquiry = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'inquiries',
    data: {
      name: 'Klaus Weber',
      email: 'k@buyer.example',
      message: 'We need a partner for a two-year project; please send an offer.',
      member: world.members.a.id,
      ...data,
    } as never,
    ...form,
  })

/** The documents a dashboard link lists, read as the admin's list reads them (latest versions). */
async function listed(payload: Payload, href: string, user: User) {
  const url = new URL(href, 'http://cms.example')
  const collection = url.pathname.split('/').pop() as 'members' | 'products' | 'inquiries'
  const server = await startRestServer(payload.config)
  try {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    })
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${server.url}/api/${collection}${url.search}&draft=true&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { docs: { id: number }[] }).docs.map((d) => d.id).sort()
  } finally {
    await server.close()
  }
}

describe('the dashboard of waiting work', () => {
  it('counts new inquiries, applications by status and member edits awaiting review, each linking to exactly them', async () => {
    const before = await waitingWork(payload, editor)
    await inquiry({ product: world.products.aPublished.id })
    await inquiry({})
    const answered = await inquiry({})
    await payload.update({
      collection: 'inquiries',
      id: answered.id,
      data: { status: 'answered' },
      user: editor,
      overrideAccess: false,
    })
    // Member A submits edits of its published profile and product for review (the admin's
    // "Submit for review").
    const memberA = asUser('memberA')
    for (const [collection, id, data] of [
      [
        'members',
        world.members.a.id,
        { tagline: 'Edited, awaiting review', reviewRequested: true },
      ],
      ['products', world.products.aPublished.id, { summary: 'To review', reviewRequested: true }],
    ] as const)
      await payload.update({
        collection,
        id,
        data: data as never,
        draft: true,
        user: memberA,
        overrideAccess: false,
      })
    const work = await waitingWork(payload, editor)

    expect(work.newInquiries.count).toBe(before.newInquiries.count + 2)
    const received = work.applications.find((a) => a.status === 'received')!
    expect(received.count).toBeGreaterThanOrEqual(1)
    const edits = Object.fromEntries(work.edits.map((e) => [e.collection, e.count]))
    expect(edits).toEqual({ members: 1, products: 1, cooperation: 0 })

    expect(work.newInquiries.href).toMatch(/^\/admin\/collections\/inquiries\?where/)
    const newOnes = await listed(payload, work.newInquiries.href, editor)
    expect(newOnes).toHaveLength(work.newInquiries.count)
    expect(newOnes).not.toContain(answered.id)
    const members = work.edits.find((e) => e.collection === 'members')!
    expect(await listed(payload, members.href, editor)).toEqual([world.members.a.id])
    const products = work.edits.find((e) => e.collection === 'products')!
    expect(await listed(payload, products.href, editor)).toEqual([world.products.aPublished.id])
  })

  it('is for staff only: a member user (or nobody) gets nothing', async () => {
    expect(await dashboardWork(payload, asUser('memberA'))).toBeNull()
    expect(await dashboardWork(payload, undefined)).toBeNull()
    expect(await dashboardWork(payload, editor)).toMatchObject({ newInquiries: expect.anything() })
  })
})

describe('the inquiry list', () => {
  it('names what each inquiry is about: the product, else the member company', async () => {
    const about = await inquiry({ product: world.products.aPublished.id, email: 'a@b.example' })
    const general = await inquiry({ email: 'g@b.example' })
    const { docs } = await payload.find({
      collection: 'inquiries',
      where: { id: { in: [about.id, general.id] } },
      depth: 0,
      user: editor,
      overrideAccess: false,
      sort: 'id',
    })
    expect(docs.map((d) => (d as { about?: string }).about)).toEqual([
      world.products.aPublished.name,
      world.members.a.name,
    ])
  })
})

describe('the Site build panel', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, minute)).toISOString()
  const record = (by: BuildRecord['by'], minute: number): BuildRecord => ({
    result: 'succeeded',
    by,
    startedAt: at(minute),
    finishedAt: at(minute + 1),
    durationMs: 60_000,
    pages: 293,
    logTail: 'pagefind: done',
  })

  it('shows the build npm start made, and then one from the command line, with every build listed', async () => {
    const outDir = process.env.SITE_OUT_DIR!
    fs.mkdirSync(outDir, { recursive: true })
    const read = () =>
      payload.findGlobal({ slug: 'build-status', user: editor, overrideAccess: false })
    expect((await read()).result).toBe('never')
    writeBuildRecord(outDir, record('startup', 0))
    expect(await read()).toMatchObject({
      result: 'succeeded',
      pages: 293,
      triggeredBy: [{ operation: 'startup' }],
      history: [{ by: 'startup', result: 'succeeded' }],
    })
    writeBuildRecord(outDir, { ...record('command', 5), result: 'failed', error: 'exit 1' })
    const status = await read()
    expect(status).toMatchObject({ result: 'failed', triggeredBy: [{ operation: 'command' }] })
    expect((status.history as { by: string }[]).map((h) => h.by)).toEqual(['command', 'startup'])
    for (let i = 0; i < 25; i++) writeBuildRecord(outDir, record('job', 10 + i))
    expect((await read()).history).toHaveLength(20)
  })
})
