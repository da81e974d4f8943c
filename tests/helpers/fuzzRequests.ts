/**
 * Deterministic generator of hostile requests for every REST route of every collection and
 * global, and for GraphQL. The same seed gives the same requests, so a failure reproduces.
 * Writes never reach a real document: bulk PATCH/DELETE carry an impossible `id` clause and
 * by-id writes use ids that are no id; only creates may add documents.
 */
import { graphqlBodies } from './fuzzGraphql'
import { prng } from './prng'
import {
  badIds,
  badJsonBodies,
  badQueryStrings,
  badWheres,
  hugeParams,
  traversals,
  unicodeSegments,
  wrongTypeValues,
} from './fuzzValues'

export type FuzzActor = 'anonymous' | 'member' | 'editor'
export const fuzzActors: FuzzActor[] = ['anonymous', 'member', 'editor']

export interface FuzzRequest {
  kind: string
  method: string
  /** Exactly as sent on the wire. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export interface FuzzTargets {
  collections: { slug: string; auth: boolean; upload: boolean; fields: string[] }[]
  globals: string[]
  /** Ids of documents that exist (read-only use). */
  readIds: number[]
}

type Rng = ReturnType<typeof prng>

const json = { 'content-type': 'application/json' }
const impossible = 'where[and][0][id][equals]=-1'

function collectionRoutes(c: FuzzTargets['collections'][number], id: string): string[] {
  const base = `/api/${c.slug}`
  const routes = [
    base,
    `${base}/${id}`,
    `${base}/count`,
    `${base}/versions`,
    `${base}/versions/${id}`,
    `${base}/${id}/duplicate`,
    `${base}/access/${id}`,
  ]
  if (c.auth)
    routes.push(
      ...['login', 'me', 'forgot-password', 'reset-password', 'unlock', 'init'].map(
        (r) => `${base}/${r}`,
      ),
      `${base}/first-register`,
      `${base}/verify/${id}`,
      `${base}/${id}/api-key/reveal`,
    )
  if (c.upload) routes.push(`${base}/file/${id}`, `${base}/paste-url/${id}`)
  if (c.slug === 'inquiries' || c.slug === 'applications') routes.push(`${base}/submit`)
  return routes
}

/** The participants' endpoints (cms/matchmaking/endpoints/): CMS tokens and garbage alike get 4xx. */
const matchmakingRoutes = (id: string) =>
  [
    'register',
    'confirm',
    'signin',
    'session',
    'me',
    'participants',
    'suggestions',
    'meetings',
    `meetings/${id}/slots`,
    `meetings/${id}/accept`,
    `meetings/${id}/decline`,
    `meetings/${id}/cancel`,
    `calendar/${id}.ics`,
    `staff/events/${id}/grid`,
  ].map((r) => `/api/matchmaking/${r}`)

function anyRoute(rng: Rng, t: FuzzTargets, id: string): string {
  if (rng.next() < 0.1) return rng.pick(matchmakingRoutes(id))
  if (rng.next() < 0.2) {
    const g = `/api/globals/${rng.pick(t.globals)}`
    return rng.pick([g, `${g}/versions`, `${g}/versions/${id}`, `${g}/access`, `${g}/rebuild`])
  }
  return rng.pick(collectionRoutes(rng.pick(t.collections), id))
}

/** Turns a route into a request that cannot change stored data by accident. */
function guardWrite(method: string, path: string): string {
  const write = method === 'DELETE' || method === 'PATCH'
  const bulk = /^\/api\/[^/]+$/.test(path.split('?')[0]!)
  if (!write || !bulk) return path
  return path + (path.includes('?') ? '&' : '?') + impossible
}

const listPaths = (t: FuzzTargets, rng: Rng) => {
  const c = rng.pick(t.collections)
  const g = rng.pick(t.globals)
  return rng.pick([
    `/api/${c.slug}`,
    `/api/${c.slug}/count`,
    `/api/${c.slug}/versions`,
    `/api/${c.slug}/${rng.pick(t.readIds)}`,
    `/api/globals/${g}`,
    `/api/globals/${g}/versions`,
  ])
}

