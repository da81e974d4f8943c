import fs from 'node:fs'
import path from 'node:path'

import type { Db } from 'mongodb'

import { type ArchiveInput, describeFiles, writeArchive } from './archive'
import { listFiles } from './files'
import {
  BackupError,
  dataFolder,
  databaseFolder,
  formatName,
  formatVersion,
  type Manifest,
} from './manifest'
import { dumpMongo, mongoMigrations } from './mongodb'
import { describeSqlite, snapshotSqlite } from './sqlite'

export type BackupSource = {
  dataDir: string
  /** SQLite is read from its file; MongoDB through the adapter's open connection. */
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; db: Db }
  /** Folders under DATA_DIR to archive: every upload collection's staticDir, and mail. */
  directories: string[]
}

export type BackupResult = { out: string; manifest: Manifest; bytes: number; ms: number }

export const sqliteArchivePath = `${databaseFolder}/cms.db`

/**
 * Writes one .tar.gz of the database and the given DATA_DIR folders to `out`. The database is
 * read first, then the files, so an upload added meanwhile is at worst an unused extra file.
 * The local secret and demo logins are not included: passwords are hashed with a salt, not the
 * secret, so logins work on a restored install with another secret (only sessions end), and a
 * backup copied elsewhere should not carry a plain-text password list.
 */
export async function createBackup(source: BackupSource, out: string): Promise<BackupResult> {
  const started = Date.now()
  if (fs.existsSync(out)) throw new BackupError(`${out} already exists; choose another --out.`)
  const directories = source.directories.map((dir) => insideDataDir(source.dataDir, dir))
  fs.mkdirSync(path.dirname(out), { recursive: true })
  // Next to the archive, not in /tmp: the database copy is as large as the database.
  const staging = fs.mkdtempSync(path.join(path.dirname(out), '.backup-'))
  try {
    const databaseDir = path.join(staging, databaseFolder)
    fs.mkdirSync(databaseDir)
    let described: Pick<Manifest, 'migrations' | 'counts'>
    let databaseInputs: ArchiveInput[]
    if (source.database.kind === 'sqlite') {
      const snapshot = path.join(staging, ...sqliteArchivePath.split('/'))
      await snapshotSqlite(source.database.file, snapshot)
      described = await describeSqlite(snapshot)
      // The snapshot alone: reading it may leave SQLite's -shm or -wal files beside it.
      databaseInputs = [{ path: sqliteArchivePath, absolute: snapshot }]
    } else {
      const counts = await dumpMongo(source.database.db, databaseDir)
      described = { counts, migrations: await mongoMigrations(source.database.db) }
      databaseInputs = listFiles(staging, databaseDir).map((f) => ({
        path: f.relative,
        absolute: f.absolute,
      }))
    }
    const inputs: ArchiveInput[] = [
      ...databaseInputs,
      ...directories.flatMap((dir) =>
        listFiles(source.dataDir, path.join(source.dataDir, dir)).map((f) => ({
          path: `${dataFolder}/${f.relative}`,
          absolute: f.absolute,
        })),
      ),
    ]
    const manifest: Manifest = {
      format: formatName,
      version: formatVersion,
      createdAt: new Date().toISOString(),
      adapter: source.database.kind,
      ...described,
      directories,
      files: await describeFiles(inputs),
    }
    await writeArchive(out, manifest, inputs)
    return { out, manifest, bytes: fs.statSync(out).size, ms: Date.now() - started }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** A folder as a POSIX path relative to DATA_DIR; a folder elsewhere cannot be restored there. */
function insideDataDir(dataDir: string, dir: string): string {
  const relative = path.relative(dataDir, path.resolve(dataDir, dir))
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative))
    throw new BackupError(
      `${dir} is not inside DATA_DIR (${dataDir}); the backup covers folders in DATA_DIR only.`,
    )
  return relative.split(path.sep).join('/')
}
