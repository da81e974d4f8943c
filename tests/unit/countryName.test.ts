import { describe, expect, it } from 'vitest'

import { countryName as mailCountryName } from '../../cms/email/templates'
import { countryName as siteCountryName } from '../../site/lib/format'

describe('countryName', () => {
  it('takes the locale first in the mails as on the portal, and names the same country', () => {
    expect(mailCountryName('bg', 'DE')).toBe('Германия')
    expect(siteCountryName('bg', 'DE')).toBe('Германия')
    expect(mailCountryName('de', 'BG')).toBe(siteCountryName('de', 'BG'))
    expect(mailCountryName('en', null)).toBeNull()
  })
})
