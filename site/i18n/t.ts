import { defaultLocale, type Locale } from '@shared/locales'
import type en from './ui/en.json'

export type UiKey = keyof typeof en

// Every ui/<locale>.json, so a new language is its JSON file plus a line in cms/shared/locales.ts.
const files = import.meta.glob<Record<UiKey, string>>('./ui/*.json', {
  eager: true,
  import: 'default',
})
const dictionaries = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [
    file.replace(/^.*\/(\w+)\.json$/, '$1'),
    strings,
  ]),
) as Record<string, Record<UiKey, string>>

/**
 * A UI string in a locale, with {placeholders} filled.
 *
 * @example t('de', 'catalogue.results', { count: 12 }) // '12 Ergebnisse'
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[locale]?.[key] ?? dictionaries[defaultLocale][key] ?? key
  if (!text.includes('{')) return text
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}
