import { afterEach, describe, expect, it, vi } from 'vitest'

import { superviseCms } from '../../cms/scripts/superviseCms'
import { freePort } from '../helpers/cmsServer'

/**
 * npm start's supervision of the CMS server (cms/scripts/superviseCms.ts), with a stand-in
 * server: a few lines of Node that answer HTTP and then crash.
 */

const crashingServer = (port: number, afterMs: number) => [
  '-e',
  `require('node:http').createServer((q, r) => r.end('ok')).listen(${port}, '127.0.0.1');
   setTimeout(() => process.exit(3), ${afterMs})`,
]

const lines: string[] = []
const capture = () => {
  lines.length = 0
  for (const stream of ['log', 'error'] as const)
    vi.spyOn(console, stream).mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '))
    })
}
afterEach(() => vi.restoreAllMocks())

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the CMS under npm start', () => {
  it('is restarted after each crash, with a growing pause, and given up after N quick ones', async () => {
    capture()
    const port = await freePort()
    const cms = superviseCms({
      env: process.env,
      args: crashingServer(port, 3000),
      healthUrl: `http://127.0.0.1:${port}/`,
      maxQuickCrashes: 3,
      firstDelayMs: 100,
    })
    await cms.firstUp
    const started = () => lines.filter((l) => l.startsWith('cms: server started')).length
    const end = Date.now() + 40_000
    while (Date.now() < end && !lines.some((l) => /not restarting/.test(l))) await pause(200)
    // Long enough for a restart that should not come.
    await pause(1000)
    await cms.stop()
    expect(started()).toBe(3)
    expect(lines.filter((l) => /answering again/.test(l))).toHaveLength(2)
    expect(lines.filter((l) => /restarting it in/.test(l))).toEqual([
      expect.stringMatching(/stopped \(exit code 3\); restarting it in 0.2 s/),
      expect.stringMatching(/stopped \(exit code 3\); restarting it in 0.4 s/),
    ])
    expect(lines.at(-1)).toMatch(
      /crashed 3 times in a row, each within 60 s of starting; not restarting it again\. The portal is still served/,
    )
  })

  it('stops at the first start when the server never answers, saying so', async () => {
    capture()
    const port = await freePort()
    const cms = superviseCms({
      env: process.env,
      args: ['-e', 'process.exit(3)'],
      healthUrl: `http://127.0.0.1:${port}/`,
    })
    await expect(cms.firstUp).rejects.toThrow(
      'the CMS server stopped (exit code 3) before it answered; see the log above.',
    )
    await cms.stop()
  })

  it('restarts nothing once stopped', async () => {
    capture()
    const port = await freePort()
    const cms = superviseCms({
      env: process.env,
      args: crashingServer(port, 60_000),
      healthUrl: `http://127.0.0.1:${port}/`,
      firstDelayMs: 10,
    })
    await cms.firstUp
    const pid = cms.pid()!
    await cms.stop()
    await pause(500)
    expect(() => process.kill(pid, 0)).toThrow()
    expect(lines.filter((l) => l.startsWith('cms: server started'))).toHaveLength(1)
  })

  it('with quietUntilUp, holds back what a server prints before it answers, unless it dies', async () => {
    capture()
    const port = await freePort()
    const talkative = `console.log('INFO: start-up notice');
      require('node:http').createServer((q, r) => r.end('ok')).listen(${port}, '127.0.0.1', () =>
        setTimeout(() => console.log('Mail written to a file'), 1500))`
    const cms = superviseCms({
      env: process.env,
      args: ['-e', talkative],
      healthUrl: `http://127.0.0.1:${port}/`,
      quietUntilUp: true,
    })
    await cms.firstUp
    await pause(2500)
    await cms.stop()
    expect(lines).not.toContain('INFO: start-up notice')
    expect(lines).toContain('Mail written to a file')

    const broken = superviseCms({
      env: process.env,
      args: ['-e', "console.error('Error: cannot open the database'); process.exit(3)"],
      healthUrl: `http://127.0.0.1:${port}/`,
      quietUntilUp: true,
    })
    await expect(broken.firstUp).rejects.toThrow(
      'the CMS server stopped (exit code 3) before it answered; its last lines:\nError: cannot open the database',
    )
    await broken.stop()
  })
})
