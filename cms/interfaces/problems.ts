import type { Locale } from '@shared/locales'
import type { OptionValue } from '@shared/options'
import { t } from '../i18n/messages'

/** What an uploaded description is written in. */
export type ApiFormat = OptionValue<'apiFormats'>

/**
 * Why an uploaded file is not an API description the portal can use. `detail` is the parser's
 * own words (English, as the parser writes them); the sentence around it is the catalogue's.
 */
export type ApiProblem =
  | { code: 'unreadable'; detail: string }
  | { code: 'notApi' }
  | { code: 'swagger' }
  | { code: 'version'; format: ApiFormat; version: string }
  | { code: 'invalid'; format: ApiFormat; detail: string }
  | { code: 'externalRef'; ref: string }
  | { code: 'missingRef'; ref: string }

const formatNames: Record<ApiFormat, string> = { openapi: 'OpenAPI', asyncapi: 'AsyncAPI' }

/**
 * The problem as one sentence in a locale, naming the file.
 *
 * @example describeApiProblem('de', 'shop.yaml', { code: 'swagger' })
 */
export function describeApiProblem(locale: Locale, file: string, problem: ApiProblem): string {
  switch (problem.code) {
    case 'unreadable':
      return t(locale, 'error.apiUnreadable', { file, detail: problem.detail })
    case 'notApi':
      return t(locale, 'error.apiNotDescription', { file })
    case 'swagger':
      return t(locale, 'error.apiSwagger', { file })
    case 'version':
      return t(locale, 'error.apiVersion', {
        file,
        format: formatNames[problem.format],
        version: problem.version,
      })
    case 'invalid':
      return t(locale, 'error.apiInvalid', {
        file,
        format: formatNames[problem.format],
        detail: problem.detail,
      })
    case 'externalRef':
      return t(locale, 'error.apiExternalRef', { file, ref: problem.ref })
    case 'missingRef':
      return t(locale, 'error.apiMissingRef', { file, ref: problem.ref })
  }
}

/** At most this much of a parser's message is shown: enough for three errors, never a page. */
const detailLimit = 600

/**
 * A parser's messages as one short text: the first line of each (better-ajv-errors appends a
 * code frame of the re-serialised document, whose line numbers are not the file's), the first
 * three, and how many more there were.
 */
export function summariseMessages(messages: string[], more = 0): string {
  const lines = messages.map((m) => m.split('\n')[0].trim().replace(/:$/, '')).filter(Boolean)
  const rest = Math.max(0, lines.length - 3) + more
  const text = lines.slice(0, 3).join('; ') + (rest > 0 ? ` (+${rest})` : '')
  return text.length > detailLimit ? `${text.slice(0, detailLimit - 1)}…` : text
}
