/**
 * What `npm start` prints while it works: six phases, each announced with what it does and how
 * long it should take (the last run's time on this machine, kept in <DATA_DIR>/start-timings.json,
 * else a first-time estimate), and closed with the time it took. The tools' own output (Payload,
 * Next.js, Astro) is kept for a failure's message and shown only with `--verbose` or
 * START_VERBOSE=1: a newcomer needs to know what is happening and how long it will take, not
 * three minutes of a bundler's report.
 *
 * prepare.ts runs the first two phases in its own process; start.ts passes on only the lines
 * of that process that `isProgressLine` recognises.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../paths'

/**
 * The phases in order. `firstMs`: about what a first start took on two shared cores (Step 6's
 * measurements, 3 to 7 minutes in all with the load of other work), the estimate until this
 * machine has timed a phase itself.
 */
const phases = {
  database: { title: 'Database', firstMs: 5_000 },
  seed: { title: 'Seed', firstMs: 45_000 },
  portal: { title: 'Portal', firstMs: 60_000 },
  serve: { title: 'Serve', firstMs: 0 },
  admin: { title: 'Admin', firstMs: 180_000 },
  cms: { title: 'CMS', firstMs: 15_000 },
} as const

export type PhaseName = keyof typeof phases
const names = Object.keys(phases) as PhaseName[]

/** `--verbose` or START_VERBOSE=1: the tools' own output is shown as it comes. */
export const verbose = (argv = process.argv, env: NodeJS.Dict<string> = process.env) =>
  argv.includes('--verbose') || /^(1|true|yes)$/i.test(env.START_VERBOSE?.trim() ?? '')

/** "4.2 s", "38 s", "3 min 05 s". */
export function duration(ms: number): string {
  const s = ms / 1000
  if (s < 10) return `${s.toFixed(1)} s`
  if (s < 60) return `${Math.round(s)} s`
  const whole = Math.round(s)
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}

/** An estimate reads rounder than a measurement: "about 40 s", "about 4 min". */
function about(ms: number): string {
  if (ms < 60_000) return `about ${Math.max(5, Math.round(ms / 5000) * 5)} s`
  return `about ${Math.round(ms / 60_000)} min`
}

const timingsFile = () => path.join(dataDir(), 'start-timings.json')

function readTimings(): Partial<Record<PhaseName, number>> {
  try {
    return JSON.parse(fs.readFileSync(timingsFile(), 'utf8')) as Partial<Record<PhaseName, number>>
  } catch {
    return {}
  }
}

/** Keeps a phase's time for the next start's estimate; an unwritable data folder costs nothing. */
function recordTiming(name: PhaseName, ms: number) {
  try {
    fs.mkdirSync(dataDir(), { recursive: true })
    fs.writeFileSync(timingsFile(), JSON.stringify({ ...readTimings(), [name]: ms }, null, 2))
  } catch {
    // The estimate falls back to the first-time figure.
  }
}

/** Whether this data folder has never seen npm start through a phase. */
export const firstStart = () => !fs.existsSync(timingsFile())

/** How long `name` should take: this machine's last time, else the first-time figure. */
function estimate(name: PhaseName): { ms: number; measured: boolean } {
  const last = readTimings()[name]
  return typeof last === 'number'
    ? { ms: last, measured: true }
    : { ms: phases[name].firstMs, measured: false }
}

const label = (name: PhaseName) =>
  `[${names.indexOf(name) + 1}/${names.length}] ${phases[name].title}:`
const indent = ' '.repeat(6)

/** A line this module printed (prepare.ts's output is filtered by it). */
export const isProgressLine = (line: string) =>
  /^\[\d+\/\d+\] \w+:/.test(line) || /^ {6}[✓…] /.test(line)

export type Phase = {
  /** Closes the phase: "✓ <what> in <time>"; `record` keeps the time for the next estimate. */
  done: (what: string, options?: { record?: boolean }) => number
  /** Stops the "still …" lines without a result (the caller reports the failure). */
  end: () => void
}

/**
 * Announces a phase: "[5/6] Admin: building the admin (about 4 min) …". A phase that runs
 * longer than a minute says so every minute, so that a quiet console does not look stuck.
 */
export function beginPhase(
  name: PhaseName,
  doing: string,
  options: { estimated?: boolean } = {},
): Phase {
  const started = Date.now()
  const guess = options.estimated === false ? undefined : estimate(name)
  const hint =
    guess && guess.ms >= 1000
      ? ` (${about(guess.ms)}${guess.measured ? ', as last time' : ''})`
      : ''
  console.log(`${label(name)} ${doing}${hint} …`)
  const ticker = setInterval(() => {
    console.log(`${indent}… ${duration(Date.now() - started)} so far`)
  }, 60_000)
  ticker.unref()
  return {
    done(what, { record = true } = {}) {
      clearInterval(ticker)
      const ms = Date.now() - started
      if (record) recordTiming(name, ms)
      console.log(`${indent}✓ ${what} in ${duration(ms)}`)
      return ms
    },
    end: () => clearInterval(ticker),
  }
}

/** A phase with nothing to do this time: "[2/6] Seed: skipped, <why>". */
export function skipPhase(name: PhaseName, why: string): void {
  console.log(`${label(name)} ${why}`)
}
