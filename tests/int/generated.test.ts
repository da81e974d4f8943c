import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const payloadBin = path.join(root, 'node_modules', '.bin', 'payload')

function runPayload(args: string[], env: Record<string, string>) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-'))
  return execFileSync(payloadBin, args, {
    cwd: root,
    env: {
      ...process.env,
      PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
      DATA_DIR: tmp,
      DATABASE_URI: `file:${tmp}/cms.db`,
      ...env,
    },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

describe('generated files are current', () => {
  it('cms/payload-types.ts matches the config (run `npm run generate:types`)', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'types-')), 'payload-types.ts')
    runPayload(['generate:types'], { TYPES_OUTPUT: out })
    expect(fs.readFileSync(out, 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'cms', 'payload-types.ts'), 'utf8'),
    )
  })

  it('cms/migrations describe the schema of the config (run `npm run migrate:create`)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
    fs.cpSync(path.join(root, 'cms', 'migrations'), dir, { recursive: true })
    const before = fs.readdirSync(dir).sort()
    runPayload(['migrate:create', 'drift-check', '--skip-empty'], { MIGRATIONS_DIR: dir })
    expect(fs.readdirSync(dir).sort()).toEqual(before)
  })
})
