import type { Payload } from 'payload'

import { localeCodes } from '@shared/locales'
import { collections } from '@shared/slugs'
import { seedCategories, seedMembers, seedPartners } from './directory'
import { seedCooperation, seedProducts } from './catalogue'
import { seedEvents, seedPages, seedPublications, seedSettings } from './cluster'
import type { Report, SeedContext } from './context'
import { seedApiDescriptions, seedProtocols } from './interfaces'
import { seedMatchmaking } from './matchmaking'
import { seedDocuments, seedMedia } from './uploads'
import { type DemoLogin, seedUsers } from './users'

export type SeedOptions = { reset?: boolean; log?: (line: string) => void }
export type SeedResult = { report: Record<string, Report>; logins: DemoLogin[]; ms: number }

/** Everything the seed writes, in the order that empties it without dangling references. */
const resettable = [
  collections.inquiries,
  collections.applications,
  collections.cooperation,
  collections.meetingBookings,
  collections.meetings,
  collections.matchmakingTokens,
  collections.participants,
  collections.events,
  collections.publications,
  collections.products,
  collections.apiDescriptions,
  collections.protocols,
  collections.users,
  collections.members,
  collections.partners,
  collections.categories,
  collections.pages,
  collections.media,
  collections.documents,
  collections.seedState,
] as const

/**
 * Seeds the data set in content/ in dependency order, reporting each kind as it goes.
 * Idempotent: unchanged entries are skipped, so a second run writes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const started = Date.now()
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const ctx: SeedContext = { payload, locales: localeCodes, log, report: {} }
  if (options.reset) await emptyDatabase(ctx)

  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = Date.now()
    const result = await run()
    const r = ctx.report[name]
    const counts = r
      ? `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`
      : 'done'
    log(`seed: ${name.padEnd(13)} ${counts} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
    return result
  }

  const media = await step(collections.media, () => seedMedia(ctx))
  const documents = await step(collections.documents, () => seedDocuments(ctx))
  const categories = await step(collections.categories, () => seedCategories(ctx))
  const members = await step(collections.members, () => seedMembers(ctx, { categories, media }))
  const partners = await step(collections.partners, () => seedPartners(ctx, { media }))
  const protocols = await step(collections.protocols, () => seedProtocols(ctx))
  const apiDescriptions = await step(collections.apiDescriptions, () =>
    seedApiDescriptions(ctx, { members }),
  )
  const deps = { members, categories, media, documents }
  const products = await step(collections.products, () =>
    seedProducts(ctx, { ...deps, protocols, apiDescriptions }),
  )
  const events = await step(collections.events, () => seedEvents(ctx, { members, partners, media }))
  await step(collections.publications, () => seedPublications(ctx, { media, documents }))
  await step(collections.cooperation, () => seedCooperation(ctx, deps))
  await step(collections.participants, () =>
    seedMatchmaking(ctx, { events, members, partners, products, categories }),
  )
  await step(collections.pages, () => seedPages(ctx))
  await step('settings', () => seedSettings(ctx, { media, members }))
  const logins = await step(collections.users, () => seedUsers(ctx, { members }))
  return { report: ctx.report, logins, ms: Date.now() - started }
}

async function emptyDatabase(ctx: SeedContext) {
  for (const collection of resettable) {
    const { docs } = await ctx.payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: { seeding: true },
    })
    ctx.log(`reset: ${collection.padEnd(13)} ${docs.length} deleted`)
  }
}

/** True when the database holds no member yet: a fresh install that `npm start` seeds. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: collections.members,
    overrideAccess: true,
  })
  return totalDocs === 0
}
