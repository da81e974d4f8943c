import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { message } from '../i18n/messages'

type Limits = { maxBytes: number; mimeTypes: string[]; label: string }

/**
 * Refuses a file that is too large or of the wrong type before anything is written, with a
 * message that says what is accepted. Payload then also sniffs the content, so a renamed file
 * does not get through either.
 */
export const enforceUploadLimits =
  ({ maxBytes, mimeTypes, label }: Limits): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = (args.req ?? req).file
    if (!file) return args
    const errors: { message: string; path: string }[] = []
    if (!mimeTypes.includes(file.mimetype)) {
      errors.push({
        path: 'file',
        message: message(req, 'fileType', { type: file.mimetype || '?', accepted: label }),
      })
    }
    if (file.size > maxBytes) {
      const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
      errors.push({
        path: 'file',
        message: message(req, 'fileTooLarge', { size: mb(file.size), max: mb(maxBytes) }),
      })
    }
    if (!errors.length) return args
    // An APIError that carries the sentences: the admin toasts an error's own message, and a
    // ValidationError's is only "The following field is invalid: file", since the upload field
    // shows no error of its own. API clients still find each one under `data.errors` by path.
    const text = errors.map((e) => e.message).join(' ')
    const data = { collection: args.collection?.config?.slug, errors }
    throw new APIError(text, 400, data, true)
  }
