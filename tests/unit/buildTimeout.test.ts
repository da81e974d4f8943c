import { describe, expect, it } from 'vitest'

import { buildTimeoutMs } from '../../cms/jobs/runBuild'

describe('how long a site build may run', () => {
  it('is an hour unless SITE_BUILD_TIMEOUT_MINUTES says otherwise', () => {
    expect(buildTimeoutMs({})).toBe(60 * 60_000)
    expect(buildTimeoutMs({ SITE_BUILD_TIMEOUT_MINUTES: ' 150 ' })).toBe(150 * 60_000)
  })

  it('refuses a value that is not a number of minutes, saying which and why', () => {
    for (const value of ['soon', '0', '-5'])
      expect(() => buildTimeoutMs({ SITE_BUILD_TIMEOUT_MINUTES: value })).toThrow(
        `SITE_BUILD_TIMEOUT_MINUTES must be a number of minutes, at least 1 (it is "${value}")`,
      )
  })
})
