/**
 * Brings the database up to the committed schema and seeds it when it is empty: npm start's
 * phases 1 and 2 (progress.ts), in their own process so that the database connection is closed
 * before the server opens one. Payload's and the seed's own lines are for `--verbose`.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { isEmpty, seed } from '../seed/index'
import { collections } from '@shared/slugs'
import { beginPhase, skipPhase } from './progress'

try {
  // Payload runs the committed migrations as it starts (migrateOnInit in payload.config.ts).
  const database = beginPhase('database', 'opening the database and applying its migrations')
  const payload = await getPayload({ config })
  const empty = await isEmpty(payload)
  database.done(empty ? 'empty database ready' : 'database up to date')
  if (empty) {
    const seeding = beginPhase('seed', 'writing the demo data set: members, products, images')
    const { report } = await seed(payload, { log: (line) => console.log(line) })
    const count = (name: string) => report[name]?.created ?? 0
    seeding.done(
      `${count(collections.members)} members, ${count(collections.products)} products, ` +
        `${count(collections.events)} events, ${count(collections.media)} images`,
    )
  } else {
    const { totalDocs } = await payload.count({
      collection: collections.members,
      overrideAccess: true,
    })
    skipPhase('seed', `skipped, ${totalDocs} members already stored (npm run seed updates them)`)
  }
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`database: ${(error as Error).message}`)
  process.exit(1)
}
