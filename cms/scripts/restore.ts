/**
 * `npm run restore -- <archive> [--force]`: brings a backup into an empty DATA_DIR and database
 * (DATABASE_URI). Stop the CMS first. Exit codes: 0 restored, 1 failed, 2 refused because the
 * target already holds data (nothing was changed; --force replaces it).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Db } from 'mongodb'

import { runCommand } from '../backup/cli'
import { BackupError } from '../backup/manifest'
import { restoreBackup, type RestoreTarget, TargetNotEmptyError } from '../backup/restore'
import { parseDatabaseUri } from '../database'
import { migrations } from '../migrations'
import { dataDir } from '../paths'

const usage = 'Usage: npm run restore -- <archive.tar.gz> [--force]'

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean' }, help: { type: 'boolean' } },
  })
  if (values.help) return console.log(usage)
  if (positionals.length !== 1) throw new BackupError(`Name one archive. ${usage}`)
  const archive = path.resolve(positionals[0])
  const choice = parseDatabaseUri(process.env.DATABASE_URI)
  let close = async () => {}
  const database: RestoreTarget['database'] =
    choice.kind === 'sqlite'
      ? { kind: 'sqlite', file: choice.file }
      : {
          kind: 'mongodb',
          // Opened only after the archive passed its checks. The config is loaded here, not
          // above: loading it may create the local secret, and a refused SQLite restore must
          // leave DATA_DIR untouched.
          connect: async () => {
            const { getPayload } = await import('payload')
            const config = await (await import('../payload.config')).default
            const payload = await getPayload({ config, disableOnInit: true })
            close = () => payload.destroy()
            return (payload.db as unknown as { connection: { db: Db } }).connection.db
          },
        }
  try {
    const result = await restoreBackup(
      archive,
      { dataDir: dataDir(), database },
      { force: values.force, knownMigrations: migrations.map((m) => m.name) },
    )
    const { manifest } = result
    const records = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0)
    const files = manifest.files.filter((f) => f.path.startsWith('data/')).length
    console.log(
      `restore: ${result.replaced ? 'replaced the existing data with' : 'restored'} the backup ` +
        `of ${manifest.createdAt} (${manifest.adapter}, ${records} records, ${files} files) ` +
        `into ${dataDir()}`,
    )
    if (result.pendingMigrations.length)
      console.log(
        `restore: the CMS applies ${result.pendingMigrations.length} newer migration(s) when it starts`,
      )
  } finally {
    await close()
  }
}

await runCommand('restore', main, (error) => (error instanceof TargetNotEmptyError ? 2 : 1))
