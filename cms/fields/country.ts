import type { PayloadRequest, TextField } from 'payload'

import { message } from '../i18n/messages'

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

// Codes Intl names that are groupings, not countries.
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ'])

/** True for an ISO 3166-1 alpha-2 code of a country (Intl echoes unknown codes back). */
export const isCountryCode = (value: string): boolean =>
  /^[A-Z]{2}$/.test(value) && !notCountries.has(value) && regionNames.of(value) !== value

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
    admin: { description: 'ISO 3166-1 alpha-2, e.g. BG' },
    ...overrides,
  } as TextField
}
