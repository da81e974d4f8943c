import { describe, expect, it } from 'vitest'

import { isCountryCode } from '@shared/countries'
import { isBefore, isEmail, isTimeZone, isWebUrl, slugify } from '@shared/validators'

describe('slugify', () => {
  it.each([
    ['Black Sea Cloud', 'black-sea-cloud'],
    ['Клъстер Черно море', 'klaster-cherno-more'],
    ['Щастлив Юг', 'shtastliv-yug'],
    ['Größe & Übersicht GmbH', 'groesse-uebersicht-gmbh'],
    ['  --Data   Lake--  ', 'data-lake'],
  ])('%s → %s', (input, slug) => expect(slugify(input)).toBe(slug))
})

describe('addresses', () => {
  it('accepts http(s) URLs with a host', () => {
    expect(isWebUrl('https://orbitsoft.example/about')).toBe(true)
    expect(isWebUrl('http://a.example')).toBe(true)
  })
  it.each(['javascript:alert(1)', 'ftp://a.example', 'https://localhost', 'orbitsoft.example', ''])(
    'refuses %s',
    (url) => expect(isWebUrl(url)).toBe(false),
  )
  it('emails', () => {
    expect(isEmail('office@hits-cluster.example')).toBe(true)
    for (const bad of ['office@', '@x.example', 'a b@x.example', 'a@x', 'a@@x.example'])
      expect(isEmail(bad)).toBe(false)
  })
  it('countries are ISO 3166-1 alpha-2 codes', () => {
    expect(['BG', 'DE', 'AT', 'MK'].every(isCountryCode)).toBe(true)
    expect(['XX', 'bg', 'BGR', 'ZZ'].some(isCountryCode)).toBe(false)
  })
})

describe('time', () => {
  it('time zones are IANA names', () => {
    expect(isTimeZone('Europe/Sofia')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('EET')).toBe(false)
  })
  it('isBefore compares only when both dates are given', () => {
    expect(isBefore('2030-01-01', '2030-01-02')).toBe(true)
    expect(isBefore('2030-01-02', '2030-01-01')).toBe(false)
    expect(isBefore(undefined, '2030-01-01')).toBe(false)
  })
})
