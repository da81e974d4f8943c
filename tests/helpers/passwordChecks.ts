import crypto from 'node:crypto'

import type { Payload } from 'payload'

/**
 * Counts how many times the password of the user `email` is checked while `run` runs: Payload's
 * local strategy hashes the attempt with the user's own salt (crypto.pbkdf2), so every call with
 * that salt is one password checked. Also returns the login attempts Payload stored afterwards.
 */
export async function countPasswordChecks(
  payload: Payload,
  email: string,
  run: () => Promise<unknown>,
): Promise<{ checked: number; storedAttempts: number }> {
  const find = () =>
    payload.db.findOne<{ id: number; salt?: string; loginAttempts?: number }>({
      collection: 'users',
      where: { email: { equals: email } },
    })
  const salt = (await find())?.salt
  const original = crypto.pbkdf2
  let checked = 0
  crypto.pbkdf2 = ((...args: Parameters<typeof crypto.pbkdf2>) => {
    if (args[1] === salt) checked++
    return original(...args)
  }) as typeof crypto.pbkdf2
  try {
    await run()
  } finally {
    crypto.pbkdf2 = original
  }
  return { checked, storedAttempts: (await find())?.loginAttempts ?? 0 }
}
