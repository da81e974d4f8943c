import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { readJsonBody } from '../forms/readBody'
import { formMessage } from '../i18n/messages'
import { checkForm, maxBodyBytes } from '@shared/formSchema'
import { answer, answerLocale, problem } from './endpoints/respond'

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

/**
 * A participant endpoint's JSON body, checked by `schema`. A request without any body counts as
 * `{}` (decline and cancel need nothing); anything else must be JSON, small and valid. Field
 * problems come as the forms' answers do: `errors.<field>` words, `codes.<field>` codes.
 */
export async function readBody<T>(req: PayloadRequest, schema: z.ZodType<T>): Promise<Parsed<T>> {
  const empty = !req.headers.get('content-type') && !Number(req.headers.get('content-length') ?? 0)
  let body: unknown = {}
  if (!empty) {
    const read = await readJsonBody(req)
    if (!read.ok) {
      const status = read.problem === 'tooLarge' ? 413 : read.problem === 'contentType' ? 415 : 400
      const response = problem(req, status, read.problem, { vars: { max: maxBodyBytes / 1024 } })
      return { ok: false, response }
    }
    body = read.body
  }
  const checked = checkForm(schema, body)
  if (checked.ok) return checked
  const locale = answerLocale(req, body)
  const errors = Object.fromEntries(
    Object.entries(checked.errors).map(([field, code]) => [
      field,
      formMessage(locale, field === '_form' && code === 'invalid' ? 'unreadable' : code),
    ]),
  )
  return { ok: false, response: answer(req, 400, { errors, codes: checked.errors }) }
}
