import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Points the CMS at a fresh, temporary database and data folder. Runs before the Payload
 * config is imported, because the config reads its environment once.
 * SQLite by default; MongoDB (a fresh database per test file) when TEST_MONGODB_URI is set.
 */
export function useTemporaryDatabase(label: string): {
  dataDir: string
  adapter: 'sqlite' | 'mongodb'
} {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`))
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = crypto.randomBytes(32).toString('hex')
  const mongo = process.env.TEST_MONGODB_URI
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/portal_test_${label.replace(/\W/g, '_')}_${crypto.randomBytes(4).toString('hex')}`
    process.env.DATABASE_URI = url.toString()
    return { dataDir, adapter: 'mongodb' }
  }
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'cms.db')}`
  return { dataDir, adapter: 'sqlite' }
}
