/**
 * Soft hyphens in long words, put into each page as it is rendered (site/middleware.ts). Browsers hyphenate with `hyphens: auto`
 * only where they ship a dictionary for the language, and Debian's Chromium ships none: a German
 * compound in a card or heading then breaks anywhere without a hyphen ("Dienstleistungskatal /
 * og"). Inserting `&shy;` at the legal points (Liang's algorithm with the TeX patterns of the
 * `hyphen` package) lets every browser break it properly, and shows nothing where it does not.
 *
 * Only text a person reads inside `<main>` is touched: never attributes, `<script>`, `<style>`,
 * code, form controls or SVG, nor a word that looks like an address, a number or an identifier.
 * The search index reads the pages with their soft hyphens dropped (cms/build/searchHtml.ts), so
 * Pagefind still reads whole words. tests/unit/softHyphens.test.ts and the soft hyphens in
 * tests/site/look.test.ts check it.
 */
import { Parser } from 'htmlparser2'

import { hyphenateText, minWordLength } from '@shared/hyphenate'

/**
 * Elements whose text is not prose, or must be copied exactly. An island's server-rendered HTML
 * must stay what React renders in the browser: a soft hyphen there is a hydration mismatch, and
 * React then throws the server's HTML away (with words a visitor typed before the script came).
 */
const skipped = new Set([
  'astro-island',
  'script',
  'style',
  'template',
  'noscript',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'textarea',
  'select',
  'option',
  'svg',
  'math',
  'title',
])

type Open = { name: string; lang: string; skip: boolean; main: boolean }

/** The page with soft hyphens in the long words of `<main>`'s text; everything else unchanged. */
export function hyphenateHtml(html: string): string {
  const stack: Open[] = [{ name: '', lang: '', skip: false, main: false }]
  const edits: { start: number; end: number; text: string }[] = []
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1]!
        stack.push({
          name,
          lang: attribs.lang ?? parent.lang,
          skip: parent.skip || skipped.has(name) || attribs.translate === 'no',
          main: parent.main || name === 'main',
        })
      },
      onclosetag(name) {
        const at = stack.findLastIndex((open) => open.name === name)
        if (at > 0) stack.length = at
      },
      ontext(raw) {
        const open = stack[stack.length - 1]!
        if (!open.main || open.skip || raw.length < minWordLength) return
        const text = hyphenateText(raw, open.lang)
        if (text !== raw) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text })
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  let out = ''
  let at = 0
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return out + html.slice(at)
}
