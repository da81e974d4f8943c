/**
 * Keeps the CMS server running under `npm start`. The portal is served by `npm start` itself,
 * so it stays up whatever the CMS does; when the CMS stops without being asked to (a crash, an
 * out-of-memory kill), it is started again after a pause that doubles with each quick crash,
 * and given up after `maxQuickCrashes` of them in a row, with a message saying so.
 * With `quietUntilUp`, what a server prints before it answers (Payload's start-up notices) is
 * kept back, and shown only when it stops before answering; everything after is passed on.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import readline from 'node:readline'

import { projectRoot } from '../paths'
import { cmsServerArgs } from './adminBuild'

export type CmsSupervisorOptions = {
  env: NodeJS.ProcessEnv
  /** The server's command line on this Node: cms/server.ts unless a test says otherwise. */
  args?: string[]
  /** A URL that answers once the CMS is ready to serve. */
  healthUrl: string
  /** Runs before each restart (npm start removes what a killed build left there). */
  beforeRestart?: () => void
  /** A crash sooner than this after its start counts as quick. */
  quickMs?: number
  maxQuickCrashes?: number
  /** The first pause before a restart; it doubles with every quick crash, up to 30 s. */
  firstDelayMs?: number
  /** Keeps each server's output back until it answers (see above). */
  quietUntilUp?: boolean
}

/** How many of a server's first lines are kept back at most, the last ones. */
const keptLines = 40

const answers = async (url: string) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    await response.body?.cancel()
    return response.status < 500
  } catch {
    return false
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function superviseCms(options: CmsSupervisorOptions) {
  const { quickMs = 60_000, maxQuickCrashes = 5, firstDelayMs = 1000 } = options
  let child: ChildProcess | null = null
  let stopping = false
  let quickCrashes = 0
  let restartTimer: NodeJS.Timeout | undefined
  let resolveUp: () => void = () => {}
  let rejectUp: (error: Error) => void = () => {}
  /** Settles once, when the first server answers or stops before it does. */
  const firstUp = new Promise<void>((resolve, reject) => {
    resolveUp = resolve
    rejectUp = reject
  })
  let everUp = false
  /** The lines a server printed before it answered; null once it has. */
  let heldBack: string[] | null = null

  async function watchUntilUp(server: ChildProcess, restarted: boolean) {
    while (child === server && server.exitCode === null && server.signalCode === null) {
      if (await answers(options.healthUrl)) {
        if (restarted) console.log(`cms: answering again (pid ${server.pid})`)
        heldBack = null
        everUp = true
        resolveUp()
        return
      }
      await pause(500)
    }
  }

  function start(restarted: boolean) {
    const server = spawn(process.execPath, options.args ?? cmsServerArgs(), {
      cwd: projectRoot,
      env: options.env,
      stdio: options.quietUntilUp ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    if (options.quietUntilUp) {
      const held: string[] = []
      heldBack = held
      for (const [stream, print] of [
        [server.stdout!, console.log],
        [server.stderr!, console.error],
      ] as const)
        readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
          if (heldBack !== held || child !== server) return print(line)
          held.push(line)
          if (held.length > keptLines) held.shift()
        })
    }
    const since = Date.now()
    child = server
    console.log(`cms: server started (pid ${server.pid})`)
    // With its output piped, 'close': after the last of its lines has been read.
    server.once(options.quietUntilUp ? 'close' : 'exit', (code, signal) =>
      exited(server, since, signal ?? `exit code ${code}`),
    )
    void watchUntilUp(server, restarted)
  }

  function exited(server: ChildProcess, since: number, how: string) {
    if (stopping || child !== server) return
    child = null
    const held = heldBack?.length ? `\n${heldBack.join('\n')}` : ''
    heldBack = null
    if (!everUp) {
      // It never came up: a configuration or build problem that a restart will not fix.
      rejectUp(
        new Error(
          `the CMS server stopped (${how}) before it answered; ` +
            (held ? `its last lines:${held}` : 'see the log above.'),
        ),
      )
      return
    }
    if (held) console.error(held)
    quickCrashes = Date.now() - since < quickMs ? quickCrashes + 1 : 0
    if (quickCrashes >= maxQuickCrashes) {
      console.error(
        `\n✖ cms: the CMS server stopped (${how}) and has now crashed ${quickCrashes} times in a ` +
          `row, each within ${quickMs / 1000} s of starting; not restarting it again. The portal ` +
          'is still served. Fix the cause (see the log above) and run npm start again.\n',
      )
      return
    }
    const delay = Math.min(30_000, firstDelayMs * 2 ** quickCrashes)
    console.error(
      `\n✖ cms: the CMS server stopped (${how}); restarting it in ${delay / 1000} s ` +
        '(the portal keeps being served)\n',
    )
    // Ctrl+C reaches the server too, maybe before npm start has heard it: the pause covers that.
    restartTimer = setTimeout(() => {
      if (stopping) return
      options.beforeRestart?.()
      start(true)
    }, delay)
  }

  /** Stops the server (SIGTERM, SIGKILL after 10 s) and restarts nothing any more. */
  async function stop(): Promise<void> {
    stopping = true
    clearTimeout(restartTimer)
    const server = child
    if (!server || server.exitCode !== null || server.signalCode !== null) return
    const gone = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000)
    await gone
    clearTimeout(timer)
  }

  start(false)
  return { firstUp, stop, pid: () => child?.pid }
}
