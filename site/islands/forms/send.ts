import { errorText, type FormLabels, say, waitText } from './labels'

/** What became of a submission, ready to show. */
export type Outcome =
  | { kind: 'sent' }
  /** Field errors in words (the server's, in the body's locale); `_form` for the whole form. */
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'failed'; message: string }

type ErrorBody = { errors?: Record<string, string>; codes?: Record<string, string> }

/**
 * POSTs a form as JSON to the CMS endpoint and turns every answer into something a visitor can
 * act on: 400 per field, 413 too long, 429 with how long to wait, another refusal with the
 * server's words, anything else or no answer at all as a failure that keeps what they wrote.
 */
export async function sendForm(
  url: string,
  body: Record<string, unknown>,
  locale: string,
  labels: FormLabels,
): Promise<Outcome> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    return { kind: 'failed', message: say(locale, labels, 'form.error.network') }
  }
  if (response.ok) return { kind: 'sent' }
  if (response.status === 413)
    return { kind: 'failed', message: say(locale, labels, 'form.error.tooLarge') }
  if (response.status === 429) {
    const wait = waitText(locale, response.headers.get('Retry-After'))
    return {
      kind: 'failed',
      message: say(locale, labels, 'form.error.rateLimited', {
        wait: wait ?? say(locale, labels, 'form.waitLater'),
      }),
    }
  }
  if (response.status >= 400 && response.status < 500) {
    // 400 is about the fields; another refusal that says why in words (e.g. 403 "registration
    // has closed") is shown as it is, not as a problem on our side.
    const data = (await response.json().catch(() => ({}))) as ErrorBody
    const errors: Record<string, string> = {}
    const fields = new Set([...Object.keys(data.errors ?? {}), ...Object.keys(data.codes ?? {})])
    for (const field of fields) {
      errors[field] = data.errors?.[field] || errorText(labels, data.codes?.[field] ?? 'invalid')
    }
    if (response.status === 400 && fields.size === 0) errors._form = errorText(labels, 'invalid')
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors }
  }
  return { kind: 'failed', message: say(locale, labels, 'form.error.server') }
}
