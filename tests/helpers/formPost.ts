import type { HostileCase } from './hostile'

const json = 'application/json'

export type FormAnswer = {
  status: number
  headers: Headers
  body: {
    ok?: boolean
    message?: string
    errors?: Record<string, string>
    codes?: Record<string, string>
  }
}

/** Posts one case (or any body) to a form endpoint and reads the JSON answer. */
export async function postForm(
  url: string,
  c: Pick<HostileCase, 'body' | 'contentType'>,
  headers: Record<string, string> = {},
): Promise<FormAnswer> {
  // A string body makes fetch add text/plain; bytes let a case send no Content-Type at all.
  const raw = typeof c.body === 'function' ? c.body() : c.body
  const body = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { ...(c.contentType ? { 'content-type': c.contentType } : {}), ...headers },
  })
  const text = await response.text()
  let parsed: FormAnswer['body'] = {}
  try {
    parsed = JSON.parse(text) as FormAnswer['body']
  } catch {
    parsed = { message: text }
  }
  return { status: response.status, headers: response.headers, body: parsed }
}

/** A JSON case from a body object. */
export const jsonCase = (body: unknown): Pick<HostileCase, 'body' | 'contentType'> => ({
  body: JSON.stringify(body),
  contentType: json,
})
