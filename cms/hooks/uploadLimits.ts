import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

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
    if (errors.length)
      throw new ValidationError({ collection: args.collection?.config?.slug, errors }, req.t)
    return args
  }
