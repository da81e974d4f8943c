/**
 * Runs a command with its output read line by line: every line goes to `onLine` as it comes,
 * and the last lines are kept for the message when it fails. The site build, the rebuild job,
 * `npm start`'s steps and the tests' child processes all run this way.
 * Node built-ins only, so that the rebuild job can use it without Next bundling the build.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import readline from 'node:readline'
import { stripVTControlCharacters } from 'node:util'

export type SpawnLoggedOptions = {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Gets every line the process writes, without colour codes, and where it wrote it. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** How many of the last lines to keep for `tail`. */
  tailLines?: number
  /** Ends the process with SIGTERM when it runs longer than this. */
  timeoutMs?: number
  /** Gets the process as soon as it is started, e.g. to sample its memory by pid. */
  onStart?: (child: ChildProcess) => void
}

export type LoggedExit = {
  /** The exit code, or null when a signal ended the process. */
  code: number | null
  signal: NodeJS.Signals | null
  /** The last `tailLines` lines of its output, stdout and stderr as they came. */
  tail: string[]
}

/** The process could not be started at all (no such command, no permission). */
export class SpawnError extends Error {
  constructor(
    message: string,
    readonly tail: string[],
  ) {
    super(message)
  }
}

/**
 * Resolves when the process has ended and all its output is read, whatever its exit code:
 * what a failure means is for the caller to say. Rejects with a SpawnError when it cannot start.
 *
 * @example
 * const run = await spawnLogged('npx', ['astro', 'build'], { cwd, env, onLine: console.log })
 * if (run.code !== 0) throw new Error(`astro build exited with ${run.signal ?? run.code}`)
 */
export function spawnLogged(
  command: string,
  args: string[],
  options: SpawnLoggedOptions,
): Promise<LoggedExit> {
  const { tailLines = 40 } = options
  const tail: string[] = []
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const [name, stream] of [
    ['stdout', child.stdout],
    ['stderr', child.stderr],
  ] as const)
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
      // In case a tool colours its output although it writes to a pipe.
      const line = stripVTControlCharacters(raw)
      tail.push(line)
      if (tail.length > tailLines) tail.shift()
      options.onLine?.(line, name)
    })
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => child.kill('SIGTERM'), options.timeoutMs)
  if (child.pid !== undefined) options.onStart?.(child)
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new SpawnError(error.message, tail))
    })
    // 'close', not 'exit': it comes after the output streams have ended, so the tail is whole.
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, tail })
    })
  })
}
