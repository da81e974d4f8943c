/**
 * `npm run bench:forms`: throughput of the public form endpoints with the rate limit off.
 * Starts Payload on a temporary database with one published member, product and category,
 * served over loopback HTTP by Payload's own request handler (tests/helpers/http.ts) in a child
 * process, then runs autocannon against each endpoint with valid bodies (every one is stored,
 * hooks included) and prints requests per second and latency percentiles. Cleans up after.
 *
 * Options: --url URL (a running CMS instead, started with FORMS_RATE_LIMIT=off; targets are
 * taken from its published content), --duration S (10), --connections N (10).
 */
import { type ChildProcess, fork } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    serve: { type: 'boolean', default: false },
  },
})

type Result = { requests: { average: number }; duration: number; errors: number; timeouts: number }
type Instance = Promise<Result> & {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void
}
// autocannon ships no types; this is the part of its programmatic API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Instance

const siteOrigin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin

/** Child process: the CMS on a temporary database, reporting its URL to the parent. */
async function serve() {
  process.env.FORMS_RATE_LIMIT = 'off'
  const { startPayload } = await import('../helpers/payload')
  const { startRestServer } = await import('../helpers/http')
  const { payload, dataDir, stop } = await startPayload('bench-forms')
  const sys = { overrideAccess: true, context: { seeding: true } }
  const member = await payload.create({
    collection: 'members',
    data: {
      name: 'Bench Soft',
      country: 'BG',
      contact: { email: 'sales@bench.example' },
      _status: 'published',
    } as never,
    ...sys,
  })
  await payload.create({
    collection: 'products',
    data: {
      name: 'Bench Cloud',
      member: member.id,
      kind: 'product',
      summary: 'x',
      _status: 'published',
    } as never,
    ...sys,
  })
  await payload.create({
    collection: 'categories',
    data: { name: 'Cloud', _status: 'published' } as never,
    ...sys,
  })
  const server = await startRestServer(payload.config)
  const shutdown = async () => {
    await server.close()
    await stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
    process.exit(0)
  }
  process.on('disconnect', () => void shutdown())
  process.send!({ url: server.url })
}

/** Starts the child and waits for its URL. */
function startChild(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(import.meta.filename, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    // Staff and member are both mailed (as .eml files): the notification is queued with the
    // inquiry and sent by this process's mail queue every 3 s, part of the cost either way.
    env: { ...process.env, FORMS_RATE_LIMIT: 'off', STAFF_EMAIL: 'staff@bench.example' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ url: (m as { url: string }).url, child }))
    child.once('exit', (code) =>
      reject(new Error(`the CMS process exited with ${code} before listening`)),
    )
  })
}

/** Slugs of published content to aim the forms at (what an anonymous visitor can read). */
async function targets(url: string) {
  const first = async (path: string) => {
    const res = await fetch(`${url}/api/${path}`)
    const body = (await res.json()) as { docs?: { id: number | string; slug: string }[] }
    const doc = body.docs?.[0]
    if (!doc) throw new Error(`${url}/api/${path} has no published document to aim the form at`)
    return doc
  }
  const member = await first('members?limit=1&depth=0')
  const product = await first(`products?limit=1&depth=0&where[member][equals]=${member.id}`)
  const category = await first('categories?limit=1&depth=0')
  return { member: member.slug, product: product.slug, category: category.slug }
}

function bodies(t: Awaited<ReturnType<typeof targets>>) {
  const common = { locale: 'en', homepage: '', startedAt: Date.now() - 60_000 }
  return {
    inquiries: {
      name: 'Load Test',
      email: 'load@bench.example',
      company: 'Bench GmbH',
      country: 'DE',
      message: 'A realistic inquiry about licences, support and delivery times.',
      member: t.member,
      product: t.product,
      ...common,
    },
    applications: {
      companyName: 'Bench Applicant',
      legalId: 'BG131071587',
      website: 'https://bench.example',
      employees: '10-49',
      sectors: [t.category],
      recommendedBy: t.member,
      contactName: 'Load Test',
      email: 'load@bench.example',
      motivation: 'A realistic motivation of a company that wants to join the cluster.',
      consent: true,
      ...common,
    },
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : NaN

async function load(url: string, body: object) {
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: siteOrigin },
    body: JSON.stringify(body),
    connections: Number(values.connections),
    duration: Number(values.duration),
  })
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms)
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  return { result, latencies, statuses }
}

async function main() {
  const started = values.url ? null : await startChild()
  const url = values.url ?? started!.url
  try {
    const t = await targets(url)
    console.log(
      `bench:forms on ${url}: ${values.connections} connections, ${values.duration} s per endpoint`,
    )
    for (const [collection, body] of Object.entries(bodies(t))) {
      const { result, latencies, statuses } = await load(`${url}/api/${collection}/submit`, body)
      const ms = (p: number) => `${percentile(latencies, p).toFixed(1)} ms`
      console.log(`\nPOST /api/${collection}/submit`)
      console.log(`  requests/s  ${result.requests.average.toFixed(0)} (mean of 1 s samples)`)
      console.log(`  latency     p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}, max ${ms(100)}`)
      console.log(`  responses   ${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}`)
      if (result.errors || result.timeouts)
        console.log(`  errors      ${result.errors} (timeouts ${result.timeouts})`)
      if ([...statuses.keys()].some((s) => s !== 201))
        console.log('  ! not every answer was 201: is the rate limit off (FORMS_RATE_LIMIT=off)?')
    }
  } finally {
    started?.child.disconnect()
  }
}

await (values.serve ? serve() : main())
