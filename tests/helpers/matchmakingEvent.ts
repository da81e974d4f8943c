/**
 * Child process for browser tests of matchmaking registration: names an event, in the database
 * that DATA_DIR / DATABASE_URI point at, whose matchmaking registration is open now, and writes
 * `{ slug }` to the file named on the command line. The seed's matchmaking event when it has
 * one; otherwise the first upcoming scheduled event gets matchmaking with two sessions.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { seedContext } from '../../cms/seed/context'
import { registrationState } from '../../site/lib/matchmaking'

const admin = { overrideAccess: true, context: seedContext } as const
const [outFile] = process.argv.slice(2)
const payload = await getPayload({ config })
try {
  const now = new Date()
  const { docs } = await payload.find({
    collection: 'events',
    where: { status: { equals: 'scheduled' }, end: { greater_than: now.toISOString() } },
    sort: 'start',
    depth: 0,
    pagination: false,
    ...admin,
  })
  let event = docs.find((e) => registrationState(e, now) === 'open')
  if (!event) {
    const first = docs[0]!
    const day = (offset: number, hour: number) => {
      const d = new Date(first.start)
      d.setUTCDate(d.getUTCDate() + offset)
      d.setUTCHours(hour, 0, 0, 0)
      return d.toISOString()
    }
    event = await payload.update({
      collection: 'events',
      id: first.id,
      data: {
        matchmaking: {
          enabled: true,
          registrationOpens: new Date(now.getTime() - 86_400_000).toISOString(),
          registrationCloses: day(-1, 20),
          scheduling: 'self',
          requireValidation: false,
        },
        matchmakingSessions: [
          { name: 'Morning', start: day(0, 7), end: day(0, 9), meetingMinutes: 20 },
          { name: 'Afternoon', start: day(0, 12), end: day(0, 14), meetingMinutes: 20 },
        ],
      },
      depth: 0,
      ...admin,
    })
  }
  fs.writeFileSync(outFile, JSON.stringify({ slug: event.slug }))
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`matchmaking event failed: ${(error as Error).stack}`)
  process.exit(1)
}
