import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BuildHistoryEntry, readBuildHistory } from '../../cms/build/buildRecord'
import { lockFileFor } from '../../cms/build/siteLock'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { createWorld, fixture, password, type World } from '../helpers/world'

/**
 * Two real CMS servers (cms/server.ts, as `npm start` runs it) on one SQLite file, the way a
 * load balancer spreads visitors over two instances: whatever one of them counts, locks or
 * stores, the other must see. Each instance has a data folder of its own (as two hosts would);
 * they share only the database and the uploads folder (UPLOADS_DIR). Each builds the site into
 * its own folder, as two hosts would, so that only the database keeps their builds apart.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-two-'))
const site = new URL(process.env.SITE_URL || 'http://localhost:4321').origin
const uploads = path.join(root, 'uploads')
const outDirOf = (name: string) => path.join(root, name, 'dist')

let ctx: Awaited<ReturnType<typeof startPayload>>
let world: World
type Server = Awaited<ReturnType<typeof startCmsServer>>
const servers: Record<'a' | 'b', Server | undefined> = { a: undefined, b: undefined }

function instanceEnv(name: 'a' | 'b'): Record<string, string> {
  const dataDir = path.join(root, name, 'data')
  fs.mkdirSync(dataDir, { recursive: true })
  return {
    DATABASE_URI: process.env.DATABASE_URI!,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
    DATA_DIR: dataDir,
    UPLOADS_DIR: uploads,
    SITE_OUT_DIR: outDirOf(name),
    ASTRO_CACHE_DIR: path.join(root, name, 'astro-cache'),
    REBUILD_AUTORUN: '1',
    // Edits in the tests before the last wait; "Rebuild now" starts the build at once.
    REBUILD_DEBOUNCE_SECONDS: '3600',
    MAIL_AUTORUN: '0',
    // The test plays the load balancer, which writes each visitor's address.
    FORMS_TRUSTED_PROXIES: '1',
    FORMS_RATE_LIMIT_POINTS: '5',
    FORMS_RATE_LIMIT_SECONDS: '600',
    AUTH_RATE_LIMIT_FORGOT_POINTS: '2',
  }
}

const start = async (name: 'a' | 'b') =>
  (servers[name] = await startCmsServer({
    env: instanceEnv(name),
    log: path.join(root, `${name}.log`),
  }))

async function stop(name: 'a' | 'b') {
  const server = servers[name]
  if (!server) return
  server.stop()
  await server.exited
  servers[name] = undefined
}

const url = (name: 'a' | 'b') => servers[name]!.url

beforeAll(async () => {
  ctx = await startPayload('two-instances')
  world = await createWorld(ctx.payload)
  // One after the other: the first builds the admin app when its sources changed.
  await start('a')
  await start('b')
}, 900_000)

afterAll(async () => {
  await Promise.all([stop('a'), stop('b')])
  await ctx?.stop()
  // KEEP_TEST_DIR=1 keeps both servers' logs (a.log, b.log) and build folders to read.
  if (!process.env.KEEP_TEST_DIR) fs.rmSync(root, { recursive: true, force: true })
  if (ctx?.dataDir) fs.rmSync(ctx.dataDir, { recursive: true, force: true })
})

type Json = Record<string, unknown>

async function call(
  name: 'a' | 'b',
  method: string,
  route: string,
  { body, token, ip, lang = 'en' }: { body?: unknown; token?: string; ip?: string; lang?: string },
) {
  const res = await fetch(`${url(name)}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': lang,
      origin: site,
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(ip ? { 'x-forwarded-for': ip } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json().catch(() => ({}))) as Json
  return { status: res.status, headers: res.headers, json }
}

async function tokenOf(name: 'a' | 'b', email: string, ip: string) {
  const answer = await call(name, 'POST', '/api/users/login', { body: { email, password }, ip })
  if (answer.status !== 200) throw new Error(`login ${email}: ${JSON.stringify(answer.json)}`)
  return String(answer.json.token)
}

const inquiry = (email: string) => ({
  name: 'Ana Petrova',
  email,
  company: 'Buyer GmbH',
  country: 'DE',
  message: 'Please quote 40 licences of Alpha Cloud, with support in German.',
  member: 'alpha-soft',
  product: 'alpha-cloud',
  locale: 'de',
  homepage: '',
  startedAt: Date.now() - 20_000,
})

describe('two CMS instances on one database', () => {
  it("a form's rate limit holds across both: 5 submissions via A, the 6th via B is refused", async () => {
    const ip = '198.51.100.61'
    for (let i = 0; i < 5; i++) {
      const answer = await call('a', 'POST', '/api/inquiries/submit', {
        body: inquiry(`two${i}@buyer.example`),
        ip,
        lang: 'de',
      })
      expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    }
    const refused = await call('b', 'POST', '/api/inquiries/submit', {
      body: inquiry('two5@buyer.example'),
      ip,
      lang: 'de',
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    expect((refused.json.errors as Json)?._form).toMatch(/Versuchen Sie es in 10 Min/)
    // Another visitor still gets through B.
    const other = await call('b', 'POST', '/api/inquiries/submit', {
      body: inquiry('other@buyer.example'),
      ip: '198.51.100.62',
      lang: 'de',
    })
    expect(other.status).toBe(201)
  })

  it('a document locked via A is locked via B', async () => {
    const ip = '198.51.100.71'
    const [editor, admin] = await Promise.all([
      tokenOf('a', world.users.editor.email, ip),
      tokenOf('b', world.users.admin.email, ip),
    ])
    const product = world.products.aPublished.id
    const lock = await call('a', 'POST', '/api/payload-locked-documents', {
      body: {
        document: { relationTo: 'products', value: product },
        user: { relationTo: 'users', value: world.users.editor.id },
      },
      token: editor,
    })
    expect(lock.status, JSON.stringify(lock.json)).toBe(201)
    const edit = await call('b', 'PATCH', `/api/products/${product}`, {
      body: { summary: 'Edited while locked' },
      token: admin,
    })
    expect(edit.status).toBe(423)
    // Released via A: B may edit again.
    const released = await call(
      'a',
      'DELETE',
      `/api/payload-locked-documents/${(lock.json.doc as Json).id}`,
      {
        token: editor,
      },
    )
    expect(released.status).toBe(200)
    const after = await call('b', 'PATCH', `/api/products/${product}`, {
      body: { summary: 'Edited after the lock' },
      token: admin,
    })
    expect(after.status).toBe(200)
  })

  it('a login lockout via A holds on B, and an unlock via B holds on A', async () => {
    const ip = '198.51.100.81'
    const email = world.users.memberA.email
    for (let i = 0; i < 5; i++) {
      const wrong = await call('a', 'POST', '/api/users/login', {
        body: { email, password: 'wrong-password' },
        ip,
      })
      expect(wrong.status).toBe(401)
    }
    const locked = await call('b', 'POST', '/api/users/login', { body: { email, password }, ip })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.json)).toMatch(/locked/i)
    const admin = await tokenOf('b', world.users.admin.email, ip)
    const unlock = await call('b', 'POST', '/api/users/unlock', { body: { email }, token: admin })
    expect(unlock.status, JSON.stringify(unlock.json)).toBe(200)
    const good = await call('a', 'POST', '/api/users/login', { body: { email, password }, ip })
    expect(good.status, JSON.stringify(good.json)).toBe(200)
  })

  it("forgot-password's per-address throttle holds across both", async () => {
    const ip = '198.51.100.91'
    const body = { email: world.users.memberB.email }
    expect((await call('a', 'POST', '/api/users/forgot-password', { body, ip })).status).toBe(200)
    expect((await call('b', 'POST', '/api/users/forgot-password', { body, ip })).status).toBe(200)
    const third = await call('a', 'POST', '/api/users/forgot-password', { body, ip, lang: 'bg' })
    expect(third.status).toBe(429)
    const fourth = await call('b', 'POST', '/api/users/forgot-password', { body, ip })
    expect(fourth.status).toBe(429)
  })

  it('an upload via A is readable via B', async () => {
    const editor = await tokenOf('a', world.users.editor.email, '198.51.100.101')
    const form = new FormData()
    const bytes = fs.readFileSync(fixture('image.png'))
    form.append('file', new Blob([bytes], { type: 'image/png' }), 'two-instances.png')
    form.append('_payload', JSON.stringify({ alt: 'Two instances' }))
    const res = await fetch(`${url('a')}/api/media?depth=0`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor}` },
      body: form,
    })
    const created = (await res.json()) as { doc?: { id: number; filename: string } }
    expect(res.status, JSON.stringify(created)).toBe(201)
    const file = await fetch(`${url('b')}/api/media/file/${created.doc!.filename}`, {
      headers: { authorization: `JWT ${editor}` },
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true)
    expect(fs.existsSync(path.join(uploads, 'media', created.doc!.filename))).toBe(true)
  })

  it('two rebuilds queued on A and B never run at once, even when B restarts during A’s build', async () => {
    const ip = '198.51.100.111'
    const adminA = await tokenOf('a', world.users.admin.email, ip)
    // B is down while A's build starts, as in a rolling deploy.
    await stop('b')
    const first = await call('a', 'POST', '/api/globals/build-status/rebuild', { token: adminA })
    expect(first.status).toBe(202)
    const until = Date.now() + 120_000
    while (!fs.existsSync(lockFileFor(outDirOf('a')))) {
      if (Date.now() > until) throw new Error("A's build did not start within 120 s")
      await new Promise((r) => setTimeout(r, 200))
    }
    await start('b')
    const adminB = await tokenOf('b', world.users.admin.email, ip)
    const second = await call('b', 'POST', '/api/globals/build-status/rebuild', { token: adminB })
    expect(second.status).toBe(202)
    expect(second.json.jobId).not.toBe(first.json.jobId)
    // Both built, whichever instance ran the second.
    const builds = () => [...readBuildHistory(outDirOf('a')), ...readBuildHistory(outDirOf('b'))]
    const done = Date.now() + 600_000
    while (builds().length < 2) {
      if (Date.now() > done) throw new Error(`only ${builds().length} build(s) within 10 min`)
      await new Promise((r) => setTimeout(r, 1000))
    }
    const span = (b: BuildHistoryEntry) => [Date.parse(b.startedAt), Date.parse(b.finishedAt)]
    const [one, two] = builds()
      .map(span)
      .sort((x, y) => x[0]! - y[0]!)
    console.info(`builds: ${JSON.stringify(builds().map((b) => [b.startedAt, b.finishedAt]))}`)
    expect(two![0]).toBeGreaterThanOrEqual(one![1]!)
    expect(builds().every((b) => b.result === 'succeeded')).toBe(true)
  }, 900_000)
})
