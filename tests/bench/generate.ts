/**
 * Child process of the build benchmark: seeds the real data set into the database that
 * DATA_DIR / DATABASE_URI point at, then adds synthetic members, products and events made from
 * it: every field filled in every locale, with the real texts' lengths, categories, images and
 * relations. Written straight through the database adapter in large transactions (no hooks, no
 * versions), because the Local API at ~3 writes per localized document would take hours for 10k.
 *
 * Usage: generate.ts <products> <members> <events>; prints one JSON
 * line with the counts.
 */
import crypto from 'node:crypto'

import {
  type CollectionSlug,
  createLocalReq,
  getPayload,
  type Payload,
  type PayloadRequest,
} from 'payload'

import config from '../../cms/payload.config'
import { seed } from '../../cms/seed/index'

type Doc = Record<string, unknown> & { id: number; slug: string }
type Counts = { products: number; members: number; events: number }

const [products, members, events] = process.argv.slice(2, 5).map(Number)
const variants = [
  'Cloud',
  'Edge',
  'Suite',
  'Connect',
  'Insight',
  'Flow',
  'Studio',
  'Hub',
  'Pro',
  'Go',
]
const batchSize = 500

/** Every document of a collection with its localized fields in all locales, relations as ids. */
async function allLocales(payload: Payload, collection: 'members' | 'products' | 'events') {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as Doc[]
}

/**
 * A field value with fresh ids for its array rows: the ids are primary keys of the rows'
 * tables, so a copy that kept them would collide with the original's rows (and the database
 * adapter, unlike the Local API, makes none). Rich text (a Lexical `root`) is copied as it is.
 */
function withNewRowIds(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item: unknown) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return item
      const row = withNewRowIds(item) as Record<string, unknown>
      return 'id' in row ? { ...row, id: crypto.randomBytes(12).toString('hex') } : row
    })
  if (!value || typeof value !== 'object' || 'root' in value) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNewRowIds(v)]))
}

/** A copy of a document as a new one: no id, fresh timestamps, published. */
function clone(doc: Doc, changes: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = doc
  const now = new Date().toISOString()
  const fields = withNewRowIds(rest) as Record<string, unknown>
  return { ...fields, ...changes, _status: 'published', createdAt: now, updatedAt: now }
}

/** Appends a suffix to every locale of a localized text. */
const suffixed = (value: unknown, suffix: string) =>
  Object.fromEntries(
    Object.entries(value as Record<string, string>).map(([l, v]) => [l, `${v} ${suffix}`]),
  )

/** Inserts documents in transactions of `batchSize`, pushing each new id onto `ids` at once. */
async function insertAll(
  payload: Payload,
  collection: CollectionSlug,
  rows: Iterable<Record<string, unknown>>,
  ids: number[] = [],
) {
  let req: PayloadRequest | undefined
  let inBatch = 0
  for (const data of rows) {
    if (!req) {
      req = await createLocalReq({}, payload)
      req.transactionID = (await payload.db.beginTransaction()) ?? undefined
    }
    const created = (await payload.db.create({ collection, data, req })) as { id: number }
    ids.push(created.id)
    if (++inBatch === batchSize) {
      if (req.transactionID) await payload.db.commitTransaction(req.transactionID)
      req = undefined
      inBatch = 0
    }
  }
  if (req?.transactionID) await payload.db.commitTransaction(req.transactionID)
  return ids
}

function* syntheticMembers(real: Doc[], count: number) {
  for (let j = 0; j < count; j++) {
    const base = real[j % real.length]
    yield clone(base, {
      name: `${base.name} ${variants[j % variants.length]} ${j + 1}`,
      slug: `${base.slug}-${j + 1}`,
      featured: false,
    })
  }
}

function* syntheticProducts(real: Doc[], memberIds: number[], count: number, ids: number[]) {
  for (let i = 0; i < count; i++) {
    const base = real[i % real.length]
    const member = memberIds[i % memberIds.length]
    // "Works with" two earlier products of other makers, as real catalogues do.
    const integrations = [ids[i - 7], ids[i - 13]].filter((id) => id !== undefined)
    const name = `${base.name} ${variants[Math.floor(i / real.length) % variants.length]} ${i + 1}`
    yield clone(base, { name, slug: `${base.slug}-${i + 1}`, member, integrations })
  }
}

function* syntheticEvents(real: Doc[], memberIds: number[], count: number) {
  const day = 86_400_000
  for (let k = 0; k < count; k++) {
    const base = real[k % real.length]
    // Spread over four years from the real event's date, a week apart.
    const shift = (k + 1) * 7 * day
    const at = (value: unknown) =>
      value ? new Date(Date.parse(String(value)) + shift).toISOString() : value
    yield clone(base, {
      title: suffixed(base.title, `#${k + 1}`),
      slug: `${base.slug}-${k + 1}`,
      start: at(base.start),
      end: at(base.end),
      registrationDeadline: at(base.registrationDeadline),
      organisers: [memberIds[k % memberIds.length]],
    })
  }
}

try {
  const t0 = Date.now()
  const payload = await getPayload({ config })
  await seed(payload, { log: () => {} })
  const seeded = Date.now()
  const realMembers = await allLocales(payload, 'members')
  const realProducts = (await allLocales(payload, 'products')).filter(
    (p) => p._status === 'published',
  )
  const realEvents = await allLocales(payload, 'events')
  const memberIds = await insertAll(payload, 'members', syntheticMembers(realMembers, members))
  const productIds: number[] = []
  await insertAll(
    payload,
    'products',
    syntheticProducts(realProducts, memberIds, products, productIds),
    productIds,
  )
  await insertAll(payload, 'events', syntheticEvents(realEvents, memberIds, events))
  const counts = async (collection: 'members' | 'products' | 'events') =>
    (await payload.count({ collection, overrideAccess: false })).totalDocs
  const result: Counts & { seedMs: number; generateMs: number } = {
    members: await counts('members'),
    products: await counts('products'),
    events: await counts('events'),
    seedMs: seeded - t0,
    generateMs: Date.now() - seeded,
  }
  console.log(`BENCH_DATA ${JSON.stringify(result)}`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`bench data failed: ${(error as Error).stack}`)
  process.exit(1)
}
