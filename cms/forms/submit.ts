import type { Endpoint, Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { FormMessageKey } from '../i18n/messages'
import type { Locale } from '@shared/locales'
import { clientIp } from './clientIp'
import { originAllowed, preflightHeaders, siteOrigin } from './cors'
import { fillTimeProblem } from './fillTime'
import { formLocale } from './locale'
import { takeSubmission } from './rateLimit'
import { readJsonBody } from './readBody'
import { formAccepted, formErrors } from './respond'
import { checkForm, type FieldErrors, maxBodyBytes } from '@shared/formSchema'

/** The document to store, or the fields whose targets do not exist (`unknownTarget`). */
export type Resolved =
  { ok: true; doc: Record<string, unknown> } | { ok: false; errors: FieldErrors }

/** What a public form contributes to the shared pipeline. */
export type PublicForm<T extends { locale: Locale; startedAt: number }> = {
  /** The collection it creates documents in; also names its rate limit and its log lines. */
  name: 'inquiries' | 'applications'
  schema: z.ZodType<T>
  /** Turns the slugs in valid input into ids of published documents, or says which are unknown. */
  resolve: (payload: Payload, data: T) => Promise<Resolved>
  /** The message of the 201 answer. */
  sent: FormMessageKey
}

/**
 * One public form's endpoints: `POST /submit` and its CORS preflight. Each step refuses
 * early and cheaply: foreign origin (403), rate limit (429), content type (415), size (413),
 * JSON (400), the schema (400 per field), fill time (400), unknown targets (400).
 */
export function publicFormEndpoints<T extends { locale: Locale; startedAt: number }>(
  form: PublicForm<T>,
): Endpoint[] {
  return [
    {
      path: '/submit',
      method: 'options',
      handler: (req) => {
        const origin = req.headers.get('origin')
        const status = originAllowed(origin) ? 204 : 403
        return new Response(null, { status, headers: preflightHeaders(origin) })
      },
    },
    { path: '/submit', method: 'post', handler: (req) => submit(form, req) },
  ]
}

async function submit<T extends { locale: Locale; startedAt: number }>(
  form: PublicForm<T>,
  req: PayloadRequest,
): Promise<Response> {
  const origin = req.headers.get('origin')
  const acceptLanguage = req.headers.get('accept-language')
  // Until the body is read, the browser's language; then the form's own.
  let locale = formLocale(null, acceptLanguage)
  const answer = () => ({ locale, origin })
  if (!originAllowed(origin)) {
    return formErrors(403, { _form: 'origin' }, { ...answer(), vars: { origin: siteOrigin() } })
  }
  const retryAfter = await takeSubmission(req.payload, form.name, clientIp(req.headers))
  if (retryAfter !== null) {
    return formErrors(
      429,
      { _form: 'rateLimited' },
      {
        ...answer(),
        vars: { minutes: Math.ceil(retryAfter / 60) },
        headers: { 'Retry-After': String(retryAfter) },
      },
    )
  }
  const read = await readJsonBody(req)
  if (!read.ok) {
    if (read.problem === 'unreadable') return formErrors(400, { _form: 'invalid' }, answer())
    const status = read.problem === 'tooLarge' ? 413 : 415
    return formErrors(
      status,
      { _form: read.problem },
      { ...answer(), vars: { max: maxBodyBytes / 1024 } },
    )
  }
  locale = formLocale(read.body, acceptLanguage)
  const checked = checkForm(form.schema, read.body)
  if (!checked.ok) return formErrors(400, checked.errors, answer())
  const late = fillTimeProblem(checked.data.startedAt)
  if (late) return formErrors(400, { _form: late }, answer())
  try {
    const resolved = await form.resolve(req.payload, checked.data)
    if (!resolved.ok) return formErrors(400, resolved.errors, answer())
    // Through Payload as the visitor, so access rules, validation and hooks all run; the access
    // rule admits exactly this call by its context flag (forms/access.ts).
    await req.payload.create({
      collection: form.name,
      data: resolved.doc as never,
      req,
      overrideAccess: false,
      context: { publicForm: true },
      depth: 0,
    })
    return formAccepted(form.sent, answer())
  } catch (error) {
    // Payload refuses what its own field rules refuse (status 400): still the visitor's input.
    const status = (error as { status?: number }).status
    if (status !== undefined && status >= 400 && status < 500) {
      return formErrors(400, { _form: 'invalid' }, answer())
    }
    req.payload.logger.error({ err: error, msg: `${form.name}: a valid form could not be stored` })
    return formErrors(503, { _form: 'unavailable' }, answer())
  }
}
