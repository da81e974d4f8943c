import type { Endpoint, PayloadRequest, Where } from 'payload'

import { formMessage, t } from '../../i18n/messages'
import type { Participant } from '../../payload-types'
import type { Locale } from '@shared/locales'
import { collections } from '@shared/slugs'
import {
  filtersInMemory,
  memoryFilter,
  pageSize,
  parseBrowseQuery,
  type QueryErrors,
} from '../browseQuery'
import { toCard } from '../cards'
import { asDocs, asParticipant, categoryAndChildren, readOthers, reads } from '../readParticipants'
import { suggestionsFor } from '../suggestions'
import { answer, answerLocale, participantHandler } from './respond'

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

/**
 * `GET /api/matchmaking/suggestions`: the ten participants with the best score (score.ts) that
 * the participant has no pending or accepted meeting with, each with its reasons.
 */
const listSuggestions = participantHandler(async (req, acting) =>
  answer(req, 200, { docs: await suggestionsFor(req, acting, answerLocale(req)) }),
)

/** Matchmaking endpoints: participants list, filters, suggested matches. */
export const browseEndpoints: Endpoint[] = [
  { path: '/matchmaking/participants', method: 'get', handler: listParticipants },
  { path: '/matchmaking/suggestions', method: 'get', handler: listSuggestions },
]
