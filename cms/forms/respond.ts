import { formMessage, type FormMessageKey } from '../i18n/messages'
import type { Locale } from '@shared/locales'
import { corsHeaders } from './cors'
import type { FormErrorCode } from '@shared/formSchema'

/** Codes of problems with a whole request rather than with a field (always on `_form`). */
export type RequestProblem = 'tooLarge' | 'contentType' | 'rateLimited' | 'origin' | 'unavailable'

type Answer = {
  locale: Locale
  origin: string | null
  vars?: Record<string, string | number>
  headers?: Record<string, string>
}

// `invalid` on the whole form means the body itself could not be read or used.
const messageKey = (field: string, code: FormErrorCode | RequestProblem): FormMessageKey =>
  field === '_form' && code === 'invalid' ? 'unreadable' : code

function json(status: number, body: unknown, { origin, headers = {} }: Answer): Response {
  const all = corsHeaders(origin)
  all.set('Content-Type', 'application/json; charset=utf-8')
  all.set('Cache-Control', 'no-store')
  for (const [name, value] of Object.entries(headers)) all.set(name, value)
  return new Response(JSON.stringify(body), { status, headers: all })
}

/**
 * The error answer of a form endpoint: `{ errors: { field: message }, codes: { field: code } }`,
 * messages in the visitor's locale.
 */
export function formErrors(
  status: number,
  codes: Record<string, FormErrorCode | RequestProblem>,
  answer: Answer,
): Response {
  const errors = Object.fromEntries(
    Object.entries(codes).map(([field, code]) => [
      field,
      formMessage(answer.locale, messageKey(field, code), answer.vars),
    ]),
  )
  return json(status, { errors, codes }, answer)
}

/** The success answer: 201 `{ ok: true, message }`. */
export const formAccepted = (key: FormMessageKey, answer: Answer): Response =>
  json(201, { ok: true, message: formMessage(answer.locale, key) }, answer)