const generators: Record<string, (rng: Rng, t: FuzzTargets) => FuzzRequest> = {
  'bad id': (rng, t) => {
    const c = rng.pick(t.collections)
    const id = rng.pick(badIds)
    const [method, path] = rng.pick([
      ['GET', `/api/${c.slug}/${id}`],
      ['PATCH', `/api/${c.slug}/${id}`],
      ['DELETE', `/api/${c.slug}/${id}`],
      ['POST', `/api/${c.slug}/${id}/duplicate`],
      ['GET', `/api/${c.slug}/versions/${id}`],
      ['POST', `/api/${c.slug}/versions/${id}`],
      ['POST', `/api/${c.slug}/access/${id}`],
      ['GET', `/api/globals/${rng.pick(t.globals)}/versions/${id}`],
      ['POST', `/api/globals/${rng.pick(t.globals)}/versions/${id}`],
      ['POST', `/api/users/verify/${id}`],
    ] as const)
    return {
      kind: 'bad id',
      method,
      path,
      headers: json,
      body: method === 'GET' ? undefined : '{}',
    }
  },
  'bad where': (rng, t) => {
    const c = rng.pick(t.collections)
    const method = rng.pick(['GET', 'GET', 'GET', 'PATCH', 'DELETE'])
    const base = rng.pick([`/api/${c.slug}`, `/api/${c.slug}/count`, `/api/${c.slug}/versions`])
    const path = `${method === 'GET' ? base : `/api/${c.slug}`}?${rng.pick(badWheres)}`
    return {
      kind: 'bad where',
      method,
      path: guardWrite(method, path),
      headers: json,
      body: method === 'PATCH' ? '{}' : undefined,
    }
  },
  'huge params': (rng, t) => {
    const names = Object.keys(hugeParams)
    const query = Array.from({ length: 1 + Math.floor(rng.next() * 3) }, () => {
      const name = rng.pick(names)
      return `${name}=${rng.pick(hugeParams[name]!)}`
    }).join('&')
    return { kind: 'huge params', method: 'GET', path: `${listPaths(t, rng)}?${query}` }
  },
  'wrong method': (rng, t) => {
    // TRACE and made-up methods: Next answers them with a 500, so cms/server.ts refuses them.
    const method = rng.pick([
      'PUT',
      'PATCH',
      'DELETE',
      'POST',
      'GET',
      'HEAD',
      'OPTIONS',
      'TRACE',
      'PROPFIND',
      'BREW',
    ])
    const id = rng.next() < 0.5 ? rng.pick(badIds) : '999999'
    const path = guardWrite(method, anyRoute(rng, t, id))
    const body = ['GET', 'HEAD'].includes(method) ? undefined : '{}'
    return { kind: 'wrong method', method, path, headers: json, body }
  },
  'bad body': (rng, t) => {
    const c = rng.pick(t.collections)
    const route = rng.pick([
      ['POST', `/api/${c.slug}`],
      ['PATCH', `/api/${c.slug}/999999`],
      ['PATCH', `/api/${c.slug}?${impossible}`],
      ['POST', `/api/globals/${rng.pick(t.globals)}`],
      ['POST', '/api/users/login'],
      ['POST', '/api/users/forgot-password'],
      ['POST', '/api/users/reset-password'],
      ['POST', '/api/users/unlock'],
      ['POST', '/api/users/first-register'],
      ['POST', '/api/inquiries/submit'],
      ['POST', '/api/applications/submit'],
      ['POST', `/api/${c.slug}?depth=0`],
    ] as const)
    const [method, path] = route
    const style = rng.next()
    if (style < 0.45)
      return { kind: 'bad body', method, path, headers: json, body: rng.pick(badJsonBodies) }
    if (style < 0.8) {
      const field = rng.pick([...c.fields, 'email', 'password', 'role', 'company', 'id'])
      const body = JSON.stringify({
        [field]: rng.pick(wrongTypeValues),
        email: 'fuzz@nobody.example',
      })
      return { kind: 'bad body', method, path, headers: json, body }
    }
    const [contentType, body] = rng.pick([
      ['text/plain', '{"a":1}'],
      ['application/xml', '<a/>'],
      ['application/x-www-form-urlencoded', 'a=%&b=%zz&c[=1'],
      ['multipart/form-data', '--x\r\n\r\n'],
      ['multipart/form-data; boundary=x', 'garbage'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--x--\r\n',
      ],
      ['application/json; charset=latin1', '{"a":1}'],
      ['application/json', ''],
    ] as const)
    return { kind: 'bad body', method, path, headers: { 'content-type': contentType }, body }
  },
  'method override': (rng, t) => ({
    kind: 'method override',
    method: 'POST',
    path: `/api/${rng.pick(t.collections).slug}`,
    headers: { ...json, 'x-http-method-override': 'GET' },
    body:
      rng.next() < 0.5
        ? rng.pick(badJsonBodies)
        : JSON.stringify({ where: { nope: { equals: 1 } }, depth: 1e9 }),
  }),
  'bad query string': (rng, t) => ({
    kind: 'bad query string',
    method: 'GET',
    path: `${listPaths(t, rng)}?${rng.pick(badQueryStrings)}`,
  }),
  'long path': (rng, t) => {
    const c = rng.pick(t.collections)
    const n = rng.pick([1_000, 4_000, 8_000, 20_000])
    const path = rng.pick([
      `/api/${c.slug}/${'a'.repeat(n)}`,
      `/api/${c.slug}${'/a'.repeat(n / 2)}`,
      `/api/${'x'.repeat(n)}`,
      `/api/globals/${'g'.repeat(n)}/versions`,
    ])
    return { kind: 'long path', method: rng.pick(['GET', 'POST', 'DELETE']), path }
  },
  'unicode and NUL': (rng, t) => {
    const c = rng.pick(t.collections)
    const seg = rng.pick([...unicodeSegments, '%00', 'a%00b', '%0d%0aX-Injected:%201'])
    const path = rng.pick([
      `/api/${c.slug}/${seg}`,
      `/api/${seg}`,
      `/api/globals/${seg}`,
      `/api/${c.slug}/${seg}/duplicate`,
      `/api/${c.slug}?where[name][equals]=${seg}`,
      `/api/${c.slug}?locale=${seg}`,
      `/api/graphql/${seg}`,
    ])
    const method = rng.pick(['GET', 'GET', 'DELETE', 'PATCH'])
    const body = method === 'PATCH' ? '{}' : undefined
    return { kind: 'unicode and NUL', method, path: guardWrite(method, path), headers: json, body }
  },
  'path traversal': (rng) => {
    const tail = rng.pick(traversals)
    const path = rng.pick([
      `/api/media/file/${tail}`,
      `/api/documents/file/${tail}`,
      `/api/${tail}`,
      `/api/media/${tail}`,
      `/api/globals/${tail}`,
      `/admin/${tail}`,
    ])
    return { kind: 'path traversal', method: 'GET', path }
  },
  upload: (rng) => {
    const collection = rng.pick(['media', 'documents'])
    const filename = rng.pick([
      'a\u0000b.png',
      'a\r\nb.png',
      '../../evil.png',
      '..\\..\\evil.pdf',
      'x'.repeat(400) + '.png',
      '💥.png',
      '',
      '.',
      'a%00.pdf',
    ])
    const type = rng.pick(['image/png', 'application/pdf', 'text/html', 'application/x-msdownload'])
    const content = rng.pick([
      Buffer.from('not really a file'),
      Buffer.alloc(0),
      Buffer.from('%PDF-1.4\n%%EOF'),
    ])
    const payload = rng.pick(['{"alt":"x","title":"x"}', '{bad', '[]', ''])
    const b = 'fuzzboundary'
    const body = Buffer.concat([
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${payload}\r\n` +
          `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
          `Content-Type: ${type}\r\n\r\n`,
        'latin1',
      ),
      content,
      Buffer.from(rng.next() < 0.8 ? `\r\n--${b}--\r\n` : '\r\n--fuzzbou'),
    ])
    return {
      kind: 'upload',
      method: rng.pick(['POST', 'POST', 'PATCH']),
      path: rng.next() < 0.8 ? `/api/${collection}` : `/api/${collection}/999999`,
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      body,
    }
  },
  graphql: (rng) => ({
    kind: 'graphql',
    method: 'POST',
    path: '/api/graphql',
    headers: json,
    body: rng.pick(graphqlBodies),
  }),
}

/** `count` requests spread evenly over the kinds and the actors, in a seeded order. */
export function generateRequests(seed: number, count: number, targets: FuzzTargets) {
  const rng = prng(seed)
  const kinds = Object.keys(generators)
  return Array.from({ length: count }, (_, i) => ({
    actor: fuzzActors[i % fuzzActors.length]!,
    ...generators[kinds[Math.floor(i / fuzzActors.length) % kinds.length]!]!(rng, targets),
  }))
}
