import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { create, extract, list } from 'tar'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { localeCodes as locales } from '@shared/locales'
import type { DemoLogin } from '../../cms/seed/users'
import { useTemporaryDatabase } from '../helpers/env'
import { hashTree } from '../helpers/hashTree'
import { startPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '..', '..')
const run = promisify(execFile)
/** DATA_DIR folders the backup must carry: both upload collections' staticDirs, and mail. */
const folders = ['media', 'documents', 'mail']

/** Runs one of the CLI scripts as `npm run` would, in its own process; never throws. */
async function cli(script: string, args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join('cms', 'scripts', script), ...args],
      { cwd: root, env, timeout: 110_000 },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/**
 * Everything a restore must bring back, as the CMS reads it: every document of every
 * collection (drafts included, hidden fields such as password hashes included) in every
 * locale, every version of every collection and global, and the globals.
 */
async function contents(payload: Payload) {
  const out: Record<string, unknown> = {}
  const common = {
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    pagination: false,
    sort: 'id',
  } as const
  for (const { slug, versions } of payload.config.collections) {
    for (const locale of locales) {
      const collection = slug as 'members'
      out[`${slug} ${locale}`] = (
        await payload.find({ collection, locale, draft: true, ...common })
      ).docs
      if (versions)
        out[`${slug} versions ${locale}`] = (
          await payload.findVersions({ collection, locale, ...common })
        ).docs
    }
  }
  for (const { slug, versions } of payload.config.globals) {
    for (const locale of locales) {
      const global = slug as 'settings'
      out[`${slug} ${locale}`] = await payload.findGlobal({ slug: global, locale, ...common })
      if (versions)
        out[`${slug} versions ${locale}`] = (
          await payload.findGlobalVersions({ slug: global, locale, ...common })
        ).docs
    }
  }
  return out
}

/** Unpacks an archive, lets `change` edit it, and packs it again under a new name. */
async function tamper(archive: string, change: (dir: string) => void): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-tamper-'))
  await extract({ file: archive, cwd: dir })
  change(dir)
  const out = `${dir}.tar.gz`
  await create({ file: out, gzip: true, cwd: dir }, fs.readdirSync(dir))
  return out
}

const editManifest = (dir: string, edit: (manifest: Record<string, unknown>) => void) => {
  const file = path.join(dir, 'manifest.json')
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  edit(manifest)
  fs.writeFileSync(file, JSON.stringify(manifest))
}

let source: Awaited<ReturnType<typeof startPayload>>
let restored: Payload | undefined
let target: ReturnType<typeof useTemporaryDatabase>
let targetEnv: NodeJS.ProcessEnv
let logins: DemoLogin[]
let before: Awaited<ReturnType<typeof contents>>
let archive: string
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backups-'))

beforeAll(async () => {
  source = await startPayload('backup')
  const { seed } = await import('../../cms/seed/index')
  await seed(source.payload, { log: () => {} })
  logins = JSON.parse(fs.readFileSync(path.join(source.dataDir, 'demo-logins.json'), 'utf8'))
  // A write the open CMS has just committed: on SQLite it sits in the WAL, not yet in cms.db.
  const { docs } = await source.payload.find({ collection: 'products', limit: 1 })
  await source.payload.update({
    collection: 'products',
    id: docs[0].id,
    locale: 'bg',
    data: { summary: 'Записано точно преди архива, докато CMS работи.' },
    overrideAccess: true,
    context: { seeding: true },
  })
  // An upload the seed cannot make again: random pixels, so only a restore can bring it back.
  const noise = await sharp(crypto.randomBytes(500 * 300 * 3), {
    raw: { width: 500, height: 300, channels: 3 },
  })
    .png()
    .toBuffer()
  await source.payload.create({
    collection: 'media',
    data: { alt: 'Noise that only this backup holds' },
    file: { data: noise, mimetype: 'image/png', name: 'backup-noise.png', size: noise.length },
    overrideAccess: true,
    context: { seeding: true },
  })
  before = await contents(source.payload)
})

afterAll(async () => {
  if (restored && target.adapter === 'mongodb') {
    const db = restored.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }
    await db.connection.dropDatabase()
  }
  await restored?.destroy()
  await source?.stop()
})

