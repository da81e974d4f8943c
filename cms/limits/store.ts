import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { like } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import {
  type RateLimiterAbstract,
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
} from 'rate-limiter-flexible'

import { rateLimits } from './table'

/**
 * Where the limits count: the CMS's own database, so that every instance behind the load
 * balancer sees the same counts (rate-limiter-flexible's RateLimiterDrizzle over Payload's
 * libSQL connection on SQLite, its RateLimiterMongo over Payload's MongoDB connection), or this
 * process's memory where there is no Payload (unit tests pass null).
 */
export type LimitStore = Pick<Payload, 'db'> | null

export type LimitOptions = { keyPrefix: string; points: number; seconds: number }

/** MongoDB's collection of counters (the adapter's connection, not a Payload collection). */
const mongoCollection = 'rate_limits'

// One limiter per store and setting, created on first use: the settings are read per request.
const byStore = new WeakMap<object, Map<string, RateLimiterAbstract>>()
const memory = {}

function create(store: LimitStore, { keyPrefix, points, seconds }: LimitOptions) {
  const options = { keyPrefix, points, duration: seconds }
  if (!store) return new RateLimiterMemory(options)
  if (store.db.name === 'sqlite') {
    const { drizzle } = store.db as unknown as SQLiteAdapter
    return new RateLimiterDrizzle({ ...options, storeClient: drizzle, schema: rateLimits })
  }
  if (store.db.name === 'mongoose') {
    // The driver's Db (connected by now: limits are taken while serving requests); the TTL
    // index rate-limiter-flexible creates on `expire` lets MongoDB drop old counters itself.
    const { connection } = store.db as unknown as MongooseAdapter
    return new RateLimiterMongo({
      ...options,
      storeClient: connection.db,
      tableName: mongoCollection,
    })
  }
  throw new Error(`no shared rate-limit store for the ${store.db.name} database adapter`)
}

/** The limiter `options` describes, counting in `store`. */
export function limiter(store: LimitStore, options: LimitOptions): RateLimiterAbstract {
  const owner = store?.db ?? memory
  let limiters = byStore.get(owner)
  if (!limiters) byStore.set(owner, (limiters = new Map()))
  const id = `${options.keyPrefix}:${options.points}:${options.seconds}`
  let found = limiters.get(id)
  if (!found) limiters.set(id, (found = create(store, options)))
  return found
}

/** Counts `points` for `key`; null when allowed, else the seconds until it is (Retry-After). */
export async function take(l: RateLimiterAbstract, key: string, points = 1) {
  try {
    await l.consume(key, points)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/** Tests only: forgets every count whose limiter's prefix starts with `prefix`. */
export async function clearLimits(store: LimitStore, prefix: string): Promise<void> {
  byStore.delete(store?.db ?? memory)
  if (!store) return
  if (store.db.name === 'sqlite') {
    const { drizzle } = store.db as unknown as SQLiteAdapter
    await drizzle.delete(rateLimits).where(like(rateLimits.key, `${prefix}%`))
  } else if (store.db.name === 'mongoose') {
    const { connection } = store.db as unknown as MongooseAdapter
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await connection.db?.collection(mongoCollection).deleteMany({ key: { $regex: `^${escaped}` } })
  }
}
