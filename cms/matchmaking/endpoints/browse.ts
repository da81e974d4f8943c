import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { ActingParticipant } from '../../access/participants'
import { formMessage, t } from '../../i18n/messages'
import type { Participant } from '../../payload-types'
import type { Locale } from '@shared/locales'
import type { Suggestion } from '@shared/matchmakingTypes'
import { collections } from '@shared/slugs'
import {
  filtersInMemory,
  memoryFilter,
  pageSize,
  parseBrowseQuery,
  type NeedsDoc,
  type QueryErrors,
} from '../browseQuery'
import { toCard } from '../cards'
import { suggestMatches, type CategoryInfo, type ScoredParticipant } from '../score'
import { answer, answerLocale, participantHandler } from './respond'

/**
 * Every read here goes through the Local API with the participant's `req` and
 * `overrideAccess: false`, so the access rules (access/participants.ts) alone decide whom a
 * participant sees: the validated participants of its own event, and itself, which the list
 * leaves out. A participant still awaiting validation may browse but is not seen by others.
 */
const asParticipant = (req: PayloadRequest, locale: Locale) =>
  ({ req, overrideAccess: false, locale }) as const

const idOf = (value: unknown): string =>
  String(value !== null && typeof value === 'object' ? (value as { id: unknown }).id : value)

/** A 400 whose fields say which filter is wrong, in the participant's language. */
function badQuery(req: PayloadRequest, locale: Locale, errors: QueryErrors) {
  const fields = Object.entries(errors)
  return answer(req, 400, {
    errors: {
      _form: t(locale, 'matchmaking.error.invalid'),
      ...Object.fromEntries(fields.map(([field, code]) => [field, formMessage(locale, code)])),
    },
    codes: { _form: 'invalid', ...Object.fromEntries(fields) },
  })
}

