import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')

describe('npm start', () => {
  it('stops at once on a DATABASE_URI it cannot use, naming the accepted forms', () => {
    const result = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['cms/scripts/start.ts'],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URI: 'postgres://db.example/portal' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/DATABASE_URI .*"postgres:".*mongodb:\/\/.*mongodb\+srv:\/\//s)
  })
})
