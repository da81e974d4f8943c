/**
 * Suggested matches: whom a participant should meet, and why. Pure: the endpoint
 * (endpoints/browse.ts) reads the participants and categories, this ranks them.
 *
 * ## The score
 *
 * A need is an offer or a request: a title, a description and categories. Two needs pair when
 * one is a request and the other an offer: (my request, their offer) and (my offer, their
 * request). A pair scores
 *
 *     pair(m, t) = 3 · |C(m) ∩ C(t)|                 shared categories
 *                + 1 · |S(m, t)|                      shared only through a sector
 *                + Σ idf(w) for w in T(m) ∩ T(t)        shared terms
 *
 * where C(n) are the need's categories; A(n) those with their parents (the taxonomy's top-level
 * sectors); S(m, t) = A(m) ∩ A(t) less the shared categories and their parents, so "ERP" and
 * "CRM" under "Software" share a sector (1) and two "ERP" share a category (3, not 4); T(n) the terms
 * of its title and description (terms.ts: words without stop words, stemmed as the portal's
 * search stems them); and idf(w) = ln(1 + N / df(w)), with N the participants ranked together
 * (the event's validated participants and the reader) and df(w) how many of them use the term
 * in any offer or request: a term that everyone writes ("solution", "partner") adds about 0.7,
 * one that two participants share adds far more (ln 21 ≈ 3 among 40).
 *
 * A participant's score is the sum, over each of my needs, of its best pair with one of their
 * needs (so ten near-identical offers of theirs count once per need of mine, not ten times).
 * Participants are ranked by score, then name; those scoring 0 are left out. Every counted pair
 * is a reason: my need, their need, the categories named, and the shared words as I wrote them.
 *
 * Languages: terms compare within a script (Latin words in English and German reach the same
 * stem where the words are cognates; Bulgarian against Bulgarian). A Bulgarian request and a
 * German offer share no terms but product names and acronyms written alike ("SAP", "ERP");
 * between languages the categories carry the match, which is why they weigh most.
 */
import type { NeedKind, Reason } from '@shared/matchmakingTypes'
import { tokensOf } from './terms'

/** What the score weighs. */
export const weights = { category: 3, sector: 1 } as const

/** A category as the score knows it: its name in the reader's language and its parent's key. */
export type CategoryInfo = { name: string; parent: string | null }

export type ScoredNeed = { title: string; description: string; categories: string[] }

export type ScoredParticipant<Id> = {
  id: Id
  name: string
  offers: ScoredNeed[]
  requests: ScoredNeed[]
}

export type Match<Id> = { id: Id; score: number; reasons: Reason[] }

type Analysed = {
  kind: NeedKind
  title: string
  categories: Set<string>
  sectors: Set<string>
  /** term → the word as written (its first use) */
  terms: Map<string, string>
}

function analyse(
  kind: NeedKind,
  need: ScoredNeed,
  categories: ReadonlyMap<string, CategoryInfo>,
): Analysed {
  const own = new Set(need.categories)
  const sectors = new Set(own)
  for (const key of own) {
    const parent = categories.get(key)?.parent
    if (parent) sectors.add(parent)
  }
  const terms = new Map<string, string>()
  for (const { word, term } of tokensOf(`${need.title}\n${need.description}`))
    if (!terms.has(term)) terms.set(term, word)
  return { kind, title: need.title, categories: own, sectors, terms }
}

const needsOf = (p: ScoredParticipant<unknown>, categories: ReadonlyMap<string, CategoryInfo>) => [
  ...p.offers.map((n) => analyse('offer', n, categories)),
  ...p.requests.map((n) => analyse('request', n, categories)),
]

const intersect = <T>(a: Set<T> | Map<T, unknown>, b: Set<T> | Map<T, unknown>): T[] =>
  [...a.keys()].filter((k) => b.has(k))

/** Inverse document frequency of every term, over the participants ranked together. */
function idfOf(needs: Analysed[][]): (term: string) => number {
  const df = new Map<string, number>()
  for (const own of needs) {
    const seen = new Set(own.flatMap((n) => [...n.terms.keys()]))
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1)
  }
  const n = needs.length
  return (term) => Math.log(1 + n / (df.get(term) ?? 1))
}

type Pair = { score: number; reason: Reason }

function pair(
  mine: Analysed,
  theirs: Analysed,
  idf: (term: string) => number,
  categories: ReadonlyMap<string, CategoryInfo>,
): Pair {
  const shared = intersect(mine.categories, theirs.categories)
  const implied = new Set(shared.flatMap((key) => [key, categories.get(key)?.parent ?? key]))
  const sectors = intersect(mine.sectors, theirs.sectors).filter((key) => !implied.has(key))
  const terms = intersect(mine.terms, theirs.terms).sort((a, b) => idf(b) - idf(a))
  const score =
    weights.category * shared.length +
    weights.sector * sectors.length +
    terms.reduce((sum, term) => sum + idf(term), 0)
  const name = (key: string) => categories.get(key)?.name ?? key
  return {
    score,
    reason: {
      mine: { kind: mine.kind, title: mine.title },
      theirs: { kind: theirs.kind, title: theirs.title },
      categories: [...shared, ...sectors].map(name),
      terms: terms.map((term) => mine.terms.get(term) ?? term),
    },
  }
}

const round = (x: number) => Math.round(x * 100) / 100

/**
 * The participants `me` should meet, best first: at most `limit`, each scoring more than 0, with
 * the pairs of needs that make the score. `others` (not containing `me`) are all those ranked
 * together, which the rarity of terms counts over; those in `exclude` are counted but not
 * suggested (e.g. already met).
 *
 * @example suggestMatches(me, others, categories)[0].reasons[0]
 * // { mine: { kind: 'request', title: 'ERP integration partner' },
 * //   theirs: { kind: 'offer', title: 'SAP connector' }, categories: ['ERP'], terms: [] }
 */
export function suggestMatches<Id>(
  me: ScoredParticipant<Id>,
  others: ScoredParticipant<Id>[],
  categories: ReadonlyMap<string, CategoryInfo>,
  { limit = 10, exclude = new Set<Id>() }: { limit?: number; exclude?: ReadonlySet<Id> } = {},
): Match<Id>[] {
  const mine = needsOf(me, categories)
  const theirs = others.map((p) => needsOf(p, categories))
  const idf = idfOf([mine, ...theirs])
  const matches = others.map((other, i) => {
    const pairs: Pair[] = []
    for (const need of mine) {
      let best: Pair | null = null
      for (const candidate of theirs[i] ?? []) {
        if (candidate.kind === need.kind) continue
        const p = pair(need, candidate, idf, categories)
        if (p.score > 0 && (!best || p.score > best.score)) best = p
      }
      if (best) pairs.push(best)
    }
    pairs.sort((a, b) => b.score - a.score)
    const score = round(pairs.reduce((sum, p) => sum + p.score, 0))
    return { id: other.id, name: other.name, score, reasons: pairs.map((p) => p.reason) }
  })
  return matches
    .filter((m) => m.score > 0 && !exclude.has(m.id))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ id, score, reasons }) => ({ id, score, reasons }))
}
