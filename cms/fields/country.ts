import type { PayloadRequest, TextField } from 'payload'

import { countryName } from '../email/templates'
import { labels, message } from '../i18n/messages'
import { isCountryCode } from '@shared/countries'
import { defaultLocale, localeCodes } from '@shared/locales'

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

/**
 * The country's name next to its code, for staff: read-only, computed when the document is
 * read (a virtual field, no column), in the admin's language, so the list and the document say
 * "Germany" / "Германия" where the stored value is DE. Only `of` is stored and validated.
 */
export function countryNameField(of: string): TextField {
  return {
    name: `${of}Name`,
    type: 'text',
    virtual: true,
    admin: { readOnly: true, disableListFilter: true },
    hooks: {
      afterRead: [
        ({ siblingData, req }) => {
          const code = (siblingData as Record<string, unknown>)[of]
          const language = req.i18n?.language ?? req.locale
          const locale = localeCodes.find((l) => l === language) ?? defaultLocale
          return typeof code === 'string' ? countryName(locale, code) : null
        },
      ],
    },
  }
}
