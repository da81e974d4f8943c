import { IntlMessageFormat } from 'intl-messageformat'
import type { PayloadRequest } from 'payload'

import type { FormErrorCode } from '@shared/formSchema'
import { defaultLocale, isLocale, localeCodes, type Locale } from '@shared/locales'
import { vocabularies, type OptionValue, type Vocabulary } from '@shared/options'
import { bg } from './bg'
import { de } from './de'
import { en, type Catalogue, type MessageKey } from './en'

export type { MessageKey }

/**
 * The CMS's one message catalogue, per locale of cms/shared/locales.ts: a locale added there
 * without its file here (cms/i18n/<code>.ts) fails to compile, a missing key in it too.
 */
export const catalogues: Record<Locale, Catalogue> = { en, bg, de }

/** What fills a message's arguments: `{name}`, `{n, plural, …}`, `{kind, select, …}`. */
export type MessageValues = Record<string, string | number>

// Parsed once per locale and key: parsing costs far more than formatting.
const parsed = new Map<string, IntlMessageFormat>()

/**
 * A message of the catalogue in a locale, its arguments filled (ICU MessageFormat through
 * FormatJS's intl-messageformat, plural rules from Intl.PluralRules). A missing value throws
 * rather than showing `{name}` to a person; the catalogue test fills every message.
 *
 * @example t('bg', 'mail.welcome.subject', { clusterName: 'HITS' })
 */
export function t(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  const id = `${locale}:${key}`
  let message = parsed.get(id)
  if (!message) {
    // ignoreTag: the texts are plain (one says "< >"); nothing in them is markup.
    message = new IntlMessageFormat(catalogues[locale][key], locale, undefined, { ignoreTag: true })
    parsed.set(id, message)
  }
  return String(message.format(values))
}

/**
 * A message in every locale, as Payload takes a label or description: `{ en, bg, de }`.
 *
 * @example labels: { singular: labels('admin.members.singular'), plural: … }
 */
export const labels = (key: MessageKey): Record<Locale, string> =>
  Object.fromEntries(localeCodes.map((locale) => [locale, t(locale, key)])) as Record<
    Locale,
    string
  >

// Every value of every vocabulary has a label key: a new value without one fails to compile.
type OptionKey = { [V in Vocabulary]: `option.${V}.${OptionValue<V>}` }[Vocabulary]
const everyOptionLabelled: OptionKey extends MessageKey ? true : never = true
void everyOptionLabelled

/** The label key of one value of a vocabulary. */
export const optionKey = <V extends Vocabulary>(vocabulary: V, value: OptionValue<V>) =>
  `option.${vocabulary}.${value}` as OptionKey & MessageKey

/** A vocabulary as Payload select options, labelled in every locale from the catalogue. */
export const optionsOf = <V extends Vocabulary>(vocabulary: V) =>
  (vocabularies[vocabulary] as readonly OptionValue<V>[]).map((value) => ({
    value,
    label: labels(optionKey(vocabulary, value)),
  }))

/** The language of the person making the request: admin UI language, else content locale. */
export const requestLanguage = (req?: Partial<PayloadRequest>): Locale => {
  const candidates = [req?.i18n?.language, req?.locale]
  return (candidates.find(isLocale) as Locale | undefined) ?? defaultLocale
}

/** The keys under a prefix, without it: `KeysUnder<'review'>` is 'final' | 'transition' | … */
export type KeysUnder<P extends string> = MessageKey extends infer K
  ? K extends `${P}.${infer Rest}`
    ? Rest
    : never
  : never

/**
 * A validation or refusal message of the CMS (`error.<key>`) in the requester's language.
 *
 * @example message(req, 'fileTooLarge', { size: 12.4, max: 10 })
 */
export const message = (
  req: Partial<PayloadRequest> | undefined,
  key: KeysUnder<'error'>,
  values?: MessageValues,
): string => t(requestLanguage(req), `error.${key}`, values)

/** Answers of the form endpoints that are not about one field (`form.<key>`). */
const formRequestMessages = [
  'unreadable',
  'tooLarge',
  'contentType',
  'rateLimited',
  'origin',
  'unavailable',
  'inquirySent',
  'applicationSent',
] as const
export type FormRequestMessage = (typeof formRequestMessages)[number]

export type FormMessageKey = FormErrorCode | FormRequestMessage

const isRequestMessage = (key: FormMessageKey): key is FormRequestMessage =>
  (formRequestMessages as readonly string[]).includes(key)

/**
 * A form endpoint's message in the visitor's locale: an error code's words are the portal's
 * too (cms/shared/formErrors.ts), so the browser's check and the server's answer read alike.
 *
 * @example formMessage('bg', 'required') // 'Това поле е задължително.'
 */
export const formMessage = (locale: Locale, key: FormMessageKey, values?: MessageValues) =>
  t(locale, isRequestMessage(key) ? `form.${key}` : `form.error.${key}`, values)
