import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

export class SecretError extends Error {}

/** Values copied from templates and tutorials; a production CMS signing tokens with them is open. */
const knownDevelopmentSecrets = new Set([
  'secret',
  'changeme',
  'change-me',
  'your_secret_here',
  'your-secret-here',
  'payload',
  'payload-secret',
  'development',
  'dev',
  'test',
  'password',
])

const minimumLength = 32

export const secretFile = () => path.join(dataDir(), 'payload-secret')

/**
 * The secret that signs logins. Production needs PAYLOAD_SECRET set to a long, unknown value and
 * refuses to start otherwise. Elsewhere an unset secret is generated once into data/ and reused,
 * so sessions survive restarts.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.PAYLOAD_SECRET?.trim()
  // `next build` loads the config to collect pages but signs nothing; the running server checks.
  if (env.NEXT_PHASE === 'phase-production-build')
    return given || 'build-time-placeholder-never-signs'
  if (env.NODE_ENV === 'production') {
    assertProductionSecret(given)
    return given as string
  }
  return given || readOrCreateLocalSecret()
}

/**
 * The secret for the Payload that a site build loads (astro.config.mjs): the configured one,
 * else the local one, as `npm start` uses. Astro builds as production, where the config refuses
 * a missing secret; the build reads as an anonymous visitor and signs nothing, so the local
 * secret is enough wherever it runs.
 */
export function siteBuildSecret(): string {
  return process.env.PAYLOAD_SECRET?.trim() || readOrCreateLocalSecret()
}

export function assertProductionSecret(secret: string | undefined): void {
  if (!secret) {
    throw new SecretError(
      'PAYLOAD_SECRET is not set. In production set it to a random value of at least ' +
        `${minimumLength} characters, e.g. the output of: openssl rand -hex 32`,
    )
  }
  if (knownDevelopmentSecrets.has(secret.toLowerCase()) || secret.length < minimumLength) {
    throw new SecretError(
      `PAYLOAD_SECRET is a development value or shorter than ${minimumLength} characters. ` +
        'Set it to a random value, e.g. the output of: openssl rand -hex 32',
    )
  }
}

export function readOrCreateLocalSecret(): string {
  const file = secretFile()
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
