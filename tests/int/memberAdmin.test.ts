import type { Payload, Where } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MyCompanyPanel } from '../../cms/components/member/MyCompanyPanel'
import type { User } from '../../cms/payload-types'
import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { type Actor, createWorld, type World } from '../helpers/world'

/**
 * What a member user meets in the admin: only its own company's things ("My company", its
 * lists, no staff collections), and a preview of its drafts that nobody else can open. The
 * preview is checked over HTTP the way a browser asks: with the admin's login cookie, with a
 * JWT header, and with neither.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let tokens: Record<string, string>
const sys = { overrideAccess: true } as const
const draftText = 'Unreleased: quantum billing for 2031'

beforeAll(async () => {
  ctx = await startPayload('member-admin')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  tokens = (await restDriver(server.url, world)).tokens
  // A draft over the published product of company A, as "Submit for review" leaves it.
  await payload.update({
    collection: 'products',
    id: world.products.aPublished.id,
    data: { summary: draftText, reviewRequested: true },
    draft: true,
    overrideAccess: false,
    user: { ...world.users.memberA, collection: 'users' } as never,
  })
  // A second inquiry for A, already answered: the new one must come first.
  await payload.create({
    collection: 'inquiries',
    data: {
      name: 'Old Buyer',
      email: 'old@shop.example',
      message: 'Thanks',
      member: world.members.a.id,
      status: 'answered',
    } as never,
    ...sys,
    context: { seeding: true },
  })
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

const asUser = (actor: 'memberA' | 'memberB' | 'editor') =>
  ({ ...world.users[actor], collection: 'users' }) as unknown as User

describe('the preview of a draft', () => {
  const url = () => `${server.url}/api/products/${world.products.aPublished.id}/preview?locale=en`
  const get = async (headers: Record<string, string>) => {
    const res = await fetch(url(), { headers })
    return { status: res.status, body: await res.text(), headers: res.headers }
  }
  const jwt = (actor: Actor) => ({ authorization: `JWT ${tokens[actor]}` })
  const cookie = (actor: Actor) => ({ cookie: `payload-token=${tokens[actor]}` })

  it('refuses a visitor without a session, and says nothing of the draft', async () => {
    const res = await get({})
    expect(res.status).toBe(401)
    expect(res.body).not.toContain(draftText)
    expect(res.body).not.toContain('Alpha Cloud')
    expect(res.body).toContain('/admin/login')
  })

  it('shows another member company only what is public, never the draft', async () => {
    const res = await get(jwt('memberB'))
    expect(res.body).not.toContain(draftText)
    expect(res.body).toContain('Alpha Cloud summary')
    const neverPublished = await fetch(
      `${server.url}/api/products/${world.products.aDraft.id}/preview`,
      { headers: jwt('memberB') },
    )
    expect(neverPublished.status).toBe(404)
    expect(await neverPublished.text()).not.toContain('Alpha Next')
  })

  it("shows the company's own draft, with the admin's login cookie, never cached", async () => {
    const res = await get(cookie('memberA'))
    expect(res.status).toBe(200)
    expect(res.body).toContain(draftText)
    expect(res.body).toContain('awaiting review')
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    // The published page is linked on the portal.
    expect(res.body).toContain('/en/catalogue/')
  })

  it('shows staff the draft in the requested language', async () => {
    const res = await get(jwt('editor'))
    expect(res.status).toBe(200)
    expect(res.body).toContain(draftText)
    const bg = await fetch(url().replace('locale=en', 'locale=bg'), { headers: jwt('editor') })
    expect(await bg.text()).toContain('<html lang="bg"')
  })

  it('escapes what the document says', async () => {
    const id = world.products.bDraft.id
    await payload.update({
      collection: 'products',
      id,
      data: { name: '<script>alert(1)</script>' },
      draft: true,
      ...sys,
    })
    const res = await fetch(`${server.url}/api/products/${id}/preview`, { headers: jwt('editor') })
    const body = await res.text()
    expect(body).not.toContain('<script>alert(1)')
    expect(body).toContain('&lt;script&gt;')
  })

  it('is not offered where the portal has no page', async () => {
    const res = await fetch(`${server.url}/api/inquiries/${world.inquiries.a.id}/preview`, {
      headers: jwt('editor'),
    })
    expect(res.status).toBe(404)
  })
})

describe("a member user's admin", () => {
  const hidden = (slug: string, actor: 'memberA' | 'editor') => {
    const entity =
      payload.config.collections.find((c) => c.slug === slug) ??
      payload.config.globals.find((g) => g.slug === slug)
    const rule = entity!.admin.hidden
    return typeof rule === 'function' ? rule({ user: asUser(actor) as never }) : Boolean(rule)
  }

  it('hides what the member cannot change, and nothing from staff', () => {
    for (const slug of ['users', 'categories', 'events', 'publications', 'partners', 'pages'])
      expect([slug, hidden(slug, 'memberA')]).toEqual([slug, true])
    for (const slug of ['applications', 'settings', 'build-status'])
      expect([slug, hidden(slug, 'memberA')]).toEqual([slug, true])
    for (const slug of ['members', 'products', 'cooperation', 'inquiries', 'media', 'documents'])
      expect([slug, hidden(slug, 'memberA')]).toEqual([slug, false])
    for (const slug of ['users', 'categories', 'settings', 'products', 'applications'])
      expect([slug, hidden(slug, 'editor')]).toEqual([slug, false])
  })

  it("lists only the company's own documents, staff everything", async () => {
    const list = async (
      collection: 'members' | 'products' | 'cooperation',
      actor: 'memberA' | 'editor',
    ) => {
      const user = asUser(actor)
      const baseFilter = payload.collections[collection].config.admin.baseFilter
      const where = (await baseFilter!({
        req: { user, payload } as never,
      } as never)) as Where | null
      const { docs } = await payload.find({
        collection,
        where: where ?? {},
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
      })
      return docs.map((d) => ('name' in d ? d.name : d.title)).sort()
    }
    expect(await list('members', 'memberA')).toEqual(['Alpha Soft'])
    expect(await list('products', 'memberA')).toEqual(['Alpha Cloud', 'Alpha Next'])
    expect(await list('cooperation', 'memberA')).toEqual(['Alpha offers', 'Alpha plans'])
    expect((await list('products', 'editor')).length).toBe(4)
  })

  it('"My company" shows its profile, products, posts and inquiries, new ones first, and nothing of B', async () => {
    const element = await MyCompanyPanel({
      payload,
      user: asUser('memberA') as never,
      i18n: { language: 'en' } as never,
    })
    const html = renderToStaticMarkup(element)
    for (const text of ['Alpha Soft', 'Alpha Cloud', 'Alpha Next', 'Alpha offers', 'Alpha plans'])
      expect(html).toContain(text)
    for (const text of ['Beta', 'Gamma']) expect(html).not.toContain(text)
    expect(html).toContain('Awaiting review')
    expect(html).toContain(`/admin/collections/products/${world.products.aPublished.id}`)
    expect(html).toContain('2 inquiries')
    expect(html).toContain('1 new')
    // The new inquiry is listed before the answered one.
    expect(html.indexOf('from Buyer')).toBeLessThan(html.indexOf('from Old Buyer'))
    expect(html.indexOf('from Buyer')).toBeGreaterThan(-1)
  })

  it('"My company" is in Bulgarian for a Bulgarian admin', async () => {
    const element = await MyCompanyPanel({
      payload,
      user: asUser('memberA') as never,
      i18n: { language: 'bg' } as never,
    })
    const html = renderToStaticMarkup(element)
    expect(html).toContain('Моята фирма')
    expect(html).toContain('Очаква преглед')
  })
})
