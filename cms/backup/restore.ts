import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Db } from 'mongodb'

import { unpackArchive } from './archive'
import { sqliteArchivePath } from './backup'
import { copyTree, listFiles } from './files'
import { BackupError, dataFolder, databaseFolder, type Manifest } from './manifest'
import { countMongo, ejsonExtension, loadMongo, storedDocuments } from './mongodb'
import { countSqliteRows, installSqlite, storedRows } from './sqlite'

export type RestoreTarget = {
  dataDir: string
  /** MongoDB is opened only once the archive has passed every check. */
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; connect: () => Promise<Db> }
}

export type RestoreOptions = {
  /** Replace a database or DATA_DIR folders that already hold data. */
  force?: boolean
  /** Migration names this version of the CMS has, oldest first. */
  knownMigrations: string[]
}

export type RestoreResult = {
  manifest: Manifest
  /** Whether existing data was replaced (only with `force`). */
  replaced: boolean
  /** Migrations the CMS will still apply when it starts on the restored database. */
  pendingMigrations: string[]
}

/** Restore refused because the target holds data; nothing was changed. */
export class TargetNotEmptyError extends BackupError {}

/**
 * Restores an archive into DATA_DIR and the target database. Every check comes before the
 * first write: the archive's files against their checksums, its adapter and schema against
 * this CMS, and the target's emptiness. A refused restore leaves the target as it was.
 */
export async function restoreBackup(
  archive: string,
  target: RestoreTarget,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restore-'))
  try {
    const manifest = await unpackArchive(archive, staging)
    const pendingMigrations = checkCompatible(manifest, target, options.knownMigrations)
    if (target.database.kind === 'sqlite') {
      const snapshot = path.join(staging, ...sqliteArchivePath.split('/'))
      if (!fs.existsSync(snapshot))
        throw new BackupError(`The archive has no ${sqliteArchivePath}. Nothing was restored.`)
      assertCounts(manifest.counts, await countSqliteRows(snapshot), 'in the archive')
      const rows = await storedRows(target.database.file)
      const replaced = checkEmpty(target, manifest, rows, options.force)
      fs.mkdirSync(path.dirname(target.database.file), { recursive: true })
      installSqlite(snapshot, target.database.file)
      installDirectories(staging, target.dataDir, manifest.directories)
      return { manifest, replaced, pendingMigrations }
    }
    const db = await target.database.connect()
    const replaced = checkEmpty(target, manifest, await storedDocuments(db), options.force)
    const dumps = listFiles(staging, path.join(staging, databaseFolder))
      .filter((f) => f.relative.endsWith(ejsonExtension))
      .map((f) => ({
        collection: path.posix.basename(f.relative, ejsonExtension),
        file: f.absolute,
      }))
    await loadMongo(db, dumps, replaced)
    assertCounts(manifest.counts, await countMongo(db), 'after loading')
    installDirectories(staging, target.dataDir, manifest.directories)
    return { manifest, replaced, pendingMigrations }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Same adapter, and no migration this code does not know; returns the ones still to apply. */
function checkCompatible(manifest: Manifest, target: RestoreTarget, known: string[]): string[] {
  if (manifest.adapter !== target.database.kind)
    throw new BackupError(
      `The archive holds a ${manifest.adapter} database, but DATABASE_URI points at ` +
        `${target.database.kind}. Restore it with DATABASE_URI set to a ${manifest.adapter} ` +
        'database. Nothing was restored.',
    )
  const applied = manifest.migrations.map((m) => m.name)
  const unknown = applied.filter((name) => !known.includes(name))
  if (unknown.length)
    throw new BackupError(
      `The archive comes from a newer version of the CMS: its database has migration(s) ` +
        `${unknown.join(', ')}, which this version does not know. Update the CMS (git pull, ` +
        'npm ci) and restore again. Nothing was restored.',
    )
  return target.database.kind === 'sqlite' ? known.filter((name) => !applied.includes(name)) : []
}

/** Refuses, unless forced, when the database or a folder the archive replaces holds anything. */
function checkEmpty(
  target: RestoreTarget,
  manifest: Manifest,
  storedRecords: number,
  force = false,
): boolean {
  const held: string[] = []
  if (storedRecords > 0) {
    const where = target.database.kind === 'sqlite' ? target.database.file : 'the MongoDB database'
    held.push(`${where} holds ${storedRecords} record(s)`)
  }
  for (const dir of manifest.directories) {
    const files = listFiles(target.dataDir, path.join(target.dataDir, dir)).length
    if (files) held.push(`${path.join(target.dataDir, dir)} holds ${files} file(s)`)
  }
  if (held.length === 0) return false
  if (force) return true
  throw new TargetNotEmptyError(
    `Refusing to restore over existing data: ${held.join('; ')}. Nothing was changed. ` +
      'Restore into an empty DATA_DIR and database, or run again with --force to replace ' +
      'them with the archive.',
  )
}

/** Each archived folder replaces its DATA_DIR folder whole, so deleted uploads stay deleted. */
function installDirectories(staging: string, dataDir: string, directories: string[]): void {
  for (const dir of directories) {
    const target = path.join(dataDir, ...dir.split('/'))
    fs.rmSync(target, { recursive: true, force: true })
    copyTree(path.join(staging, dataFolder, ...dir.split('/')), target)
  }
}

/** The restored database must hold what the manifest counted; a missing table counts 0. */
function assertCounts(
  expected: Record<string, number>,
  actual: Record<string, number>,
  when: string,
): void {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)])
  const wrong = [...names].filter((name) => (expected[name] ?? 0) !== (actual[name] ?? 0))
  if (wrong.length)
    throw new BackupError(
      `The database ${when} does not match the archive's manifest (${wrong
        .slice(0, 3)
        .map((name) => `${name}: ${actual[name] ?? 0} instead of ${expected[name] ?? 0}`)
        .join(', ')}).`,
    )
}
