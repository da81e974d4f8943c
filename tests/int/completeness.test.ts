import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  everyMemberCompleteness,
  memberCompleteness,
  productCompleteness,
} from '../../cms/completeness/load'
import { MyCompanyPanel } from '../../cms/components/member/MyCompanyPanel'
import type { User } from '../../cms/payload-types'
import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

/**
 * Completeness on the CMS: the score of known profiles read from the database in every locale,
 * for the company itself and staff only; nobody else gets it, over the Local API, REST or
 * GraphQL, and no public read carries it (it is computed, never stored).
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let tokens: Record<string, string>
const sys = { overrideAccess: true } as const

const asUser = (actor: 'memberA' | 'memberB' | 'editor') =>
  ({ ...world.users[actor], collection: 'users' }) as unknown as User

const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})

beforeAll(async () => {
  ctx = await startPayload('completeness')
  payload = ctx.payload
  world = await createWorld(payload)
  server = await startRestServer(payload.config)
  tokens = (await restDriver(server.url, world)).tokens
  // Alpha Soft: a known profile. English and Bulgarian texts, no German; a logo whose alt text
  // is English only; a contact without a phone; no map coordinates.
  const a = world.members.a.id
  for (const [locale, tagline, description] of [
    ['en', 'Cloud ERP for factories', 'We build ERP.'],
    ['bg', 'Облачна ERP система', 'Създаваме ERP.'],
  ] as const)
    await payload.update({
      collection: 'members',
      id: a,
      locale,
      data: {
        tagline,
        description: lexical(description),
        ...(locale === 'en' && {
          logo: world.media.a.id,
          contact: { name: 'Ana', email: 'ana@alpha.example' },
          website: 'https://alpha.example',
          city: 'Sofia',
          sectors: [world.category.id],
          exportMarkets: ['DE'],
          languages: ['en'],
          certifications: ['ISO 9001'],
          founded: 2010,
          employees: '10-49',
        }),
      } as never,
      ...sys,
    })
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('the score of a known profile', () => {
  it('counts each locale, the logo’s alt texts and the products, and names each gap', async () => {
    const s = (await memberCompleteness(payload, asUser('memberA'), world.members.a.id))!
    const gaps = s.profile.missing.map((m) => `${m.criterion}:${m.field}:${m.locale ?? ''}`)
    expect(gaps.sort()).toEqual(
      [
        'contactPhone:contact.phone:',
        'description:description:de',
        'location:location.lat:',
        'logoAlt:alt:bg',
        'logoAlt:alt:de',
        'references:references:',
        'tagline:tagline:de',
      ].sort(),
    )
    // 68 − (14 + 6) / 3 − 2 × 2 / 3 − 2 − 3 − 6 (references and their translations)
    expect(s.profile.exact).toBeCloseTo(68 - 20 / 3 - 4 / 3 - 2 - 3 - 6)
    // Its two products (the draft too: the member is working on it), both bare but a summary.
    expect(s.products.map((p) => p.name).sort()).toEqual(['Alpha Cloud', 'Alpha Next'])
    for (const p of s.products)
      expect(p.missing.find((m) => m.criterion === 'summary')?.locale).not.toBe('en')
    expect(s.score).toBe(Math.round(s.exact))
  })

  it('rises when the member fills a gap', async () => {
    const before = (await memberCompleteness(payload, asUser('memberA'), world.members.a.id))!
    await payload.update({
      collection: 'members',
      id: world.members.a.id,
      data: { contact: { name: 'Ana', email: 'ana@alpha.example', phone: '+359 2 123' } },
      draft: true,
      user: asUser('memberA'),
      overrideAccess: false,
    })
    const after = (await memberCompleteness(payload, asUser('memberA'), world.members.a.id))!
    expect(after.exact - before.exact).toBeCloseTo(2)
    expect(after.missing.some((m) => m.criterion === 'contactPhone')).toBe(false)
  })
})

describe('who sees a score', () => {
  it('the company itself and staff; not another member, not an anonymous visitor', async () => {
    const a = world.members.a.id
    expect(await memberCompleteness(payload, asUser('memberA'), a)).not.toBeNull()
    expect(await memberCompleteness(payload, asUser('editor'), a)).not.toBeNull()
    expect(await memberCompleteness(payload, asUser('memberB'), a)).toBeNull()
    expect(await memberCompleteness(payload, null, a)).toBeNull()
    // Beta may read Alpha's published product, but not its score.
    const product = world.products.aPublished.id
    expect(await productCompleteness(payload, asUser('memberA'), product)).not.toBeNull()
    expect(await productCompleteness(payload, asUser('memberB'), product)).toBeNull()
    expect(await productCompleteness(payload, null, product)).toBeNull()
  })

  it('staff see every member, lowest score first; a member user does not', async () => {
    const rows = (await everyMemberCompleteness(payload, asUser('editor')))!
    expect(rows.map((r) => r.name).sort()).toEqual(['Alpha Soft', 'Beta Data', 'Gamma Hidden'])
    expect(rows.map((r) => r.exact)).toEqual([...rows.map((r) => r.exact)].sort((x, y) => x - y))
    expect(rows.at(-1)!.name).toBe('Alpha Soft')
    expect(await everyMemberCompleteness(payload, asUser('memberA'))).toBeNull()
  })

  it('"My company" shows the member its score and links to each missing field', async () => {
    const element = await MyCompanyPanel({
      payload,
      user: asUser('memberA'),
      i18n: { language: 'bg' } as never,
    })
    const html = renderToStaticMarkup(element)
    expect(html).toContain('data-testid="completeness-panel"')
    expect(html).toContain('Попълненост на профила')
    // The five items worth most of each group, biggest first, the rest behind a link.
    expect(html).toContain(
      `/admin/collections/members/${world.members.a.id}?locale=de#field-description`,
    )
    expect(html).toContain('Описание на немски')
    expect(html).toContain(`/admin/collections/members/${world.members.a.id}#field-location__lat`)
    expect(html).toMatch(/Всичко в редакцията \(\+\d+\)/)
  })
})

describe('the endpoint the edit view refreshes from', () => {
  const url = (collection: string, id: number | string) =>
    `${server.url}/api/${collection}/${id}/completeness`
  const get = async (collection: string, id: number | string, headers: Record<string, string>) => {
    const res = await fetch(url(collection, id), { headers })
    return { status: res.status, body: await res.text(), cache: res.headers.get('cache-control') }
  }
  const jwt = (actor: string) => ({ authorization: `JWT ${tokens[actor]}` })

  it('answers the company and staff, in the admin’s language, never cached', async () => {
    const own = await get('members', world.members.a.id, jwt('memberA'))
    expect(own.status).toBe(200)
    expect(own.cache).toContain('no-store')
    const view = JSON.parse(own.body) as { score: number; heading: string }
    expect(view.heading).toBe('Profile completeness')
    expect(view.score).toBeGreaterThan(0)
    const bg = await get('members', world.members.a.id, {
      ...jwt('editor'),
      cookie: 'payload-lng=bg',
    })
    expect(JSON.parse(bg.body).heading).toBe('Попълненост на профила')
    expect((await get('products', world.products.aDraft.id, jwt('memberA'))).status).toBe(200)
  })

  it('tells an anonymous visitor 401 and another member 404, without a score', async () => {
    for (const [collection, id] of [
      ['members', world.members.a.id],
      ['products', world.products.aPublished.id],
    ] as const) {
      const anonymous = await get(collection, id, {})
      expect(anonymous.status).toBe(401)
      const other = await get(collection, id, jwt('memberB'))
      expect(other.status).toBe(404)
      for (const res of [anonymous, other]) expect(res.body).not.toMatch(/score|missing|points/i)
    }
  })
})

describe('no public read carries a score', () => {
  it('anonymous REST reads of members and products have no completeness in them', async () => {
    for (const path of [
      `/api/members/${world.members.a.id}?locale=all&depth=2`,
      '/api/members?locale=all&depth=2',
      `/api/products/${world.products.aPublished.id}?locale=all&depth=2`,
      '/api/products?depth=2',
    ]) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(200)
      expect(await res.text(), path).not.toMatch(/completeness|"score"/i)
    }
  })

  it('the GraphQL schema has no completeness field, and an anonymous query cannot ask for it', async () => {
    const post = async (query: string) => {
      const res = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      return (await res.json()) as {
        data?: { __type?: { fields: { name: string }[] } | null }
        errors?: unknown[]
      }
    }
    for (const type of ['Member', 'Product']) {
      const { data } = await post(`{ __type(name: "${type}") { fields { name } } }`)
      const fields = data?.__type?.fields.map((f) => f.name) ?? []
      expect(fields, type).toContain('name')
      expect(
        fields.filter((f) => /completeness|score/i.test(f)),
        type,
      ).toEqual([])
    }
    const asked = await post(`{ Members { docs { name completeness } } }`)
    expect(asked.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(asked)).not.toMatch(/"score"/)
  })
})
