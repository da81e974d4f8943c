import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '@cms/databaseAdapter'
import { projectRoot } from '@cms/paths'

/**
 * Which packages a process loads to start Payload's config on SQLite: every site build and
 * CMS start pays for each (the build's content sync waits for it).
 */
async function packagesLoadedByConfig(dir: string): Promise<string[]> {
  const script = path.join(dir, 'load.mts')
  fs.writeFileSync(
    script,
    [
      `import { registerHooks } from 'node:module'`,
      `const seen = new Set<string>()`,
      `registerHooks({ load(url, context, next) {`,
      `  const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(url)?.[1]`,
      `  if (name) seen.add(name)`,
      `  return next(url, context)`,
      `} })`,
      `await import(${JSON.stringify(path.join(projectRoot, 'cms', 'payload.config.ts'))})`,
      `console.log(JSON.stringify([...seen]))`,
      `process.exit(0)`,
    ].join('\n'),
  )
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
      PAYLOAD_SECRET: 'x'.repeat(40),
    },
  })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as string[]
}

describe('the database adapter', () => {
  it('is SQLite by default and MongoDB for a mongodb:// URI', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adapter-'))
    expect((await databaseAdapter(`file:${dir}/cms.db`)).name).toBe('sqlite')
    expect((await databaseAdapter('mongodb://127.0.0.1:1/portal')).name).toBe('mongoose')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('on SQLite, starts without loading mongoose and the MongoDB driver', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adapter-'))
    try {
      const loaded = await packagesLoadedByConfig(dir)
      expect(loaded).toContain('@payloadcms/db-sqlite')
      expect(loaded.filter((name) => /mongo/.test(name))).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
