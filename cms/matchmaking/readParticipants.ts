/**
 * How the participants list and the suggestions read participants and categories: always as
 * the participant, and only the fields they show or score.
 */
import type { PayloadRequest, Where } from 'payload'

import type { ActingParticipant } from '../access/participants'
import type { Participant } from '../payload-types'
import type { Locale } from '@shared/locales'
import { collections } from '@shared/slugs'

/**
 * Every read here goes through the Local API with the participant's `req` and
 * `overrideAccess: false`, so the access rules (access/participants.ts) alone decide whom a
 * participant sees: the validated participants of its own event, and itself, which the list
 * leaves out. A participant still awaiting validation may browse but is not seen by others.
 */
export const asParticipant = (req: PayloadRequest, locale: Locale) =>
  ({ req, overrideAccess: false, locale }) as const

export const idOf = (value: unknown): string =>
  String(value !== null && typeof value === 'object' ? (value as { id: unknown }).id : value)

/** The published category of a slug and those under it, as ids; null when there is none. */
export async function categoryAndChildren(req: PayloadRequest, locale: Locale, slug: string) {
  const found = await req.payload.find({
    collection: collections.categories,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    ...asParticipant(req, locale),
  })
  const category = found.docs[0]
  if (!category) return null
  const children = await req.payload.find({
    collection: collections.categories,
    where: { parent: { equals: category.id } },
    pagination: false,
    depth: 0,
    ...asParticipant(req, locale),
  })
  return new Set([category, ...children.docs].map((c) => String(c.id)))
}

/**
 * Two ways of reading participants: what the filters and the score need (depth 0), and what a
 * card shows (depth 1, categories and company named). Only those fields leave the database, so
 * an email or a staff note is never even read here; about half the time of whole documents
 * (measured on 500 participants).
 */
// Each field of an offer or request is named: with `offers: true` Payload 3.90's SQLite adapter
// returns the rows with their categories empty (the relationships sit in another table).
const need = { title: true, description: true, categories: true } as const

export const reads = {
  needs: {
    depth: 0,
    select: { name: true, organisation: true, profile: true, offers: need, requests: need },
  },
  card: {
    depth: 1,
    select: {
      name: true,
      organisation: true,
      organisationKind: true,
      country: true,
      role: true,
      languages: true,
      profile: true,
      offers: need,
      requests: need,
      member: true,
    },
    populate: { categories: { name: true, slug: true }, members: { name: true, slug: true } },
  },
} as const

// The fields selected above are those toCard and the filters read; Payload types a selection
// as a narrower document, which they do not need to know about.
export const asDocs = (docs: unknown[]) => docs as Participant[]

/** The others a participant may see, named in its language, in `ids` order when given. */
export async function readOthers(
  req: PayloadRequest,
  acting: ActingParticipant,
  locale: Locale,
  options: { read: keyof typeof reads; ids?: string[]; where?: Where },
): Promise<Participant[]> {
  const found = await req.payload.find({
    collection: collections.participants,
    where: {
      and: [
        { id: { not_equals: acting.id } },
        ...(options.ids ? [{ id: { in: options.ids } }] : []),
        ...(options.where ? [options.where] : []),
      ],
    },
    sort: 'name',
    pagination: false,
    ...reads[options.read],
    ...asParticipant(req, locale),
  })
  if (!options.ids) return asDocs(found.docs)
  const byId = new Map(asDocs(found.docs).map((d) => [String(d.id), d]))
  return options.ids.map((id) => byId.get(id)).filter((d): d is Participant => d !== undefined)
}