/** The published category of a slug and those under it, as ids; null when there is none. */
async function categoryAndChildren(req: PayloadRequest, locale: Locale, slug: string) {
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

const reads = {
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
const asDocs = (docs: unknown[]) => docs as Participant[]

/** The others a participant may see, named in its language, in `ids` order when given. */
async function readOthers(
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

/** The answer of the list: one page of cards and how many there are. */
const listAnswer = (req: PayloadRequest, docs: Participant[], total: number, page: number) =>
  answer(req, 200, {
    docs: docs.map(toCard),
    totalDocs: total,
    page,
    totalPages: Math.ceil(total / pageSize),
  })

/**
 * `GET /api/matchmaking/participants?country=&kind=&category=&has=offer|request&q=&page=`:
 * country and kind filter in the database. Without other filters the database pages too;
 * with them, category, offers/requests and the text (which understands inflections, terms.ts,
 * as SQLite's LIKE cannot outside ASCII) are applied in memory over the event's participants,
 * a few hundred at most, and then the page is read with its categories named.
 */
const listParticipants = participantHandler(async (req, acting) => {
  const locale = answerLocale(req)
  const parsed = parseBrowseQuery(new URL(req.url ?? 'http://x').searchParams)
  if (parsed.errors) return badQuery(req, locale, parsed.errors)
  const { filters } = parsed
  const categoryIds = filters.category
    ? await categoryAndChildren(req, locale, filters.category)
    : null
  if (filters.category && !categoryIds) return badQuery(req, locale, { category: 'choice' })
  const where: Where = {
    and: [
      { id: { not_equals: acting.id } },
      ...(filters.country ? [{ country: { equals: filters.country } }] : []),
      ...(filters.kind ? [{ organisationKind: { equals: filters.kind } }] : []),
    ],
  }
  if (!filtersInMemory(filters)) {
    const found = await req.payload.find({
      collection: collections.participants,
      where,
      sort: 'name',
      limit: pageSize,
      page: filters.page,
      ...reads.card,
      ...asParticipant(req, locale),
    })
    return listAnswer(req, asDocs(found.docs), found.totalDocs, filters.page)
  }
  const all = await readOthers(req, acting, locale, { read: 'needs', where })
  const matching = all.filter(memoryFilter(filters, categoryIds))
  const ids = matching
    .slice((filters.page - 1) * pageSize, filters.page * pageSize)
    .map((p) => String(p.id))
  const docs = ids.length ? await readOthers(req, acting, locale, { read: 'card', ids }) : []
  return listAnswer(req, docs, matching.length, filters.page)
})

type Categories = ReadonlyMap<string, CategoryInfo>

/** Offers or requests as the score reads them: the keys of categories the reader may see. */
const scoredNeeds = (rows: Participant['offers'], categories: Categories) =>
  (rows ?? []).map((row) => ({
    title: row.title,
    description: row.description ?? '',
    categories: (row.categories ?? []).map(idOf).filter((key) => categories.has(key)),
  }))

const scored = (p: NeedsDoc, categories: Categories): ScoredParticipant<string> => ({
  id: String(p.id),
  name: p.name,
  offers: scoredNeeds(p.offers, categories),
  requests: scoredNeeds(p.requests, categories),
})

/**
 * The published categories of these participants' needs and their parents, named in `locale`:
 * two reads, where reading every participant with depth 1 would fetch them once per need.
 */
async function categoriesOf(req: PayloadRequest, locale: Locale, people: NeedsDoc[]) {
  const map = new Map<string, CategoryInfo>()
  const read = async (keys: string[]) => {
    if (!keys.length) return
    const found = await req.payload.find({
      collection: collections.categories,
      where: { id: { in: keys } },
      pagination: false,
      depth: 0,
      ...asParticipant(req, locale),
    })
    for (const c of found.docs)
      map.set(String(c.id), { name: c.name, parent: c.parent == null ? null : idOf(c.parent) })
  }
  const rows = people.flatMap((p) => [...(p.offers ?? []), ...(p.requests ?? [])])
  await read([...new Set(rows.flatMap((row) => (row.categories ?? []).map(idOf)))])
  const parents = [...map.values()].map((c) => c.parent)
  await read([...new Set(parents)].filter((id): id is string => id !== null && !map.has(id)))
  return map
}

/** Those the participant already asked or was asked to meet (pending or accepted). */
async function alreadyMeeting(req: PayloadRequest, acting: ActingParticipant) {
  const found = await req.payload.find({
    collection: collections.meetings,
    where: { status: { in: ['requested', 'accepted'] } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const mine = String(acting.id)
  return new Set(
    found.docs.flatMap((m) => [idOf(m.requester), idOf(m.recipient)]).filter((id) => id !== mine),
  )
}

/**
 * `GET /api/matchmaking/suggestions`: the ten participants with the best score (score.ts) that
 * the participant has no pending or accepted meeting with, each with its reasons.
 */
const listSuggestions = participantHandler(async (req, acting) => {
  const locale = answerLocale(req)
  const me = await req.payload
    .findByID({
      collection: collections.participants,
      id: acting.id,
      ...reads.needs,
      ...asParticipant(req, locale),
    })
    .catch(() => null)
  if (!me) return answer(req, 200, { docs: [] })
  const others = await readOthers(req, acting, locale, { read: 'needs' })
  const exclude = await alreadyMeeting(req, acting)
  const categories = await categoriesOf(req, locale, [me, ...others])
  const matches = suggestMatches(
    scored(me, categories),
    others.map((p) => scored(p, categories)),
    categories,
    { exclude },
  )
  // Only the ten suggested are read whole, with their categories and company named.
  const cards = await readOthers(req, acting, locale, {
    read: 'card',
    ids: matches.map((m) => m.id),
  })
  const byId = new Map(cards.map((p) => [String(p.id), toCard(p)]))
  const docs: Suggestion[] = matches.flatMap((m) => {
    const card = byId.get(m.id)
    return card ? [{ participant: card, score: m.score, reasons: m.reasons }] : []
  })
  return answer(req, 200, { docs })
})

/** Matchmaking endpoints: participants list, filters, suggested matches. */
export const browseEndpoints: Endpoint[] = [
  { path: '/matchmaking/participants', method: 'get', handler: listParticipants },
  { path: '/matchmaking/suggestions', method: 'get', handler: listSuggestions },
]