describe('npm run backup and npm run restore', () => {
  it('backs up the seeded product while the CMS has its database open', async () => {
    archive = path.join(work, 'cluster.tar.gz')
    const result = await cli('backup.ts', ['--out', archive], process.env)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/backup: wrote .*cluster\.tar\.gz/)
    const entries: string[] = []
    await list({ file: archive, onEntry: (entry) => void entries.push(entry.path) })
    expect(entries[0]).toBe('manifest.json')
    // Neither the local secret nor the plain-text demo passwords travel with a backup.
    expect(entries.some((e) => /payload-secret|demo-logins/.test(e))).toBe(false)
    expect(entries.filter((e) => e.startsWith('data/media/')).length).toBeGreaterThan(50)
  })

  it('restores into an empty DATA_DIR and database with another secret', async () => {
    target = useTemporaryDatabase('backup-restored')
    targetEnv = { ...process.env }
    const result = await cli('restore.ts', [archive], targetEnv)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/restore: restored the backup/)
  })

  it('refuses to restore over the restored data without --force, changing nothing', async () => {
    const files = hashTree(target.dataDir)
    const result = await cli('restore.ts', [archive], targetEnv)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Refusing to restore over existing data: .*record\(s\)/)
    expect(result.stderr).toMatch(/media holds \d+ file\(s\).*Nothing was changed.*--force/)
    expect(hashTree(target.dataDir)).toEqual(files)
  })

  it('starts the CMS on the restored database without seeding it again', async () => {
    const result = await cli('prepare.ts', [], targetEnv)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Seed: skipped, \d+ members already stored/)
  })

  it('brings back every document in every locale, every version and every user', async () => {
    // A second Payload in this process, on the restored database: the config reads its
    // environment when imported, so it is imported afresh.
    vi.resetModules()
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../cms/payload.config')
    restored = await getPayload({ config, key: 'restored' })
    const after = await contents(restored)
    expect(Object.keys(after)).toEqual(Object.keys(before))
    for (const key of Object.keys(before))
      expect({ key, docs: after[key] }).toEqual({ key, docs: before[key] })
    const migrations = await restored.find({ collection: 'payload-migrations', pagination: false })
    if (target.adapter === 'sqlite') expect(migrations.docs.length).toBeGreaterThanOrEqual(3)
  })

  it('keeps every login working (passwords do not depend on the secret)', async () => {
    expect(logins.map((l) => l.role)).toEqual(['admin', 'editor', 'member'])
    for (const login of logins) {
      const result = await restored!.login({
        collection: 'users',
        data: { email: login.email, password: login.password },
      })
      expect(result.token).toBeTruthy()
      expect(result.user?.role).toBe(login.role)
    }
  })

  it('brings back every upload byte for byte, every image size included', async () => {
    const original = hashTree(source.dataDir, folders)
    const copy = hashTree(target.dataDir, folders)
    expect(copy).toEqual(original)
    expect(Object.keys(copy)).toEqual(expect.arrayContaining(['media/backup-noise.png']))
    expect(
      Object.keys(copy).filter((f) => f.startsWith('media/backup-noise-')).length,
    ).toBeGreaterThan(0)
    // Each file a restored document names is there, the image sizes it generated included.
    let sizes = 0
    for (const collection of ['media', 'documents'] as const) {
      const { docs } = await restored!.find({ collection, pagination: false, depth: 0 })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) {
        const generated = Object.values(('sizes' in doc && doc.sizes) || {})
          .map((size) => size?.filename)
          .filter((name): name is string => Boolean(name))
        sizes += generated.length
        for (const name of [doc.filename, ...generated])
          expect(original[path.join(collection, String(name))], name ?? '').toBeTruthy()
      }
    }
    expect(sizes).toBeGreaterThan(100)
  })
})

describe('npm run restore refuses an archive it cannot trust, before writing anything', () => {
  const knownMigrations = async () =>
    (await import('../../cms/migrations')).migrations.map((m) => m.name)

  /** A fresh, empty target; restoring MongoDB must not even connect in these cases. */
  const emptyTarget = () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-refuse-')), 'data')
    const database =
      target.adapter === 'sqlite'
        ? { kind: 'sqlite' as const, file: path.join(dataDir, 'cms.db') }
        : {
            kind: 'mongodb' as const,
            connect: () => Promise.reject(new Error('must not connect')),
          }
    return { dataDir, database }
  }

  const refusal = async (changed: string) => {
    const { restoreBackup } = await import('../../cms/backup/restore')
    const into = emptyTarget()
    const error = await restoreBackup(changed, into, {
      knownMigrations: await knownMigrations(),
    }).catch((e: Error) => e)
    expect(fs.existsSync(into.dataDir)).toBe(false)
    return (error as Error).message
  }

  it('an upload changed after the backup', async () => {
    const changed = await tamper(archive, (dir) => {
      const media = path.join(dir, 'data', 'media')
      const file = path.join(media, fs.readdirSync(media)[0])
      const bytes = fs.readFileSync(file)
      bytes[bytes.length - 1] ^= 1
      fs.writeFileSync(file, bytes)
    })
    expect(await refusal(changed)).toMatch(/data\/media\/.* does not match its checksum/)
  })

  it('a file the manifest does not list', async () => {
    const changed = await tamper(archive, (dir) =>
      fs.writeFileSync(path.join(dir, 'data', 'media', 'extra.svg'), '<svg/>'),
    )
    expect(await refusal(changed)).toMatch(/not in its manifest \(first: data\/media\/extra\.svg\)/)
  })

  it('an archive from a newer schema', async () => {
    const changed = await tamper(archive, (dir) =>
      editManifest(dir, (m) =>
        (m.migrations as unknown[]).push({ name: '29991231_000000_future', batch: 2 }),
      ),
    )
    expect(await refusal(changed)).toMatch(/newer version of the CMS: .*29991231_000000_future/)
  })

  it('an archive of the other adapter', async () => {
    const other = target.adapter === 'sqlite' ? 'mongodb' : 'sqlite'
    const changed = await tamper(archive, (dir) => editManifest(dir, (m) => (m.adapter = other)))
    expect(await refusal(changed)).toMatch(new RegExp(`holds a ${other} database`))
  })

  it.skipIf(!!process.env.TEST_MONGODB_URI)(
    'uploads already in DATA_DIR, unless --force replaces them',
    async () => {
      const { restoreBackup } = await import('../../cms/backup/restore')
      const into = emptyTarget()
      const stray = path.join(into.dataDir, 'media', 'kept.txt')
      fs.mkdirSync(path.dirname(stray), { recursive: true })
      fs.writeFileSync(stray, 'already here')
      const options = { knownMigrations: await knownMigrations() }
      await expect(restoreBackup(archive, into, options)).rejects.toThrow(
        /media holds 1 file\(s\)\. Nothing was changed/,
      )
      expect(fs.readdirSync(into.dataDir)).toEqual(['media'])
      const forced = await restoreBackup(archive, into, { ...options, force: true })
      expect(forced.replaced).toBe(true)
      expect(hashTree(into.dataDir, folders)).toEqual(hashTree(source.dataDir, folders))
    },
  )
})
