import type { Payload } from 'payload'

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

/**
 * Posts every hostile case with one valid body among them (at `validAt`), in order. Returns
 * what went wrong: a status other than 4xx for a hostile case, other than 201 for the valid
 * one, or a refusal without an error message. An empty list means the endpoint held.
 */
export async function postHostileMix(
  url: string,
  cases: HostileCase[],
  validBody: unknown,
  { validAt, origin }: { validAt: number; origin: string },
): Promise<string[]> {
  const valid = { label: 'the valid one', ...jsonCase(validBody) }
  const all = [...cases.slice(0, validAt), valid, ...cases.slice(validAt)]
  const wrong: string[] = []
  for (const c of all) {
    const answer = await postForm(url, c, { origin })
    const expected = c === valid ? [201] : [400, 413, 415]
    if (!expected.includes(answer.status)) wrong.push(`${answer.status} ${c.label}`)
    else if (
      answer.status !== 201 &&
      typeof Object.values(answer.body.errors ?? {})[0] !== 'string'
    )
      wrong.push(`no error message: ${c.label}`)
  }
  return wrong
}

/** How many documents a form's collection holds, and those stored for one email address. */
export function formRecords<C extends 'inquiries' | 'applications'>(
  payload: () => Payload,
  collection: C,
) {
  return {
    count: async () => (await payload().count({ collection, overrideAccess: true })).totalDocs,
    stored: (email: string) =>
      payload().find({
        collection,
        where: { email: { equals: email } },
        overrideAccess: true,
        depth: 0,
      }),
  }
}
