/**
 * Search terms: the morphology Pagefind lacks. Pagefind stems English and German itself but has
 * no Bulgarian stemmer, and it matches a word only by its beginning, so "облачен" (cloudy, cloud-)
 * never found "облак" (cloud) and "Rechenzentrum" never found "Rechenzentren" or the compound
 * "Rechenzentrumsbetrieb". The build adds each word's terms to the index beside the word (in
 * markers, `⟦term⟧`, which the result excerpts leave out), and the browser turns the search words
 * into the same terms before it asks Pagefind, so that every inflected form finds the same pages.
 *
 * Stemmers: Orama's (a maintained package): Lucene's light Bulgarian stemmer and Snowball German.
 * German compounds are split against a dictionary of the words the site itself uses.
 */
import { stemmer as bulgarianStemmer } from '@orama/stemmers/bulgarian'
import { stemmer as germanStemmer } from '@orama/stemmers/german'

/** Markers around a term that is indexed but not shown: `⟦облак⟧`. Pagefind drops them from the word. */
export const markerOpen = '⟦'
export const markerClose = '⟧'
/** A marker with no term: the index-only words after it belong to no word of the prose. */
export const markerBreak = `${markerOpen}${markerClose}`

/** The words of a text: runs of letters and digits (a hyphenated word gives its parts). */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * Orama's Bulgarian stemmer is a port of Lucene's, which rewrites letters in a char array
 * ("облаци" → "облак"); on a JavaScript string that assignment throws in strict code, so it gets
 * an array that answers `substring` as a string would.
 */
function bulgarianStem(word: string): string {
  const chars = Object.assign([...word], {
    substring(this: string[], start: number, end?: number) {
      return this.slice(start, end).join('')
    },
  })
  return bulgarianStemmer(chars as unknown as string)
}

/**
 * A Bulgarian term: the stem, with the consonant alternation of derived forms undone, so that
 * the adjective finds its noun ("облачен", "облачни" → "облак"; "болница", "болнични" →
 * "болник", as the stemmer already makes "болници").
 */
function bulgarianTerm(word: string): string {
  const stem = bulgarianStem(word)
  if (stem.length >= 5 && stem.endsWith('чн')) return `${stem.slice(0, -2)}к`
  if (stem.length >= 5 && stem.endsWith('ц')) return `${stem.slice(0, -1)}к`
  return stem
}

/**
 * A German term: the Snowball stem, without the Latin "-um" whose plural is "-en", which
 * Snowball leaves apart ("Rechenzentrum" → "rechenzentrum" but "Rechenzentren" → "rechenzentr").
 */
function germanTerm(word: string): string {
  const stem = germanStemmer(word)
  return stem.length > 6 && stem.endsWith('um') ? stem.slice(0, -2) : stem
}

const termers: Record<string, (word: string) => string> = { bg: bulgarianTerm, de: germanTerm }

/** Whether a locale's words get terms of their own (English is left to Pagefind's stemmer). */
const hasTerms = (locale: string): boolean => locale.toLowerCase() in termers

/** A word's search term in a locale (lower case); the word itself where there is no stemmer. */
export function termOf(locale: string, word: string): string {
  const lower = word.toLocaleLowerCase(locale)
  const termer = termers[locale.toLowerCase()]
  return termer ? termer(lower) : lower
}

/** German linking elements between the parts of a compound ("Rechenzentrum-s-betrieb"). */
const linkingElements = ['', 's', 'es', 'n', 'en', 'e']
const minPart = 4

/**
 * A German compound split into the words it is made of, each of which `isWord` knows, or
 * undefined when it is not one (e.g. "rechenzentrumsbetrieb" → ["rechenzentrum", "betrieb"]).
 * The split with the fewest parts wins, then the one with the longer head; the head of a
 * compound is split again ("krankenhausinformationssystem" → krankenhaus, information, system).
 */
export function splitCompound(
  word: string,
  isWord: (part: string) => boolean,
): string[] | undefined {
  const lower = word.toLocaleLowerCase('de')
  const memo = new Map<string, string[] | undefined>()
  const split = (rest: string): string[] | undefined => {
    if (memo.has(rest)) return memo.get(rest)
    let best: string[] | undefined
    for (let end = rest.length - minPart; end >= minPart; end--) {
      const tail = rest.slice(end)
      const tailParts = isWord(tail) ? [tail] : undefined
      if (!tailParts) continue
      for (const link of linkingElements) {
        const head = rest.slice(0, end)
        if (link && !head.endsWith(link)) continue
        const bare = head.slice(0, head.length - link.length)
        if (bare.length < minPart) continue
        const headParts = isWord(bare) ? [bare] : split(bare)
        if (!headParts) continue
        const parts = [...headParts, ...tailParts]
        if (!best || parts.length < best.length) best = parts
      }
    }
    memo.set(rest, best)
    return best
  }
  if (lower.length < minPart * 2) return undefined
  return split(lower)
}

/**
 * The terms to index beside a word, other than the word itself: its stem where that is not
 * how Pagefind would find it, and in German the terms of its parts when it is a compound.
 */
export function indexTerms(
  locale: string,
  word: string,
  isWord?: (part: string) => boolean,
): string[] {
  if (!hasTerms(locale)) return []
  const lower = word.toLocaleLowerCase(locale)
  const terms = new Set([termOf(locale, lower)])
  if (locale === 'de' && isWord)
    for (const part of splitCompound(lower, isWord) ?? []) terms.add(termOf(locale, part))
  terms.delete(lower)
  return [...terms]
}

/**
 * The search words as Pagefind must be asked for them: each word as its term (Pagefind then
 * matches the beginning of longer words as before). Unchanged for locales without terms.
 *
 * @example queryTerms('bg', 'облачни услуги') // 'облак услуг'
 */
export function queryTerms(locale: string, query: string): string {
  if (!hasTerms(locale)) return query
  return wordsOf(query)
    .map((word) => termOf(locale, word))
    .join(' ')
}
