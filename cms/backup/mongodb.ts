import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import type { Db, Document } from 'mongodb'

import { BackupError, type Manifest } from './manifest'

/**
 * MongoDB through the connection of Payload's adapter (`payload.db.connection.db`): each
 * collection's raw documents as canonical Extended JSON, one per line, with the BSON library
 * the driver itself uses, so ObjectIds, dates and number types come back exactly. Indexes are
 * not dumped; the adapter creates them when the CMS connects.
 *
 * Not point-in-time across collections: the collections are read one after another. Back up
 * with the CMS stopped (or use mongodump --oplog on a replica set) when writes may be going on.
 */
const bson = async () => (await import('mongodb')).BSON

export const ejsonExtension = '.ejson'
const batchSize = 1000

async function collectionNames(db: Db): Promise<string[]> {
  const infos = await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()
  return infos
    .map((info) => info.name)
    .filter((name) => !name.startsWith('system.'))
    .sort()
}

/** Writes `<collection>.ejson` per collection into `folder`; returns documents per collection. */
export async function dumpMongo(db: Db, folder: string): Promise<Record<string, number>> {
  const { EJSON } = await bson()
  const counts: Record<string, number> = {}
  for (const name of await collectionNames(db)) {
    if (name.includes('/') || name.includes('\\'))
      throw new BackupError(`MongoDB collection "${name}" has a name that cannot be a file name.`)
    const out = fs.createWriteStream(path.join(folder, name + ejsonExtension))
    let n = 0
    for await (const doc of db.collection(name).find({}, { sort: { _id: 1 } })) {
      if (!out.write(EJSON.stringify(doc, { relaxed: false }) + '\n'))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      n += 1
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    )
    counts[name] = n
  }
  return counts
}

/** The applied migrations, as Payload's migrations collection lists them. */
export async function mongoMigrations(db: Db): Promise<Manifest['migrations']> {
  const names = await collectionNames(db)
  const slug = names.find((name) => name === 'payload-migrations')
  if (!slug) return []
  const docs = await db.collection(slug).find({}).sort({ createdAt: 1 }).toArray()
  return docs.map((doc) => ({
    name: String(doc.name),
    batch: typeof doc.batch === 'number' ? doc.batch : null,
  }))
}

/** Documents the target holds in all its collections (the adapter may have made empty ones). */
export async function storedDocuments(db: Db): Promise<number> {
  let total = 0
  for (const name of await collectionNames(db)) total += await db.collection(name).countDocuments()
  return total
}

/** Documents per collection of the target, for the check against the manifest. */
export async function countMongo(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const name of await collectionNames(db))
    counts[name] = await db.collection(name).countDocuments()
  return counts
}

/**
 * Loads the dumped collections. With `replace`, every collection of the target is emptied
 * first (its indexes stay), so the result is the archive's data and nothing else.
 */
export async function loadMongo(
  db: Db,
  files: { collection: string; file: string }[],
  replace: boolean,
): Promise<void> {
  const { EJSON } = await bson()
  if (replace)
    for (const name of await collectionNames(db)) await db.collection(name).deleteMany({})
  for (const { collection, file } of files) {
    const target = db.collection(collection)
    let batch: Document[] = []
    const lines = readline.createInterface({
      input: fs.createReadStream(file),
      crlfDelay: Infinity,
    })
    for await (const line of lines) {
      if (!line) continue
      batch.push(EJSON.parse(line, { relaxed: false }) as Document)
      if (batch.length >= batchSize) {
        await target.insertMany(batch, { ordered: true })
        batch = []
      }
    }
    if (batch.length) await target.insertMany(batch, { ordered: true })
  }
}
