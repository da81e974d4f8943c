import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it, vi } from 'vitest'

const made: string[] = []
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

/**
 * A project folder with admin sources and a stand-in for `next build` that only records that
 * it ran and writes what a build leaves (cms/.next/BUILD_ID).
 */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-admin-'))
  made.push(root)
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
  write('cms/collections/Members.ts', 'export const a = 1\n')
  write('tsconfig.json', '{}\n')
  write('package-lock.json', '{}\n')
  write(
    'node_modules/.bin/next',
    '#!/bin/sh\necho built >> next-runs\nmkdir -p cms/.next && echo id > cms/.next/BUILD_ID\n',
  )
  fs.chmodSync(path.join(root, 'node_modules/.bin/next'), 0o755)
  return root
}

/** buildAdminIfChanged as `npm start` runs it in `root`. */
async function buildAdmin(root: string): Promise<boolean> {
  vi.resetModules()
  vi.stubEnv('PROJECT_ROOT', root)
  try {
    const { buildAdminIfChanged } = await import('@cms/scripts/adminBuild')
    return await buildAdminIfChanged(process.env, true)
  } finally {
    vi.unstubAllEnvs()
  }
}

const runs = (root: string) =>
  fs.existsSync(path.join(root, 'next-runs'))
    ? fs.readFileSync(path.join(root, 'next-runs'), 'utf8').split('\n').filter(Boolean).length
    : 0

describe('the admin build under npm start', () => {
  it('is made once and reused while its sources are unchanged, also in a moved copy', async () => {
    const root = project()
    expect(await buildAdmin(root)).toBe(true)
    expect(await buildAdmin(root)).toBe(false)
    expect(runs(root)).toBe(1)

    // The project with its build, moved (or checked out with a copy of cms/.next elsewhere).
    const moved = `${root}-moved`
    made.push(moved)
    fs.cpSync(root, moved, { recursive: true })
    expect(await buildAdmin(moved)).toBe(false)
    expect(runs(moved)).toBe(1)
  })

  it('is made again when a source or the lockfile changed', async () => {
    const root = project()
    await buildAdmin(root)
    fs.writeFileSync(path.join(root, 'cms/collections/Members.ts'), 'export const a = 2\n')
    expect(await buildAdmin(root)).toBe(true)
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n')
    expect(await buildAdmin(root)).toBe(true)
    expect(await buildAdmin(root)).toBe(false)
    expect(runs(root)).toBe(3)
  })
})
