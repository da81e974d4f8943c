import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectRejected } from '../helpers/expectRejected'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let member: { id: number | string }
const sys = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload('validation')
  payload = ctx.payload
  member = await payload.create({
    collection: 'members',
    data: { name: 'Alpha Soft', country: 'BG', _status: 'published' },
    ...sys,
  })
})
afterAll(async () => ctx?.stop())

const rejects = (
  collection: CollectionSlug,
  write: () => Promise<unknown>,
  fieldPath: string,
  text: RegExp,
) => expectRejected(payload, collection, write, fieldPath, text)

const product = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'products',
    data: {
      name: 'Lake',
      member: member.id,
      kind: 'product',
      summary: 's',
      _status: 'published',
      ...data,
    } as never,
    ...sys,
  })

const event = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'events',
    data: {
      title: 'Summit',
      kind: 'conference',
      start: '2030-05-01T09:00:00Z',
      end: '2030-05-01T17:00:00Z',
      timeZone: 'Europe/Sofia',
      _status: 'published',
      ...data,
    } as never,
    ...sys,
  })

describe('slugs', () => {
  it('are generated from the name, transliterating Cyrillic', async () => {
    const doc = await payload.create({
      collection: 'partners',
      data: { name: 'Клъстер Черно море', country: 'BG', _status: 'published' } as never,
      ...sys,
    })
    expect(doc.slug).toBe('klaster-cherno-more')
  })

  it('are unique per collection, with a message that names the clash', async () => {
    await product({ slug: 'data-lake' })
    await rejects(
      'products',
      () => product({ slug: 'data-lake', name: 'Other' }),
      'slug',
      /"data-lake" is already used/,
    )
  })

  it('are refused when not lower-case words joined by hyphens', async () => {
    await rejects(
      'products',
      () => product({ slug: 'Data Lake!' }),
      'slug',
      /lower-case letters, digits and single hyphens/,
    )
  })

  it('of pages are refused when a route of the portal has them, typed or made from the title', async () => {
    const page = (data: Record<string, unknown>) => () =>
      payload.create({
        collection: 'pages',
        data: { title: 'Events', _status: 'published', ...data } as never,
        ...sys,
      })
    const reserved = /"events" is the address of one of the portal's own pages/
    await rejects('pages', page({ slug: 'events' }), 'slug', reserved)
    await rejects('pages', page({}), 'slug', reserved)
    await rejects('pages', page({ slug: 'search' }), 'slug', /"search" is the address/)
    // Other collections live under their own folder: a product may be called "events".
    expect((await product({ slug: 'events' })).slug).toBe('events')
    // membership.astro shows the page "membership", so that one is welcome.
    expect((await page({ slug: 'membership' })()).slug).toBe('membership')
  })

  it('stay editable', async () => {
    const doc = await product({ slug: 'edit-me' })
    const updated = await payload.update({
      collection: 'products',
      id: doc.id,
      data: { slug: 'edited' },
      ...sys,
    })
    expect(updated.slug).toBe('edited')
  })
})

describe('addresses', () => {
  it('refuses a website that is not a web address', async () => {
    await rejects(
      'members',
      () =>
        payload.create({
          collection: 'members',
          data: { name: 'Beta', country: 'BG', website: 'beta dot com', _status: 'published' },
          ...sys,
        }),
      'website',
      /full web address/,
    )
  })

  it('refuses a javascript: address', async () => {
    await rejects(
      'partners',
      () =>
        payload.create({
          collection: 'partners',
          data: {
            name: 'Gamma',
            country: 'DE',
            website: 'javascript:alert(1)',
            _status: 'published',
          } as never,
          ...sys,
        }),
      'website',
      /full web address/,
    )
  })

  it('refuses a malformed contact email', async () => {
    await rejects(
      'members',
      () =>
        payload.create({
          collection: 'members',
          data: {
            name: 'Delta',
            country: 'BG',
            contact: { email: 'sales@' },
            _status: 'published',
          },
          ...sys,
        }),
      'contact.email',
      /email address/,
    )
  })

  it('refuses an unknown country code', async () => {
    await rejects(
      'members',
      () =>
        payload.create({
          collection: 'members',
          data: { name: 'Epsilon', country: 'XX', _status: 'published' },
          ...sys,
        }),
      'country',
      /ISO 3166-1/,
    )
  })
})

