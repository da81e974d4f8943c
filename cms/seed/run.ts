/**
 * `npm run seed` — upserts the data set in content/ into the CMS database.
 * `npm run seed -- --reset` — empties the database first.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from './index'
import { printLogins } from './print'

const reset = process.argv.includes('--reset')

try {
  const payload = await getPayload({ config })
  const { logins, ms } = await seed(payload, { reset, log: (line) => console.log(line) })
  console.log(`seed: finished in ${(ms / 1000).toFixed(1)} s`)
  printLogins(logins)
  process.exit(0)
} catch (error) {
  console.error(`seed failed: ${(error as Error).message}`)
  process.exit(1)
}
