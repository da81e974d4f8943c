import fs from 'node:fs/promises'
import path from 'node:path'

import {
  addDataAndFileToRequest,
  APIError,
  type Config,
  type Endpoint,
  NotFound,
  type PayloadHandler,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'

import { message } from '../i18n/messages'

/**
 * Payload registers the same REST routes on every collection and global, and some of them
 * answer bad input with a 500 (found by tests/e2e/fuzz.test.ts):
 * - `/versions` and `/versions/:id` exist where there are no versions, and crash;
 * - `/verify/:token` exists on auth collections without email verification, and crashes;
 * - an id that is no number reaches SQLite as NaN (`/api/products/abc`), and the query fails;
 * - a malformed multipart body is reported as a server error, a body of another type is
 *   ignored and the create that follows crashes;
 * - a file that is not on the disk is a 500 (Payload's choice, to keep logs quiet);
 * - `payload-migrations` has no routes at all and answers every request with 501.
 * This removes the routes that cannot work and checks the input of the rest before Payload
 * sees it. It runs on the sanitized config, because Payload adds its own collections (jobs,
 * locks, preferences, migrations) only while sanitizing.
 */
export function guardInput(config: SanitizedConfig): SanitizedConfig {
  const numericIds = (config.db as { defaultIDType?: string }).defaultIDType === 'number'
  for (const collection of config.collections) {
    const idIsNumber = numericIds && !collection.flattenedFields.some((f) => f.name === 'id')
    collection.endpoints = guardEndpoints(collection.endpoints, {
      versions: Boolean(collection.versions),
      verify: Boolean(collection.auth?.verify),
      idIsNumber,
      staticDir: collection.upload ? uploadDir(collection) : undefined,
    })
  }
  for (const global of config.globals) {
    global.endpoints = guardEndpoints(global.endpoints, {
      versions: Boolean(global.versions),
      verify: false,
      idIsNumber: numericIds,
    })
  }
  return config
}

/** Endpoints this project defines; they read (and refuse) their own bodies. */
const ownEndpoints = new WeakSet<Endpoint>()

/**
 * A plugin, so it runs before sanitizing adds Payload's endpoints: remembers ours, which the
 * body check of guardInput leaves alone.
 */
export function markOwnEndpoints(config: Config): Config {
  for (const entity of [...(config.collections ?? []), ...(config.globals ?? [])])
    for (const endpoint of entity.endpoints || []) ownEndpoints.add(endpoint)
  return config
}

type Traits = { versions: boolean; verify: boolean; idIsNumber: boolean; staticDir?: string }

const uploadDir = (collection: SanitizedCollectionConfig) =>
  path.resolve(collection.upload.staticDir || collection.slug)

function guardEndpoints(endpoints: Endpoint[] | false, traits: Traits): Endpoint[] {
  // `false` makes Payload answer 501 Not Implemented; an empty list gives 404 Not Found.
  if (endpoints === false) return []
  return endpoints
    .filter((e) => traits.versions || !e.path.startsWith('/versions'))
    .filter((e) => traits.verify || !e.path.startsWith('/verify/'))
    .map((e) => ({ ...e, handler: guardHandler(e, traits) }))
}

/** Positive integers as SQLite stores ids; anything else cannot name a document. */
const numericId = /^[1-9]\d{0,14}$/

function guardHandler(endpoint: Endpoint, traits: Traits): PayloadHandler {
  const handler = endpoint.handler
  const checksId = traits.idIsNumber && endpoint.path.includes(':id')
  const readsBody =
    ['post', 'patch', 'put'].includes(endpoint.method) && !ownEndpoints.has(endpoint)
  const servesFile = traits.staticDir !== undefined && endpoint.path.includes(':filename')
  if (!checksId && !readsBody && !servesFile) return handler
  return async (req) => {
    const id = req.routeParams?.id
    if (checksId && typeof id === 'string' && !numericId.test(id)) throw new NotFound(req.t)
    if (readsBody) await readMultipart(req)
    const response = await handler(req)
    if (servesFile && response.status >= 500 && !(await onDisk(traits.staticDir!, req)))
      throw new NotFound(req.t)
    return response
  }
}

/** Body types Payload's endpoints read; it ignores any other, and its create then crashes. */
const readable = ['application/json', 'multipart/']

/**
 * Parses a multipart body with Payload's own parser, so that a malformed one is the client's
 * error (400, saying why) rather than Payload's 500. The parsed body then stands in for the
 * stream, which Payload's endpoint wrapper would otherwise try to read a second time.
 * A body of a type Payload does not read gets 415. JSON is left to Payload (it answers bad
 * JSON with 400 itself), and the form endpoints read their own bodies.
 */
async function readMultipart(req: Parameters<PayloadHandler>[0]) {
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  const hasBody = Number(req.headers.get('content-length') || 0) > 0
  if (hasBody && type && !readable.some((t) => type.startsWith(t)))
    throw new APIError(message(req, 'bodyType', { type }), 415, undefined, true)
  if (!type.startsWith('multipart/')) return
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new APIError(message(req, 'uploadUnreadable', { reason }), 400, undefined, true)
  }
  Object.defineProperty(req, 'body', { value: null })
}

async function onDisk(dir: string, req: Parameters<PayloadHandler>[0]) {
  const filename = req.routeParams?.filename
  if (typeof filename !== 'string') return false
  return fs.stat(path.resolve(dir, filename)).then(
    () => true,
    () => false,
  )
}
