import { describe, expect, it } from 'vitest'

import { SpawnError, spawnLogged } from '../../cms/build/spawnLogged'

const node = (code: string, options: Partial<Parameters<typeof spawnLogged>[2]> = {}) =>
  spawnLogged(process.execPath, ['-e', code], { cwd: process.cwd(), env: process.env, ...options })

describe('spawnLogged', () => {
  it('passes every line to onLine, from both streams, and keeps the last ones', async () => {
    const lines: string[] = []
    const run = await node(
      `for (let i = 1; i <= 50; i++) console.log('line ' + i)
       console.error('\\x1b[31mred\\x1b[0m'); process.stdout.write('no newline at the end')`,
      { onLine: (line) => lines.push(line), tailLines: 3 },
    )
    expect(run).toMatchObject({ code: 0, signal: null })
    expect(lines).toHaveLength(52)
    expect(lines).toContain('red')
    expect(run.tail).toHaveLength(3)
    expect(run.tail).toContain('no newline at the end')
    expect(run.tail).toContain('line 50')
  })

  it('resolves with the exit code of a failing process and its tail', async () => {
    const run = await node(`console.log('about to fail'); process.exit(3)`)
    expect(run).toEqual({ code: 3, signal: null, tail: ['about to fail'] })
  })

  it('ends a process that runs past its time with SIGTERM', async () => {
    const run = await node('setInterval(() => {}, 1000)', { timeoutMs: 200 })
    expect(run).toMatchObject({ code: null, signal: 'SIGTERM' })
  })

  it('rejects when the command cannot start', async () => {
    await expect(
      spawnLogged('/no/such/command', [], { cwd: process.cwd(), env: process.env }),
    ).rejects.toBeInstanceOf(SpawnError)
  })
})
