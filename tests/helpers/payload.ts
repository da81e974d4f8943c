import type { Payload } from 'payload'

import { useTemporaryDatabase } from './env'

/**
 * A Payload instance on its own temporary database, with the project's real config.
 * Call once per test file (in beforeAll); `stop` closes the connection and drops MongoDB test data.
 */
export async function startPayload(label: string) {
  const { dataDir, adapter } = useTemporaryDatabase(label)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const payload: Payload = await getPayload({ config })
  const stop = async () => {
    if (adapter === 'mongodb') {
      // The mongoose adapter's connection: drop the per-file test database.
      const { connection } = payload.db as unknown as {
        connection: { dropDatabase(): Promise<unknown> }
      }
      await connection.dropDatabase()
    }
    await payload.destroy()
  }
  return { payload, dataDir, adapter, stop }
}
