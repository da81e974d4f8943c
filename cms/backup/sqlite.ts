import fs from 'node:fs'

import { type Client, createClient } from '@libsql/client'

import { BackupError, type Manifest } from './manifest'

/** The migrations table Payload's SQLite adapter keeps; it says which schema a file has. */
const migrationsTable = 'payload_migrations'

async function withClient<T>(file: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    // A CMS writing at the same moment holds the write lock briefly; wait rather than fail.
    await client.execute('PRAGMA busy_timeout = 10000')
    return await run(client)
  } finally {
    client.close()
  }
}

/**
 * A consistent copy of a database that the CMS may be writing to. `VACUUM INTO` reads in one
 * transaction, through the WAL, so the copy holds every committed write and no half of one. A
 * file copy of `cms.db` would miss what still sits in `cms.db-wal`.
 */
export async function snapshotSqlite(file: string, into: string): Promise<void> {
  if (!fs.existsSync(file))
    throw new BackupError(`There is no database at ${file}: nothing to back up.`)
  await withClient(file, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [into] }))
}

const tables = async (client: Client) =>
  (
    await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
  ).rows.map((row) => String(row.name))

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Rows per table. */
async function countRows(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of await tables(client)) {
    const { rows } = await client.execute(`SELECT count(*) AS n FROM ${quote(table)}`)
    counts[table] = Number(rows[0].n)
  }
  return counts
}

/** What the manifest records of a snapshot: its migrations and rows, after an integrity check. */
export async function describeSqlite(
  file: string,
): Promise<Pick<Manifest, 'migrations' | 'counts'>> {
  return withClient(file, async (client) => {
    const check = await client.execute('PRAGMA integrity_check')
    if (String(check.rows[0]?.integrity_check) !== 'ok')
      throw new BackupError(`The database failed SQLite's integrity check; not backing it up.`)
    if (!(await tables(client)).includes(migrationsTable))
      throw new BackupError(`${file} is not a database of this CMS (no ${migrationsTable} table).`)
    const { rows } = await client.execute(`SELECT name, batch FROM ${migrationsTable} ORDER BY id`)
    const migrations = rows.map((row) => ({
      name: String(row.name),
      batch: row.batch === null ? null : Number(row.batch),
    }))
    return { migrations, counts: await countRows(client) }
  })
}

/**
 * Rows the target database holds outside the migrations table: 0 for a missing file, an empty
 * file, or one that has only been migrated. Opening an existing file creates nothing.
 */
export async function storedRows(file: string): Promise<number> {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0
  const counts = await withClient(file, countRows).catch((error: Error) => {
    throw new BackupError(
      `${file} exists but cannot be read as an SQLite database (${error.message}). ` +
        'Nothing was changed.',
    )
  })
  return Object.entries(counts)
    .filter(([table]) => table !== migrationsTable)
    .reduce((sum, [, n]) => sum + n, 0)
}

/** Rows per table of a restored file, for the check against the manifest. */
export const countSqliteRows = (file: string) => withClient(file, countRows)

/**
 * Puts a verified database file in place: copied next to the target, then renamed over it, so
 * the target is never half-written. A WAL left by the replaced file would be replayed into the
 * new one and corrupt it, so it goes too.
 */
export function installSqlite(snapshot: string, file: string): void {
  const incoming = `${file}.restoring`
  fs.copyFileSync(snapshot, incoming)
  for (const leftover of [`${file}-wal`, `${file}-shm`, `${file}-journal`])
    fs.rmSync(leftover, { force: true })
  fs.renameSync(incoming, file)
}
