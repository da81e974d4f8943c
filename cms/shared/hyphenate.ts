/**
 * Soft hyphens for long words (Liang's algorithm with the TeX patterns of the `hyphen` package),
 * shared by the pages as they render (site/lib/softHyphens.ts) and the data the
 * catalogue island renders cards from (site/pages/[locale]/catalogue/cards.json.ts), so that a
 * card the island draws breaks its words where the static card does.
 */
import { createRequire } from 'node:module'

// The patterns are CommonJS modules whose exports Node cannot list for an ESM import (Vite
// loads astro.config.mjs as ESM), so they are required.
const require = createRequire(import.meta.url)
const bg = require('hyphen/bg') as typeof import('hyphen/bg')
const de = require('hyphen/de') as typeof import('hyphen/de')
const en = require('hyphen/en') as typeof import('hyphen/en')

/** Patterns per primary language subtag; text in any other language is left alone. */
const hyphenators: Record<string, typeof en.hyphenateSync> = {
  bg: bg.hyphenateSync,
  de: de.hyphenateSync,
  en: en.hyphenateSync,
}

/** Words shorter than this fit a line anywhere; hyphenating them would only add bytes. */
export const minWordLength = 10

export const softHyphen = '&shy;'

/** A token with a slash, at sign, colon, digit, underscore, entity or inner dot: not a word. */
const notProse = /[/@:\\_&=\d]|\.\p{L}/u
const longRun = new RegExp(`\\p{L}[\\p{L}\\p{M}]{${minWordLength - 1},}`, 'gu')

/**
 * Each language's words as hyphenated before. The same words come back on page after page (the
 * navigation, the labels, a maker's texts on each of its products), and the patterns are slow
 * next to a lookup: 8 % of rendering a product page at 10,000 products. Emptied when it grows
 * past `remembered` words, so that a huge catalogue's vocabulary cannot fill the memory.
 */
const hyphenated = new Map<string, Map<string, string>>()
const remembered = 200_000

/** One text node's raw HTML with soft hyphens in its long words, in `lang`'s patterns. */
export function hyphenateText(text: string, lang: string): string {
  const primary = lang.toLowerCase().split('-')[0]!
  const hyphenate = hyphenators[primary]
  if (!hyphenate) return text
  let words = hyphenated.get(primary)
  if (!words) hyphenated.set(primary, (words = new Map()))
  const known = words
  return text.replace(/\S+/g, (token) =>
    notProse.test(token)
      ? token
      : token.replace(longRun, (word) => {
          let done = known.get(word)
          if (done === undefined) {
            if (known.size >= remembered) known.clear()
            done = hyphenate(word, { hyphenChar: softHyphen, minWordLength })
            known.set(word, done)
          }
          return done
        }),
  )
}

/**
 * Plain text (not HTML) with soft hyphens (U+00AD) exactly where the build's pass puts them
 * into the same text once Astro or React has rendered it: there `& < > " '` are entities, which
 * make their token "not prose", so a token holding one is left alone here too.
 */
export function hyphenatePlainText(text: string, lang: string): string {
  return text.replace(/\S+/g, (token) =>
    /[&<>"']/.test(token) ? token : hyphenateText(token, lang).replaceAll(softHyphen, '\u00AD'),
  )
}