describe('events', () => {
  it('refuses an end before the start', async () => {
    await rejects(
      'events',
      () => event({ end: '2030-05-01T08:00:00Z' }),
      'end',
      /end must not be before the start/,
    )
  })

  it('refuses a registration deadline after the start', async () => {
    await rejects(
      'events',
      () => event({ registrationDeadline: '2030-05-02T00:00:00Z' }),
      'registrationDeadline',
      /deadline must not be after the start/,
    )
  })

  it('refuses an unknown time zone', async () => {
    await rejects('events', () => event({ timeZone: 'Mars/Olympus' }), 'timeZone', /time zone/)
  })

  it('accepts a deadline before the start and an end after it', async () => {
    const doc = await event({ registrationDeadline: '2030-04-20T00:00:00Z' })
    expect(doc.id).toBeDefined()
  })
})

describe('users', () => {
  it('a member user must belong to a company', async () => {
    await rejects(
      'users',
      () =>
        payload.create({
          collection: 'users',
          data: { email: 'm@x.example', password: 'long-enough-password', role: 'member' } as never,
          ...sys,
        }),
      'company',
      /exactly one member company/,
    )
  })

  it('a staff user belongs to no company', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: 'e@x.example',
        password: 'long-enough-password',
        role: 'editor',
        company: member.id,
      } as never,
      ...sys,
    })
    expect(editor.company ?? null).toBeNull()
  })
})

describe('messages in the visitor language', () => {
  let server: Awaited<ReturnType<typeof startRestServer>>
  let token: string
  beforeAll(async () => {
    server = await startRestServer(payload.config)
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'a@x.example', password: 'long-enough-password', role: 'admin' } as never,
      ...sys,
    })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: 'long-enough-password' }),
    })
    token = ((await login.json()) as { token: string }).token
  })
  afterAll(async () => server?.close())

  const post = (collection: string, language: string, body: Record<string, unknown>) =>
    fetch(`${server.url}/api/${collection}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': language,
        authorization: `JWT ${token}`,
      },
      body: JSON.stringify(body),
    })

  it('come back in Bulgarian over REST for Accept-Language: bg, with status 400', async () => {
    const res = await post('events', 'bg', {
      title: 'Среща',
      kind: 'workshop',
      start: '2030-05-01T09:00:00Z',
      end: '2030-04-01T09:00:00Z',
      timeZone: 'Europe/Sofia',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Краят не може да бъде преди началото')
  })

  it('refuse an unknown country code in German and Bulgarian', async () => {
    const de = await post('members', 'de', { name: 'Zeta', country: 'XX' })
    expect(de.status).toBe(400)
    expect(JSON.stringify(await de.json())).toContain('Ländercode nach ISO 3166-1')
    const bad = await post('members', 'bg', { name: 'Eta', country: 'bg' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('код на държава по ISO 3166-1')
  })

  it('refuse a page slug that a route of the portal has, in German and Bulgarian', async () => {
    const de = await post('pages', 'de', { title: 'Suche', slug: 'search' })
    expect(de.status).toBe(400)
    expect(JSON.stringify(await de.json())).toContain(
      'Der Slug \\"search\\" ist die Adresse einer eigenen Seite des Portals',
    )
    const bg = await post('pages', 'bg', { title: 'Събития', slug: 'events' })
    expect(bg.status).toBe(400)
    expect(JSON.stringify(await bg.json())).toContain('е зает от собствена страница на портала')
  })
})

describe('categories', () => {
  it('have two levels at most', async () => {
    const top = await payload.create({
      collection: 'categories',
      data: { name: 'Software', _status: 'published' },
      ...sys,
    })
    const child = await payload.create({
      collection: 'categories',
      data: { name: 'ERP', parent: top.id, _status: 'published' },
      ...sys,
    })
    await rejects(
      'categories',
      () =>
        payload.create({
          collection: 'categories',
          data: { name: 'Deep', parent: child.id, _status: 'published' },
          ...sys,
        }),
      'parent',
      /two levels/,
    )
  })
})
