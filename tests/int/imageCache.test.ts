import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildSiteInto, runTs, siteEnv } from '../helpers/siteBuild'
import { siteLocation } from '../helpers/siteFacts'

/**
 * Astro makes each image variant (WebP in each width) once and keeps it in
 * <cacheDir>/assets; a later build copies it from there. What a build made and what it reused,
 * from its log lines (assets/build/generate.js): "▶ <file> (before: …kB, after: …kB)" for a
 * variant made, "(reused cache entry)" for one copied.
 */
function imageLines(log: string) {
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
  const variant = (line: string) => /▶ \/_astro\/\S+\.webp/.test(line)
  return {
    made: lines.filter((l) => variant(l) && /\(before: /.test(l)).length,
    reused: lines.filter((l) => variant(l) && /\(reused cache entry\)/.test(l)).length,
  }
}

describe('image variants across builds', () => {
  it('are made once: the next build, even after the uploads were written again, reuses them all', async () => {
    const location = siteLocation(fs.mkdtempSync(path.join(os.tmpdir(), 'image-cache-')))
    fs.mkdirSync(location.dataDir, { recursive: true })
    const env = siteEnv(location, crypto.randomBytes(32).toString('hex'))
    const logOf = (name: string) => path.join(location.root, `${name}.log`)
    try {
      await runTs(
        path.join(import.meta.dirname, '..', 'helpers', 'siteSeed.ts'),
        [location.factsFile],
        env,
        logOf('seed'),
      )
      await buildSiteInto(location.outDir, env, logOf('first'))
      const first = imageLines(fs.readFileSync(logOf('first'), 'utf8'))
      expect(first.made).toBeGreaterThan(20)
      const page = (file: string) => fs.readFileSync(path.join(location.outDir, file), 'utf8')
      const home = page('en/index.html')

      // The same files written anew (a fresh seed or a restored backup): same bytes, new times.
      const media = path.join(location.dataDir, 'media')
      const later = new Date(Date.now() + 60_000)
      for (const file of fs.readdirSync(media)) fs.utimesSync(path.join(media, file), later, later)

      await buildSiteInto(location.outDir, env, logOf('second'))
      const second = imageLines(fs.readFileSync(logOf('second'), 'utf8'))
      expect(second).toEqual({ made: 0, reused: first.made + first.reused })
      // The pages name the same files, and every variant they name is there.
      expect(page('en/index.html')).toBe(home)
      const named = [...home.matchAll(/\/_astro\/[^"\s,]+\.webp/g)].map((m) => m[0])
      expect(named.length).toBeGreaterThan(0)
      for (const file of named)
        expect(fs.existsSync(path.join(location.outDir, file)), file).toBe(true)
    } finally {
      fs.rmSync(location.root, { recursive: true, force: true })
    }
    // A seed and two site builds: minutes, more on a machine busy with other builds.
  }, 2_400_000)
})
