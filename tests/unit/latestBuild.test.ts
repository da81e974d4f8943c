import { describe, expect, it } from 'vitest'

import { withLatestBuild } from '../../cms/jobs/latestBuild'
import type { BuildRecord } from '../../cms/build/buildRecord'

/** The build status the admin shows: the job's stored status, or a later build's record. */

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString()

const interrupted = {
  result: 'failed' as const,
  startedAt: at(10),
  finishedAt: null,
  error: 'The build was interrupted (the CMS server stopped during it).',
  pages: 190,
  triggeredBy: [{ operation: 'manual', at: at(10) }],
}

const record = (over: Partial<BuildRecord>): BuildRecord => ({
  result: 'succeeded',
  by: 'startup',
  startedAt: at(12),
  finishedAt: at(13),
  durationMs: 60_000,
  pages: 196,
  logTail: 'pagefind: bg 64, de 64, en 64',
  ...over,
})

describe('the build status shown', () => {
  it('is a good build that came after an interrupted one, whoever ran it', () => {
    for (const by of ['startup', 'command', 'job'] as const)
      expect(withLatestBuild(interrupted, record({ by }))).toMatchObject({
        result: 'succeeded',
        startedAt: at(12),
        finishedAt: at(13),
        pages: 196,
        error: null,
      })
    expect(withLatestBuild(interrupted, record({})).triggeredBy).toEqual([
      { operation: 'startup', at: at(12) },
    ])
  })

  it('is a later failed build, keeping the page count of the last good one', () => {
    const good = { ...interrupted, result: 'succeeded' as const, finishedAt: at(11), error: null }
    expect(
      withLatestBuild(
        good,
        record({
          by: 'command',
          result: 'failed',
          error: 'astro build exited with 1',
          pages: undefined,
        }),
      ),
    ).toMatchObject({ result: 'failed', error: 'astro build exited with 1', pages: 190 })
  })

  it('stays the stored status when the record is of an older build or of the job’s own', () => {
    expect(withLatestBuild(interrupted, record({ startedAt: at(1), finishedAt: at(2) }))).toBe(
      interrupted,
    )
    // The job writes the record, then its status: the status is the later of the two.
    const done = { ...interrupted, result: 'succeeded' as const, finishedAt: at(13), error: null }
    expect(withLatestBuild(done, record({ by: 'job', finishedAt: at(13) }))).toBe(done)
    expect(withLatestBuild(interrupted, null)).toBe(interrupted)
  })

  it('stays "queued" or "running": that build is the one coming', () => {
    for (const result of ['queued', 'running'] as const) {
      const busy = { ...interrupted, result }
      expect(withLatestBuild(busy, record({ finishedAt: at(30) }))).toBe(busy)
    }
  })

  it('is the first build a fresh install made (npm start), not "never built"', () => {
    expect(withLatestBuild({ result: 'never' }, record({}))).toMatchObject({ result: 'succeeded' })
  })
})
