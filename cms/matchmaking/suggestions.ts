/**
 * The suggested matches of a participant (`GET /api/matchmaking/suggestions`): the others it may
 * see, read as the participant, ranked by the score (score.ts), without those it already asked
 * or was asked to meet, as cards with their reasons.
 */
import type { PayloadRequest } from 'payload'

import type { ActingParticipant } from '../access/participants'
import type { Participant } from '../payload-types'
import type { Locale } from '@shared/locales'
import type { Suggestion } from '@shared/matchmakingTypes'
import { collections } from '@shared/slugs'
import type { NeedsDoc } from './browseQuery'
import { toCard } from './cards'
import { asParticipant, idOf, readOthers, reads } from './readParticipants'
import { suggestMatches, type CategoryInfo, type ScoredParticipant } from './score'

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

/** The participant's suggestions, best first, at most ten. */
export async function suggestionsFor(
  req: PayloadRequest,
  acting: ActingParticipant,
  locale: Locale,
): Promise<Suggestion[]> {
  const me = await req.payload
    .findByID({
      collection: collections.participants,
      id: acting.id,
      ...reads.needs,
      ...asParticipant(req, locale),
    })
    .catch(() => null)
  if (!me) return []
  const others = await readOthers(req, acting, locale, { read: 'needs' })
  const exclude = await alreadyMeeting(req, acting)
  const categories = await categoriesOf(req, locale, [me, ...others])
  const matches = suggestMatches(
    scored(me, categories),
    others.map((p) => scored(p, categories)),
    categories,
    { exclude },
  )
  if (!matches.length) return []
  // Only the ten suggested are read whole, with their categories and company named.
  const cards = await readOthers(req, acting, locale, {
    read: 'card',
    ids: matches.map((m) => m.id),
  })
  const byId = new Map(cards.map((p) => [String(p.id), toCard(p)]))
  return matches.flatMap((m) => {
    const card = byId.get(m.id)
    return card ? [{ participant: card, score: m.score, reasons: m.reasons }] : []
  })
}
