/**
 * Brings the database up to the committed schema and seeds it when it is empty.
 * Run by `npm start` before the server starts.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { isEmpty, seed } from '../seed/index'
import { collections } from '@shared/slugs'

try {
  const payload = await getPayload({ config })
  if (await isEmpty(payload)) {
    console.log('database: empty, seeding the demo data set …')
    const { ms } = await seed(payload, { log: (line) => console.log(line) })
    console.log(`database: seeded in ${(ms / 1000).toFixed(1)} s`)
  } else {
    const { totalDocs } = await payload.count({
      collection: collections.members,
      overrideAccess: true,
    })
    console.log(
      `database: ${totalDocs} members already stored; not seeding (npm run seed updates it)`,
    )
  }
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`database: ${(error as Error).message}`)
  process.exit(1)
}
