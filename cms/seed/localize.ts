import { createHash } from 'node:crypto'

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

/**
 * An array field whose rows are shared by every locale but some of whose fields are localized
 * (a reference's outcome), written into each locale's data. Payload keeps a row's translations
 * by its id, so each row gets a fixed id made from the document and the row's position: every
 * locale's update then fills the same row, and a second run writes the same ids.
 *
 * @example localizedRows({ references: [{ sector: 'energy', outcome: { en: 'A', bg: 'Б' } }] }, 'references', ['outcome'], ['en', 'bg'], 'x')
 * // { en: { references: [{ id: '…', sector: 'energy', outcome: 'A' }] }, bg: { references: [{ id: '…', sector: 'energy', outcome: 'Б' }] } }
 */
export function localizedRows(
  record: Record<string, unknown>,
  name: string,
  localizedKeys: string[],
  locales: readonly Locale[],
  label: string,
): Record<string, Record<string, unknown>> {
  const rows = record[name] as Record<string, unknown>[] | undefined
  if (!rows) return {}
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        [name]: rows.map((row, i) => ({
          ...row,
          id: createHash('sha1').update(`${label}/${name}/${i}`).digest('hex').slice(0, 24),
          ...Object.fromEntries(
            localizedKeys.map((key) => {
              const value = (row[key] as Localized<string> | undefined)?.[locale]
              if (value == null)
                throw new Error(`${label}: ${name}[${i}].${key} has no ${locale} text.`)
              return [key, value]
            }),
          ),
        })),
      },
    ]),
  )
}

/** Merges per-locale field sets (from localizedFields and localizedRows) into one. */
export const mergeLocalized = (
  ...parts: Record<string, Record<string, unknown>>[]
): Record<string, Record<string, unknown>> => {
  const out: Record<string, Record<string, unknown>> = {}
  for (const part of parts)
    for (const [locale, fields] of Object.entries(part)) out[locale] = { ...out[locale], ...fields }
  return out
}
