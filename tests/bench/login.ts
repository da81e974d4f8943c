/**
 * `npm run bench:login`: what a login tells an attacker, on a temporary database served over
 * loopback HTTP by Payload's own request handler (tests/helpers/http.ts), per-IP throttle off.
 *
 * 1. Parallel lockout: 30, then 60 wrong passwords at once for one fresh account each; prints
 *    how many were checked against the password (calls of crypto.pbkdf2 with that account's
 *    salt) and the login attempts Payload stored.
 * 2. Timing: --samples N (50) wrong-password logins for N different existing accounts (one try
 *    each, so none gets locked) against N logins with unknown emails, interleaved; prints the
 *    median and 90th percentile of each and whether the answers (status and body) were equal.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { countPasswordChecks } from '../helpers/passwordChecks'
import { startPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/http'

const { values } = parseArgs({ options: { samples: { type: 'string', default: '50' } } })
const samples = Math.max(1, Number(values.samples) || 50)
process.env.AUTH_RATE_LIMIT = 'off'

const { payload, dataDir, stop } = await startPayload('bench-login')
const server = await startRestServer(payload.config)
const login = async (email: string, password: string) => {
  const started = performance.now()
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const answer = `${res.status} ${await res.text()}`
  return { answer, ms: performance.now() - started }
}

// One user hashed by Payload; the others share its hash and salt (written directly), which
// saves a 600,000-round hash per account and changes nothing about how a login checks them.
const first = await payload.create({
  collection: 'users',
  data: { email: 'bench-0@test.example', password: 'right-password-0', role: 'editor' } as never,
  overrideAccess: true,
})
const { hash, salt } = (await payload.db.findOne<{ id: number; hash: string; salt: string }>({
  collection: 'users',
  where: { id: { equals: first.id } },
}))!
const accounts = [first.email]
for (let i = 1; i < samples + 2; i++) {
  const email = `bench-${i}@test.example`
  await payload.db.create({ collection: 'users', data: { email, role: 'editor', hash, salt } })
  accounts.push(email)
}

console.log('parallel wrong-password logins for one account:')
for (const [n, email] of [
  [30, 'parallel-30@test.example'],
  [60, 'parallel-60@test.example'],
] as const) {
  await payload.create({
    collection: 'users',
    data: { email, password: 'right-password-p', role: 'editor' } as never,
    overrideAccess: true,
  })
  const figure = await countPasswordChecks(payload, email, () =>
    Promise.all(Array.from({ length: n }, () => login(email, 'wrong-password'))),
  )
  console.log(`  ${n} parallel: ${figure.checked} checked, ${figure.storedAttempts} stored`)
}

const known: number[] = []
const unknown: number[] = []
let same = 0
for (let i = 0; i < samples; i++) {
  const k = await login(accounts[i + 1]!, `wrong-${i}`)
  const u = await login(`nobody-${i}@test.example`, `wrong-${i}`)
  known.push(k.ms)
  unknown.push(u.ms)
  if (k.answer === u.answer) same++
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!.toFixed(1)
console.log(`login timing, ${samples} each (ms):`)
console.log(`  existing email, wrong password: median ${pct(known, 0.5)}, p90 ${pct(known, 0.9)}`)
console.log(
  `  unknown email:                  median ${pct(unknown, 0.5)}, p90 ${pct(unknown, 0.9)}`,
)
console.log(`  identical answers: ${same} of ${samples}`)

await server.close()
await stop()
fs.rmSync(dataDir, { recursive: true, force: true })
