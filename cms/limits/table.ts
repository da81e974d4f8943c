import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * The counters every CMS instance shares on SQLite (forms, login, meeting requests, the build
 * lease), in the shape rate-limiter-flexible's RateLimiterDrizzle reads: the key with its
 * limiter's prefix, the points used, and when they expire (a Date, kept as milliseconds).
 * Not a Payload collection: nobody edits it, and every hit writes it.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire', { mode: 'timestamp_ms' }),
})

/**
 * Adds the table to the schema Payload builds, before it builds it: so `migrate:create` writes
 * it into a migration like any other table, and the schema drift test sees it.
 */
export const addRateLimitTable: SQLiteSchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, rate_limits: rateLimits },
})
