import { describe, expect, it } from 'vitest'

import { countryCodes, isCountryCode } from '@shared/countries'
import { countryCodeSuccessors } from '../../cms/migrations/20261206_095044_country_codes'
import { countryOptions, likelyCountries } from '../../site/islands/forms/countries'
import { clusterMarkets } from '../../site/lib/markets'
import members from '../../content/members.json'

// ISO 3166-3: codes withdrawn from ISO 3166-1, and the exceptionally reserved ones CLDR names.
const withdrawn = ['DD', 'YU', 'SU', 'CS', 'ZR', 'TP', 'AN', 'BU', 'VD', 'YD', 'FX', 'UK', 'NH']

describe('the country list', () => {
  it('is the 249 current ISO 3166-1 codes, without withdrawn, reserved or user-assigned ones', () => {
    expect(countryCodes).toHaveLength(249)
    expect(new Set(countryCodes).size).toBe(countryCodes.length)
    for (const code of [...withdrawn, 'XK', 'XA', 'EU', 'UN', 'ZZ', 'AC', 'IC', 'EA'])
      expect(countryCodes, code).not.toContain(code)
  })

  it('offers each country once in every locale: one Deutschland, one Сърбия, DE once', () => {
    for (const locale of ['en', 'bg', 'de']) {
      const { likely, others } = countryOptions(locale, ['DE', 'BG'])
      const all = [...likely, ...others]
      expect(all).toHaveLength(249)
      expect(new Set(all.map((o) => o.value)).size, locale).toBe(249)
      expect(new Set(all.map((o) => o.label)).size, locale).toBe(249)
      expect(all.filter((o) => o.value === 'DE')).toHaveLength(1)
      expect(all.some((o) => withdrawn.includes(o.value))).toBe(false)
    }
    const de = countryOptions('de', [])
    expect(de.others.filter((o) => o.label === 'Deutschland').map((o) => o.value)).toEqual(['DE'])
    expect(countryOptions('bg', []).others.filter((o) => o.label === 'Сърбия')).toHaveLength(1)
  })

  it('is sorted by the locale collation, Bulgarian included', () => {
    for (const locale of ['en', 'bg', 'de']) {
      const labels = countryOptions(locale, []).others.map((o) => o.label)
      expect(labels).toEqual([...labels].sort(new Intl.Collator(locale).compare))
    }
    const bg = countryOptions('bg', []).others.map((o) => o.label)
    // Cyrillic order (А, Б, В… Я), not code-point order of the Latin codes.
    expect(bg[0]).toMatch(/^А/)
    expect(bg.at(-1)).toMatch(/^Я/)
    expect(bg.indexOf('България')).toBeLessThan(bg.indexOf('Германия'))
    const de = countryOptions('de', []).others.map((o) => o.label)
    // German collation puts Ä with A, Ö with O: Österreich before Pakistan.
    expect(de.indexOf('Österreich')).toBeLessThan(de.indexOf('Pakistan'))
    expect(de.indexOf('Ägypten')).toBeLessThan(de.indexOf('Albanien'))
  })

  it('puts the likely countries first in their own group, sorted, and not again below', () => {
    const { likely, others } = countryOptions('bg', ['RO', 'BG', 'DE', 'XX', 'DD'])
    expect(likely.map((o) => o.label)).toEqual(['България', 'Германия', 'Румъния'])
    expect(others.some((o) => ['RO', 'BG', 'DE'].includes(o.value))).toBe(false)
  })
})

describe('likely countries', () => {
  it('come from the browser languages, then the page locale, then the cluster markets', () => {
    expect(
      likelyCountries({ locale: 'de', languages: ['de-AT', 'en'], markets: ['BG', 'DE'] }),
    ).toEqual(['AT', 'US', 'DE', 'BG'])
    expect(likelyCountries({ locale: 'bg', languages: [], markets: ['BG', 'RO'] })).toEqual([
      'BG',
      'RO',
    ])
    // A malformed tag or a withdrawn market code costs a suggestion, not the form.
    expect(likelyCountries({ locale: 'en', languages: ['?!'], markets: ['DD'] })).toEqual(['US'])
  })

  it('of the demo cluster: its home country and the markets a quarter of members name', () => {
    expect(clusterMarkets(members as never)).toEqual(['BG', 'DE', 'RO', 'GR', 'AT', 'GB', 'MK'])
    expect(clusterMarkets([])).toEqual([])
  })
})

describe('isCountryCode', () => {
  it('accepts current codes and refuses withdrawn, reserved and malformed ones', () => {
    expect(['BG', 'DE', 'AT', 'MK', 'RS', 'ME', 'SS', 'CW', 'TL', 'CD'].every(isCountryCode)).toBe(
      true,
    )
    for (const code of [...withdrawn, 'XK', 'XX', 'bg', 'de', 'BGR', 'ZZ', 'EU', '', ' DE'])
      expect(isCountryCode(code), code).toBe(false)
  })

  it('accepts every successor the migration writes, refuses every code it replaces', () => {
    for (const [code, successor] of Object.entries(countryCodeSuccessors)) {
      expect(isCountryCode(code), code).toBe(false)
      if (successor) expect(isCountryCode(successor), successor).toBe(true)
    }
  })
})
