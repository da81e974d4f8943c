import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import type { NextConfig } from 'next'
import { withoutTelemetry } from '../../cms/scripts/adminBuild'
import {
  beginPhase,
  duration,
  isProgressLine,
  skipPhase,
  verbose,
} from '../../cms/scripts/progress'

/** npm start's phase lines (cms/scripts/progress.ts) and what keeps Next's notices away. */

// A JavaScript module without types, as Next reads it.
const configModule = new URL('../../cms/next.config.mjs', import.meta.url).href
const { default: nextConfig } = (await import(configModule)) as {
  default: (phase: string) => NextConfig
}

const printed: string[] = []
const capture = () => {
  printed.length = 0
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.join(' '))
  })
}
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('npm start’s progress', () => {
  it('estimates a phase from the first-time figure, then from this machine’s last run', () => {
    vi.stubEnv('DATA_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'start-progress-')))
    capture()
    beginPhase('seed', 'writing the demo data set').done('16 members')
    beginPhase('seed', 'writing the demo data set').done('16 members')
    skipPhase('admin', 'up to date')
    expect(printed[0]).toBe('[2/6] Seed: writing the demo data set (about 45 s) …')
    expect(printed[1]).toMatch(/^ {6}✓ 16 members in 0\.\d s$/)
    // Under a second last time: no estimate worth reading.
    expect(printed[2]).toBe('[2/6] Seed: writing the demo data set …')
    expect(printed[4]).toBe('[5/6] Admin: up to date')
    expect(printed.every(isProgressLine)).toBe(true)
    expect(isProgressLine('[09:48:39] INFO: Migrating: 20261124_153006_initial')).toBe(false)
    expect(isProgressLine('seed: media         92 created')).toBe(false)
  })

  it('writes times as a person reads them', () => {
    expect([4_200, 38_400, 185_000].map(duration)).toEqual(['4.2 s', '38 s', '3 min 05 s'])
  })

  it('shows the tools’ own output with --verbose or START_VERBOSE=1 only', () => {
    expect(verbose(['node', 'start.ts'], {})).toBe(false)
    expect(verbose(['node', 'start.ts', '--verbose'], {})).toBe(true)
    expect(verbose(['node', 'start.ts'], { START_VERBOSE: '1' })).toBe(true)
  })
})

describe('what Next.js prints on a first start', () => {
  it('has its telemetry off, unless already set', () => {
    expect(withoutTelemetry({})).toMatchObject({
      NEXT_TELEMETRY_DISABLED: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    })
    expect(withoutTelemetry({ NEXT_TELEMETRY_DISABLED: 'yes' }).NEXT_TELEMETRY_DISABLED).toBe('yes')
  })

  it('gets no experimental flag that the build would list with a red ⨯ (false)', () => {
    const build = nextConfig('phase-production-build').experimental as Record<string, unknown>
    expect(Object.entries(build).filter(([, value]) => value === false)).toEqual([])
    // The fix for error names in the admin stays (see cms/next.config.mjs).
    expect(build.turbopackMinify).toEqual({ server: false, client: true })
    // Payload's HMR setting is kept for the dev server, where it matters.
    const dev = nextConfig('phase-development-server').experimental as Record<string, unknown>
    expect(dev.turbopackServerFastRefresh).toBe(false)
  })
})
