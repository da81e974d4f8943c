import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

/*
 * Payload's local strategy (payload/dist/auth/strategies/local/generatePasswordSaltHash.js and
 * authenticate.js), which it does not export: PBKDF2-SHA256, 600,000 iterations and 32 bytes for
 * hashes prefixed `pbkdf2-sha256-v1:`, 25,000 iterations and 512 bytes for older ones.
 * tests/int/auth.currentPassword.test.ts checks these against hashes Payload wrote.
 */
const currentPrefix = 'pbkdf2-sha256-v1:'
const current = { iterations: 600_000, keyLength: 32 }
const legacy = { iterations: 25_000, keyLength: 512 }

/** True when `password` matches the stored `hash` and `salt` of a user, as Payload checks it. */
export async function passwordMatches(
  stored: { hash?: unknown; salt?: unknown },
  password: string,
): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const isCurrent = hash.startsWith(currentPrefix)
  const { iterations, keyLength } = isCurrent ? current : legacy
  const expected = Buffer.from(isCurrent ? hash.slice(currentPrefix.length) : hash, 'hex')
  const actual = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

// A random hash nobody's password matches, made once: checking against it costs what checking
// a real user's (current) hash costs.
const dummy = {
  salt: crypto.randomBytes(32).toString('hex'),
  hash: currentPrefix + crypto.randomBytes(current.keyLength).toString('hex'),
}

/** Spends the time a real password check takes, for an email that has no account. */
export async function checkAgainstNobody(password: string): Promise<void> {
  await passwordMatches(dummy, password)
}
