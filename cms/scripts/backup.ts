/**
 * `npm run backup [-- --out <file>]`: one .tar.gz of the database and every upload, by default
 * backups/cluster-<time>.tar.gz. Safe while the CMS runs (see cms/backup/sqlite.ts).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Db } from 'mongodb'
import { getPayload } from 'payload'

import { runCommand } from '../backup/cli'
import { createBackup } from '../backup/backup'
import { backupDirectories } from '../backup/directories'
import { parseDatabaseUri } from '../database'
import { dataDir, projectRoot } from '../paths'
import { formatBytes } from '../build/siteFolder'

const usage = 'Usage: npm run backup [-- --out <file.tar.gz>]'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } })
  if (values.help) return console.log(usage)
  const stamp = new Date()
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z')
  const out = path.resolve(
    values.out ?? path.join(projectRoot, 'backups', `cluster-${stamp}.tar.gz`),
  )
  const choice = parseDatabaseUri(process.env.DATABASE_URI)
  const config = await (await import('../payload.config')).default
  const directories = backupDirectories(config)
  let close = async () => {}
  let database: Parameters<typeof createBackup>[0]['database']
  if (choice.kind === 'sqlite') database = { kind: 'sqlite', file: choice.file }
  else {
    // The adapter's own connection; onInit (migrations, jobs) has no business in a backup.
    const payload = await getPayload({ config, disableOnInit: true })
    close = () => payload.destroy()
    const { connection } = payload.db as unknown as { connection: { db: Db } }
    database = { kind: 'mongodb', db: connection.db }
  }
  try {
    const result = await createBackup({ dataDir: dataDir(), database, directories }, out)
    const { manifest } = result
    const uploads = manifest.files.filter((f) => f.path.startsWith('data/')).length
    console.log(
      `backup: wrote ${result.out} (${formatBytes(result.bytes)}, ${manifest.adapter}, ` +
        `${manifest.migrations.length} migrations, ${uploads} files from DATA_DIR) ` +
        `in ${(result.ms / 1000).toFixed(1)} s`,
    )
  } finally {
    await close()
  }
}

await runCommand('backup', main)
