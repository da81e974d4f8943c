import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { ActingParticipant } from '../../access/participants'
import { formMessage, t } from '../../i18n/messages'
import type { Category, Participant } from '../../payload-types'
import type { Locale } from '@shared/locales'
import type { Suggestion } from '@shared/matchmakingTypes'
import { collections } from '@shared/slugs'
import { pageSize, parseBrowseQuery, passesFilters, type QueryErrors } from '../browseQuery'
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

/** The others a participant may see, named in its language, in `ids` order when given. */
async function readOthers(
  req: PayloadRequest,
  acting: ActingParticipant,
  locale: Locale,
  options: { depth: 0 | 1; ids?: string[]; where?: Where },
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
    depth: options.depth,
    ...asParticipant(req, locale),
  })
  if (!options.ids) return found.docs
  const byId = new Map(found.docs.map((d) => [String(d.id), d]))
  return options.ids.map((id) => byId.get(id)).filter((d): d is Participant => d !== undefined)
}

/**
 * `GET /api/matchmaking/participants?country=&kind=&category=&has=offer|request&q=&page=`:
 * country and kind filter in the database; category, offers/requests and the text (which
 * understands inflections, terms.ts, as SQLite's LIKE cannot outside ASCII) over the event's
 * participants in memory, a few hundred at most; then the page is read with its categories named.
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
    ...(filters.country ? { country: { equals: filters.country } } : {}),
    ...(filters.kind ? { organisationKind: { equals: filters.kind } } : {}),
  }
  const all = await readOthers(req, acting, locale, { depth: 0, where })
  const matching = all.filter((p) => passesFilters(p, filters, categoryIds))
  const ids = matching
    .slice((filters.page - 1) * pageSize, filters.page * pageSize)
    .map((p) => String(p.id))
  const docs = ids.length ? await readOthers(req, acting, locale, { depth: 1, ids }) : []
  return answer(req, 200, {
    docs: docs.map(toCard),
    totalDocs: matching.length,
    page: filters.page,
    totalPages: Math.ceil(matching.length / pageSize),
  })
})

/** Offers or requests as the score reads them: category ids as keys. */
const scoredNeeds = (rows: Participant['offers']) =>
  (rows ?? []).map((row) => ({
    title: row.title,
    description: row.description ?? '',
    categories: (row.categories ?? []).map(idOf),
  }))

const scored = (p: Participant): ScoredParticipant<string> => ({
  id: String(p.id),
  name: p.name,
  offers: scoredNeeds(p.offers),
  requests: scoredNeeds(p.requests),
})

/** The categories of these participants' needs and their parents, named in `locale`. */
async function categoriesOf(req: PayloadRequest, locale: Locale, people: Participant[]) {
  const map = new Map<string, CategoryInfo>()
  const add = (c: Category) =>
    map.set(String(c.id), { name: c.name, parent: c.parent == null ? null : idOf(c.parent) })
  for (const p of people)
    for (const row of [...(p.offers ?? []), ...(p.requests ?? [])])
      for (const c of row.categories ?? []) if (typeof c === 'object') add(c)
  const parents = [...new Set([...map.values()].map((c) => c.parent))].filter(
    (id): id is string => id !== null && !map.has(id),
  )
  if (parents.length) {
    const found = await req.payload.find({
      collection: collections.categories,
      where: { id: { in: parents } },
      pagination: false,
      depth: 0,
      ...asParticipant(req, locale),
    })
    found.docs.forEach(add)
  }
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
      depth: 1,
      ...asParticipant(req, locale),
    })
    .catch(() => null)
  if (!me) return answer(req, 200, { docs: [] })
  const others = await readOthers(req, acting, locale, { depth: 1 })
  const exclude = await alreadyMeeting(req, acting)
  const categories = await categoriesOf(req, locale, [me, ...others])
  const byId = new Map(others.map((p) => [String(p.id), p]))
  const matches = suggestMatches(scored(me), others.map(scored), categories, { exclude })
  const docs: Suggestion[] = matches.flatMap((m) => {
    const doc = byId.get(m.id)
    return doc ? [{ participant: toCard(doc), score: m.score, reasons: m.reasons }] : []
  })
  return answer(req, 200, { docs })
})

/** Matchmaking endpoints: participants list, filters, suggested matches. */
export const browseEndpoints: Endpoint[] = [
  { path: '/matchmaking/participants', method: 'get', handler: listParticipants },
  { path: '/matchmaking/suggestions', method: 'get', handler: listSuggestions },
]
