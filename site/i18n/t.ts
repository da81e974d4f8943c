import { defaultLocale, type Locale } from '@shared/locales'
import { format, type Message, type Vars } from './format'
import type en from './ui/en.json'

/** The default locale's file is the type: every key, and which ones have plural forms. */
type Catalogue = typeof en
export type UiKey = keyof Catalogue
/** Keys whose message has plural forms ({ "one": …, "other": … }) and so needs a count. */
export type PluralKey = { [K in UiKey]: Catalogue[K] extends string ? never : K }[UiKey]
/** The raw messages of some keys, as an island receives them to format in the browser. */
export type UiMessages<K extends UiKey> = Pick<Catalogue, K>
/** What t() takes after the key: a count for a plural message, else optional placeholders. */
type VarsOf<K extends UiKey> = K extends PluralKey
  ? [vars: Vars & { count: number }]
  : [vars?: Vars]

// Every ui/<locale>.json, so a new language is its JSON file plus a line in cms/shared/locales.ts.
const files = import.meta.glob<Record<UiKey, Message>>('./ui/*.json', {
  eager: true,
  import: 'default',
})
const dictionaries = new Map(
  Object.entries(files).map(([file, strings]) => [
    file.replace(/^.*\/(\w+)\.json$/, '$1'),
    strings,
  ]),
)

/** Whether a string built at run time (e.g. `industry.${value}`) is a key of the catalogue. */
export const isUiKey = (key: string): key is UiKey =>
  Object.hasOwn(dictionaries.get(defaultLocale) ?? {}, key)

/** The message of a key in a locale, the default locale's when the locale lacks it. */
const message = (locale: Locale, key: UiKey): Message =>
  dictionaries.get(locale)?.[key] ?? dictionaries.get(defaultLocale)?.[key] ?? key

/**
 * A UI string in a locale, in the plural form for `count`, with {placeholders} filled.
 *
 * @example t('de', 'catalogue.results', { count: 12 }) // '12 Treffer'
 */
export const t = <K extends UiKey>(locale: Locale, key: K, ...[vars]: VarsOf<K>): string =>
  format(locale, message(locale, key), vars)

/** The raw messages of some keys, for an island that formats them with format() itself. */
export const messages = <K extends UiKey>(locale: Locale, keys: readonly K[]): UiMessages<K> =>
  Object.fromEntries(keys.map((key) => [key, message(locale, key)])) as UiMessages<K>
