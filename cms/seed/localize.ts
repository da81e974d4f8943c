import type { Locale } from '@shared/locales'
import { blocksToLexical } from './richText'
import type { Localized } from './source'

type Fields = { text?: string[]; richText?: string[] }

/**
 * Splits a seed record's localized fields ({ en, bg, de }) into one object per locale, turning
 * rich-text blocks into Lexical. A locale missing from the data is an error, not a silent gap.
 */
export function localizedFields(
  record: Record<string, unknown>,
  { text = [], richText = [] }: Fields,
  locales: readonly Locale[],
  label: string,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const locale of locales) {
    out[locale] = {}
    for (const name of [...text, ...richText]) {
      const value = record[name] as Localized<unknown> | undefined
      if (value == null) continue
      if (value[locale] == null) throw new Error(`${label}: "${name}" has no ${locale} text.`)
      out[locale][name] = richText.includes(name)
        ? blocksToLexical(value[locale] as string[])
        : value[locale]
    }
  }
  return out
}
