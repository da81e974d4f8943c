/**
 * One message of the portal's catalogue (site/i18n/ui/<locale>.json) as text. t() uses it at
 * build time, the search islands in the browser, and content/media-tools under plain node, so
 * this file imports nothing.
 *
 * A message is a string with {placeholders}, or, where a number decides the words, its plural
 * forms by CLDR category ("one", "few", "other", …) chosen with Intl.PluralRules for `count`.
 * Plain JSON objects rather than ICU MessageFormat strings: the platform already knows every
 * language's plural rules, so the islands ship no parser (intl-messageformat would add 34 kB,
 * 10 kB gzipped, to both search islands), and the key type tells which messages need a count.
 */

/** The forms of a plural message; `other` is the one every language has. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Message = string | Plural
export type Vars = Record<string, string | number>

const formatters = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>()

function intl(locale: string) {
  let found = formatters.get(locale)
  if (!found) {
    found = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) }
    formatters.set(locale, found)
  }
  return found
}

/**
 * A message with its plural form chosen by `vars.count` and its {placeholders} filled; numbers
 * are written the locale's way ("1 234", "1.234"). A placeholder without a value stays, so a
 * forgotten one shows up in the site's text checks instead of vanishing.
 *
 * @example format('bg', { one: '{count} резултат', other: '{count} резултата' }, { count: 3 })
 * // '3 резултата'
 */
export function format(locale: string, message: Message, vars: Vars = {}): string {
  const { plural, number } = intl(locale)
  const text =
    typeof message === 'string'
      ? message
      : (message[plural.select(Number(vars.count))] ?? message.other)
  if (!text.includes('{')) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? number.format(value) : value
  })
}
