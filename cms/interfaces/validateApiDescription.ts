import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { requestLanguage } from '../i18n/messages'
import { describeApiProblem } from './problems'
import { readApiDescription } from './readApiDescription'

/** What only the validation fills in: nobody sets it by hand, with or without a file. */
const derivedFields = ['format', 'specVersion', 'document'] as const

/**
 * Every create or update of an API description passes here (REST, admin, Local API, seed).
 * A new file is parsed and validated before Payload touches any file: this is a
 * beforeOperation hook because on update Payload deletes the replaced file before the
 * beforeValidate hooks run, so a refusal there would lose the old one. A broken file gets a
 * 400 whose message puts the parser's words in the requester's language, and nothing is
 * stored. A valid one fills format, specVersion, document and, when left empty, the title.
 * Without a new file the derived fields keep their stored values, whatever the request sent.
 */
export const validateApiDescription: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const request = args.req ?? req
  const data: Record<string, unknown> = { ...(args.data ?? {}) }
  for (const field of derivedFields) delete data[field]
  const file = request.file
  if (!file) return { ...args, data }
  const content =
    !file.data?.length && file.tempFilePath ? await fs.readFile(file.tempFilePath) : file.data
  const result = await readApiDescription(content, file.name)
  if (!result.ok) {
    const message = describeApiProblem(requestLanguage(request), file.name, result.problem)
    // An APIError carrying the sentence itself: the admin toasts an error's own message, and
    // a ValidationError's is only "The following field is invalid: file" (the upload field
    // shows no error of its own). The field's path stays in `data` for API clients.
    const errors = [{ path: 'file', message }]
    throw new APIError(message, 400, { collection: collection.slug, errors }, true)
  }
  const { format, specVersion, document, title } = result.description
  const given = typeof data.title === 'string' ? data.title.trim() : ''
  return {
    ...args,
    data: { ...data, format, specVersion, document, title: given || title || file.name },
  }
}
