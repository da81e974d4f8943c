import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { sourceHash } from '../../cms/scripts/sourceHash'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-source-hash-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}

describe('sourceHash (whether npm start must build the admin again)', () => {
  it('changes with a source file and stays with what next build writes itself', () => {
    write('cms/collections/Members.ts', 'export const a = 1\n')
    write('cms/next-env.d.ts', '/// <reference types="next" />\n')
    const hash = () => sourceHash([path.join(root, 'cms')], [path.join(root, 'tsconfig.json')])
    const first = hash()

    write('cms/next-env.d.ts', '/// <reference types="next" />\n// rewritten by next build\n')
    write('cms/.next/BUILD_ID', 'abc')
    expect(hash()).toBe(first)

    write('cms/collections/Members.ts', 'export const a = 2\n')
    const edited = hash()
    expect(edited).not.toBe(first)

    // The aliases in the root tsconfig.json decide what the admin's imports resolve to.
    write('tsconfig.json', '{ "compilerOptions": { "paths": {} } }\n')
    expect(hash()).not.toBe(edited)
  })

  it('is the same for the same sources in another folder, so a moved build is reused', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-source-hash-copy-'))
    try {
      fs.cpSync(root, copy, { recursive: true })
      const hash = (dir: string) =>
        sourceHash([path.join(dir, 'cms')], [path.join(dir, 'tsconfig.json')])
      expect(hash(copy)).toBe(hash(root))
      fs.renameSync(path.join(copy, 'cms', 'collections'), path.join(copy, 'cms', 'fields'))
      expect(hash(copy)).not.toBe(hash(root))
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  })
})
