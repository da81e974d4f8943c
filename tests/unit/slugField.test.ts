import type { FieldHook } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { slugField } from '../../cms/fields/slug'

// A deployment whose default language is German: the slug must follow it, not English.
vi.mock('@shared/locales', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@shared/locales')>()),
  defaultLocale: 'de',
}))

const fill = (data: Record<string, unknown>, value?: string) => {
  const hook = slugField({ from: 'title' }).hooks?.beforeValidate?.[0] as FieldHook
  return hook({ value, data } as never)
}

describe('slugField', () => {
  it('fills an empty slug from the title in the default locale', () => {
    expect(fill({ title: { en: 'Summit', de: 'Gipfeltreffen' } })).toBe('gipfeltreffen')
    expect(fill({ title: 'Über uns' })).toBe('ueber-uns')
    expect(fill({ title: { en: 'Summit', de: 'Gipfel' } }, ' kept ')).toBe('kept')
  })
})
