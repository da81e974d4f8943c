import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { readBuildRecord } from '../../cms/build/buildRecord'
import { buildHeapMb, buildSite } from '../../cms/build/buildSite'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-site-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('the build heap limit (SITE_BUILD_HEAP_MB)', () => {
  it('is 2048 MiB unless set, and takes a whole number of MiB', () => {
    expect(buildHeapMb({})).toBe(2048)
    expect(buildHeapMb({ SITE_BUILD_HEAP_MB: '' })).toBe(2048)
    expect(buildHeapMb({ SITE_BUILD_HEAP_MB: ' 3072 ' })).toBe(3072)
  })

  it.each(['lots', '1.5', '-1', '100', '2e3x'])(
    'refuses %j with a message naming the variable',
    (value) => {
      expect(() => buildHeapMb({ SITE_BUILD_HEAP_MB: value })).toThrow(
        /SITE_BUILD_HEAP_MB must be a whole number of MiB, at least 256/,
      )
    },
  )

  it('fails the build with that message and leaves the published site as it was', async () => {
    const outDir = path.join(root, 'dist')
    fs.mkdirSync(outDir)
    fs.writeFileSync(path.join(outDir, 'index.html'), 'the live site')
    await expect(
      buildSite({ outDir, env: { ...process.env, SITE_BUILD_HEAP_MB: 'lots' } }),
    ).rejects.toThrow(/The site build failed: SITE_BUILD_HEAP_MB must be/)
    // No half-built folder or lock; only the record that this build failed and the history
    // that lists it (buildRecord.ts).
    expect(fs.readdirSync(root).sort()).toEqual([
      'dist',
      'dist.builds.json',
      'dist.last-build.json',
    ])
    expect(readBuildRecord(outDir)).toMatchObject({ result: 'failed' })
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the live site')
  })
})
