import type { PayloadRequest, TextField } from 'payload'

import { labels, message } from '../i18n/messages'
import { isCountryCode } from '@shared/countries'

type Overrides = Partial<Omit<TextField, 'type' | 'hasMany'>> & { name: string }

/** One country, or with `many` a list of them, as ISO codes. */
export function countryField(overrides: Overrides, many = false): TextField {
  const check = (v: unknown) => typeof v === 'string' && isCountryCode(v)
  return {
    type: 'text',
    ...(many ? { hasMany: true } : {}),
    validate: (value: unknown, { required, req }: { required?: boolean; req: PayloadRequest }) => {
      const values = Array.isArray(value) ? value : value ? [value] : []
      if (!values.length) return required ? message(req, 'countryCode') : true
      return values.every(check) ? true : message(req, 'countryCode')
    },
    admin: { description: labels('admin.field.country.description') },
    ...overrides,
  } as TextField
}
