import { describe, expect, it } from 'vitest'

import { message } from '../../cms/i18n/messages'

describe('CMS messages', () => {
  it('follow the language of the request and fill placeholders', () => {
    const req = { i18n: { language: 'de' } } as never
    expect(message(req, 'fileTooLarge', { size: 12.5, max: 10 })).toBe(
      'Die Datei ist 12.5 MB groß; höchstens 10 MB werden angenommen.',
    )
    expect(message(undefined, 'email')).toMatch(/^Enter an email address/)
  })
})
