import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeEach, describe, expect, it } from 'vitest'

describe('PAYLOAD_SECRET', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    process.env.DATA_DIR = dataDir
  })
  const load = async () => import('../../cms/secret')

  it('production refuses to start without one', async () => {
    const { resolvePayloadSecret } = await load()
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET is not set/,
    )
  })

  it.each(['secret', 'changeme', 'YOUR_SECRET_HERE', 'short-but-random'])(
    'production refuses the development value %s',
    async (value) => {
      const { resolvePayloadSecret } = await load()
      expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: value })).toThrow(
        /development value or shorter/,
      )
    },
  )

  it('production accepts a long random secret', async () => {
    const { resolvePayloadSecret } = await load()
    const secret = 'f'.repeat(20) + 'a1b2c3d4e5f6a7b8c9d0e1f2'
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toBe(secret)
  })

  it('development generates a random secret once into data/ and keeps it', async () => {
    const { resolvePayloadSecret, secretFile } = await load()
    const first = resolvePayloadSecret({ NODE_ENV: 'development' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.readFileSync(secretFile(), 'utf8').trim()).toBe(first)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(first)
  })

  it('a site build uses the configured secret, else the local one (astro.config.mjs)', async () => {
    const { siteBuildSecret, secretFile } = await load()
    const saved = process.env.PAYLOAD_SECRET
    try {
      delete process.env.PAYLOAD_SECRET
      const local = siteBuildSecret()
      expect(fs.readFileSync(secretFile(), 'utf8').trim()).toBe(local)
      process.env.PAYLOAD_SECRET = 'f'.repeat(64)
      expect(siteBuildSecret()).toBe('f'.repeat(64))
    } finally {
      if (saved === undefined) delete process.env.PAYLOAD_SECRET
      else process.env.PAYLOAD_SECRET = saved
    }
  })
})
