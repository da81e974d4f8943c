/**
 * Words of the "Rebuild now" panel (RebuildNow.tsx): the `rebuild.*` keys of the catalogue and
 * the build results' labels, in the admin's language (English for one the CMS lacks).
 */
import { isLocale } from '@shared/locales'
import type { buildResults } from '@shared/options'
import type { BuildRecord, SearchIndexRecord } from '../build/buildRecord'
import { type KeysUnder, optionKey, t } from '../i18n/messages'

export type BuildResult = (typeof buildResults)[number]

/** The panel's words in an admin language. */
export function rebuildLabels(language: string) {
  const locale = isLocale(language) ? language : 'en'
  return {
    say: (
      key: Exclude<KeysUnder<'rebuild'>, `${'operation' | 'by' | 'outcome' | 'index'}.${string}`>,
    ) => t(locale, `rebuild.${key}`),
    /** Who ran a build of the history: npm start, a command, or the CMS's rebuild job. */
    by: (by: BuildRecord['by']) => t(locale, `rebuild.by.${by}`),
    outcome: (result: BuildRecord['result']) => t(locale, `rebuild.outcome.${result}`),
    /** How a build's search index ended, for the history (`interrupted` as failed). */
    index: (result: SearchIndexRecord['result']) =>
      t(locale, `rebuild.index.${result === 'interrupted' ? 'failed' : result}`),
    result: (result: BuildResult) => t(locale, optionKey('buildResults', result)),
    /** What a trigger did, or its raw operation name when the catalogue has no word for it. */
    operation: (operation: string | undefined) =>
      operation && operations.has(operation)
        ? t(locale, `rebuild.operation.${operation as Operation}`)
        : operation,
  }
}

type Operation = KeysUnder<'rebuild.operation'>
const operations = new Set<string>([
  'publish',
  'unpublish',
  'delete',
  'update',
  'manual',
  'startup',
  'command',
] satisfies Operation[])
