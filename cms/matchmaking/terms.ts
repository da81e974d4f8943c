/**
 * The words of participants' offers and requests as terms that compare across inflections: the
 * suggested matches (score.ts) and the text filter of the participants list share them.
 *
 * Participants write in their own language, and the language of a text is not stored, so a
 * word's script decides: a Cyrillic word gets the portal search's Bulgarian term
 * (cms/shared/searchTerms.ts: Lucene's light stemmer with the consonant alternation undone); a
 * Latin word gets the search's German term (Snowball, "-um/-en" joined) and then the English
 * Porter stem of that, so that German and English inflections and the cognates the two share
 * in this trade ("Integration"/"integrations", "Systeme"/"systems", "Services"/"service") all
 * reach one term without guessing which of the two a short title is written in. Stop words of
 * the language (Orama's lists, the family of the stemmers) are dropped, and so are numbers.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stopwords as bulgarianStopwords } from '@orama/stopwords/bulgarian'
import { stopwords as englishStopwords } from '@orama/stopwords/english'
import { stopwords as germanStopwords } from '@orama/stopwords/german'
import { termOf, wordsOf } from '@shared/searchTerms'

const cyrillic = /\p{Script=Cyrillic}/u
const digitsOnly = /^\p{N}+$/u
const cyrillicStop = new Set(bulgarianStopwords)
const latinStop = new Set([...englishStopwords, ...germanStopwords])

/** A word as written and its term. */
export type Token = { word: string; term: string }

/**
 * A word's term, or null for a stop word, a number or a single letter.
 *
 * @example termOfWord('облачни') // 'облак'
 * @example termOfWord('Integrationen') === termOfWord('integration') // true
 */
export function termOfWord(word: string): string | null {
  if (word.length < 2 || digitsOnly.test(word)) return null
  if (cyrillic.test(word)) {
    const lower = word.toLocaleLowerCase('bg')
    return cyrillicStop.has(lower) ? null : termOf('bg', lower)
  }
  const lower = word.toLocaleLowerCase('de')
  return latinStop.has(lower) ? null : englishStemmer(termOf('de', lower))
}

/** The words of a text that carry meaning, each with its term, in the order written. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  for (const word of wordsOf(text)) {
    const term = termOfWord(word)
    if (term) tokens.push({ word, term })
  }
  return tokens
}

/**
 * Whether a text holds every word of a search, each as the beginning of a word of the text or
 * of its term, so that a word still being typed finds ("integ") and an inflected one too
 * ("Rechenzentren" finds "Rechenzentrum"). Case and inflection aside, matching is literal.
 */
export function matchesSearch(search: string, text: string): boolean {
  const wanted = wordsOf(search).slice(0, maxSearchWords)
  if (wanted.length === 0) return true
  const index = new Set<string>()
  for (const word of wordsOf(text)) {
    index.add(word.toLocaleLowerCase())
    const term = termOfWord(word)
    if (term) index.add(term)
  }
  const entries = [...index]
  return wanted.every((word) => {
    const starts = [word.toLocaleLowerCase(), termOfWord(word)].filter((s): s is string => !!s)
    return entries.some((entry) => starts.some((start) => entry.startsWith(start)))
  })
}

/** Words of a search past this many are ignored: a person types a few, a script many. */
export const maxSearchWords = 8
