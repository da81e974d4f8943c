import type { TextField } from 'payload'

import { message } from '../i18n/messages'
import { isEmail, isWebUrl } from '@shared/validators'

type Overrides = Partial<Omit<TextField, 'type' | 'hasMany'>> & { name: string }

/** A web address field: empty or a full http(s) URL. */
export const urlField = (overrides: Overrides): TextField =>
  ({
    type: 'text',
    validate: (value, { req, required }) => {
      if (!value) return required ? message(req, 'url') : true
      return isWebUrl(String(value)) ? true : message(req, 'url')
    },
    ...overrides,
  }) as TextField

/** An email address field: empty or well-formed. */
export const emailField = (overrides: Overrides): TextField =>
  ({
    type: 'text',
    validate: (value, { req, required }) => {
      if (!value) return required ? message(req, 'email') : true
      return isEmail(String(value)) ? true : message(req, 'email')
    },
    ...overrides,
  }) as TextField
