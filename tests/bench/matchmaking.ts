/**
 * `npm run bench:matchmaking`: staff scheduling of a generated event, greedy against the HiGHS
 * solver (cms/matchmaking/schedule/). The event is random but seeded and built in memory (no
 * database), so the figures reproduce and the run starts at once. Prints meetings placed by each,
 * the solver's proven upper bound and the seconds each took; the last line reads
 * `matchmaking: greedy G, solver S, bound B, S/B = R, T s` (T: the solver's seconds).
 *
 * Options: --participants N (500), --requests N (3000), --sessions N (2), --tables N (per
 * session; participants / 4), --seed N (1), --time-limit S (25), --skew X (0.9).
 */
import { parseArgs } from 'node:util'

import { greedySchedule } from '@cms/matchmaking/schedule/greedy'
import { solveSchedule } from '@cms/matchmaking/schedule/solve'

import { randomEvent } from '../helpers/matchmakingEvent'

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '500' },
    requests: { type: 'string', default: '3000' },
    sessions: { type: 'string', default: '2' },
    tables: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'time-limit': { type: 'string', default: '25' },
    skew: { type: 'string', default: '0.9' },
  },
})

const participants = Number(values.participants)
const problem = randomEvent(Number(values.seed), {
  participants,
  requests: Number(values.requests),
  sessions: Number(values.sessions),
  tables: values.tables ? Number(values.tables) : undefined,
  skew: Number(values.skew),
})
const tables = Object.values(problem.tables)[0]
console.log(
  `event: ${participants} participants, ${problem.meetings.length} accepted requests, ` +
    `${problem.slots.length} slots in ${Object.keys(problem.tables).length} sessions, ${tables} tables each`,
)

let t = performance.now()
const greedy = greedySchedule(problem)
const greedySeconds = (performance.now() - t) / 1000
console.log(`greedy: ${greedy.length} meetings in ${greedySeconds.toFixed(3)} s`)

t = performance.now()
const solved = await solveSchedule(problem, { timeLimitSeconds: Number(values['time-limit']) })
const solverSeconds = (performance.now() - t) / 1000
console.log(
  `solver: ${solved.assignments.length} meetings in ${solverSeconds.toFixed(2)} s` +
    ` (${solved.optimal ? 'proven optimal' : 'time limit'}), upper bound ${solved.bound}`,
)
const ratio = solved.bound ? solved.assignments.length / solved.bound : 1
console.log(
  `matchmaking: greedy ${greedy.length}, solver ${solved.assignments.length}, bound ${solved.bound}, ` +
    `S/B = ${ratio.toFixed(4)}, ${solverSeconds.toFixed(2)} s`,
)
