import type { Payload } from 'payload'

import type { Locale } from '@shared/locales'
import { collections, globals } from '@shared/slugs'
import {
  type IdMap,
  resolve,
  resolveOne,
  type SeedContext,
  seedContext,
  omit,
  type SeedRecord,
} from './context'
import { localizedFields, mergeLocalized } from './localize'
import { fingerprint, readContent, type Localized } from './source'
import { upsert } from './upsert'

export async function seedEvents(
  ctx: SeedContext,
  deps: { members: IdMap; partners: IdMap; media: IdMap },
): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const record of readContent<SeedRecord[]>('events')) {
    const id = await upsert(ctx, collections.events, {
      key: record.slug,
      shared: {
        ...omit(record, [
          'title',
          'summary',
          'description',
          'organisers',
          'partners',
          'image',
          'matchmakingSessions',
        ]),
        organisers: resolve(deps.members, record.organisers as string[], 'member'),
        partners: resolve(deps.partners, record.partners as string[], 'partner'),
        image: resolveOne(deps.media, record.image as string, 'image'),
      },
      localized: mergeLocalized(
        localizedFields(
          record,
          { text: ['title', 'summary'], richText: ['description'] },
          ctx.locales,
          record.slug,
        ),
        sessionRows(record, ctx.locales),
      ),
      draft: record.draft,
    })
    ids.set(record.slug, id)
  }
  return ids
}

type SessionRecord = Record<string, unknown> & { id: string; name: Localized }

/**
 * The matchmaking sessions, written in each locale with their localized name. Unlike
 * localizedRows, a session keeps the id the data gives it: participants' `attends` and meetings'
 * `session` in content/ name sessions by that id.
 */
function sessionRows(record: SeedRecord, locales: readonly Locale[]) {
  const rows = record.matchmakingSessions as SessionRecord[] | undefined
  if (!rows) return {}
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        matchmakingSessions: rows.map((row) => {
          if (!row.name[locale])
            throw new Error(`${record.slug}: session ${row.id} has no ${locale} name.`)
          return { ...row, name: row.name[locale] }
        }),
      },
    ]),
  )
}

export async function seedPublications(
  ctx: SeedContext,
  deps: { media: IdMap; documents: IdMap },
): Promise<void> {
  for (const record of readContent<SeedRecord[]>('publications')) {
    const localized = localizedFields(
      record,
      { text: ['title', 'summary'], richText: ['body'] },
      ctx.locales,
      record.slug,
    )
    const files = (record.file ?? {}) as Localized
    for (const locale of ctx.locales) {
      localized[locale].file = resolveOne(deps.documents, files[locale], 'document')
    }
    await upsert(ctx, collections.publications, {
      key: record.slug,
      shared: {
        ...omit(record, ['title', 'summary', 'body', 'file', 'cover']),
        cover: resolveOne(deps.media, record.cover as string, 'image'),
      },
      localized,
      draft: record.draft,
    })
  }
}

export async function seedPages(ctx: SeedContext): Promise<void> {
  for (const record of readContent<SeedRecord[]>('pages')) {
    await upsert(ctx, collections.pages, {
      key: record.slug,
      shared: { slug: record.slug },
      localized: localizedFields(
        record,
        { text: ['title'], richText: ['body'] },
        ctx.locales,
        record.slug,
      ),
      draft: record.draft,
    })
  }
}

type SettingsRecord = {
  clusterName: string
  tagline: Localized
  contact: { email: string; phone: string; address: Localized }
  social: { platform: string; url: string }[]
  defaultShareImage?: string
  membership: SettingsMembership
}

/** The membership page's lists, one list per locale; a testimonial names its member by slug. */
type SettingsMembership = {
  fees: Localized<{ sizeClass: string; amount: string; note?: string }[]>
  steps: Localized<{ title: string; timing?: string; text?: string }[]>
  testimonials: Localized<{ quote: string; name: string; role?: string; member?: string }[]>
  faq: Localized<{ question: string; answer: string }[]>
}

/** One locale's membership lists, members resolved to their ids. */
function membershipIn(record: SettingsMembership, locale: Locale, members: IdMap) {
  const listIn = <T>(list: Localized<T[]>, name: string): T[] => {
    const rows = list[locale]
    if (!rows) throw new Error(`settings: membership "${name}" has no ${locale} list.`)
    return rows
  }
  return {
    fees: listIn(record.fees, 'fees'),
    steps: listIn(record.steps, 'steps'),
    testimonials: listIn(record.testimonials, 'testimonials').map((row) => ({
      ...row,
      member: resolveOne(members, row.member, 'member'),
    })),
    faq: listIn(record.faq, 'faq'),
  }
}

/** The settings global, written per locale; skipped when the source has not changed. */
export async function seedSettings(
  ctx: SeedContext,
  { media, members }: { media: IdMap; members: IdMap },
): Promise<void> {
  const record = readContent<SettingsRecord>('settings')
  const { payload } = ctx
  const hash = fingerprint(record)
  const report = (ctx.report[globals.settings] ??= { created: 0, updated: 0, unchanged: 0 })
  if ((await settingsHash(payload)) === hash) {
    report.unchanged += 1
    return
  }
  for (const [index, locale] of ctx.locales.entries()) {
    const localized = {
      tagline: record.tagline[locale],
      contact: { address: record.contact.address[locale] },
      membership: membershipIn(record.membership, locale, members),
    }
    const data =
      index === 0
        ? {
            clusterName: record.clusterName,
            social: record.social,
            defaultShareImage: resolveOne(media, record.defaultShareImage, 'image'),
            ...localized,
            contact: {
              email: record.contact.email,
              phone: record.contact.phone,
              ...localized.contact,
            },
          }
        : localized
    await payload.updateGlobal({
      slug: globals.settings,
      data: data as never,
      locale,
      overrideAccess: true,
      context: seedContext,
    })
  }
  await saveSettingsHash(payload, hash)
  report.updated += 1
}

const settingsKey = `globals/${globals.settings}`

async function settingsHash(payload: Payload) {
  const { docs } = await payload.find({
    collection: collections.seedState,
    where: { key: { equals: settingsKey } },
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]?.hash
}

async function saveSettingsHash(payload: Payload, hash: string) {
  await payload.delete({
    collection: collections.seedState,
    where: { key: { equals: settingsKey } },
    overrideAccess: true,
  })
  await payload.create({
    collection: collections.seedState,
    data: { key: settingsKey, hash },
    overrideAccess: true,
  })
}
