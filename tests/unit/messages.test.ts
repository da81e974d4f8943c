import { describe, expect, it } from 'vitest'

import { message, messagesFor } from '../../cms/i18n/messages'
import { localeCodes } from '@shared/locales'

describe('CMS messages', () => {
  it('exist in every locale with the same keys and placeholders as English', () => {
    const en = messagesFor('en')
    for (const locale of localeCodes) {
      const other = messagesFor(locale)
      expect(Object.keys(other).sort(), locale).toEqual(Object.keys(en).sort())
      for (const [key, text] of Object.entries(en)) {
        const placeholders = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort()
        expect(placeholders(other[key as keyof typeof en]), `${locale}.${key}`).toEqual(
          placeholders(text),
        )
      }
    }
  })

  it('follow the language of the request and fill placeholders', () => {
    const req = { i18n: { language: 'de' } } as never
    expect(message(req, 'fileTooLarge', { size: 12.5, max: 10 })).toBe(
      'Die Datei ist 12.5 MB groß; höchstens 10 MB werden angenommen.',
    )
    expect(message(undefined, 'email')).toMatch(/^Enter an email address/)
  })
})
