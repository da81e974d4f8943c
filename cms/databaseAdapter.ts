import fs from 'node:fs'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { parseDatabaseUri } from './database'
import { addRateLimitTable } from './limits/table'
import { migrations } from './migrations'
import { projectRoot } from './paths'

/**
 * SQLite by default, MongoDB for `mongodb://` URIs. SQLite's schema is never pushed on the fly:
 * it comes from the committed migrations in cms/migrations, the same in development and
 * production, so what runs here is what ships.
 *
 * MongoDB's adapter is imported only when chosen: mongoose and its driver are some 450 modules
 * that every SQLite process (the CMS, each site build, each test) loaded for nothing.
 */
export async function databaseAdapter(uri: string | undefined): Promise<DatabaseAdapterObj> {
  const choice = parseDatabaseUri(uri)
  if (choice.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: choice.url })
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    push: false,
    migrationDir: process.env.MIGRATIONS_DIR || path.join(projectRoot, 'cms', 'migrations'),
    wal: true,
    // Several CMS processes may write one file (instances behind a load balancer, the site
    // build): a writer waits for another's transaction instead of failing with SQLITE_BUSY.
    busyTimeout: 10_000,
    // The shared rate-limit counters (cms/limits), in the migrations like Payload's tables.
    beforeSchemaInit: [addRateLimitTable],
  })
}

/** Brings an SQLite database up to the committed schema; a no-op when it already is. */
export async function migrateOnInit(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite' || process.env.PAYLOAD_MIGRATING === 'true') return
  await payload.db.migrate({ migrations: migrations as never })
}
