import { describe, expect, it } from 'vitest'

import { isBulgarianUic, isEuVatNumber, isLegalId, normalizeLegalId } from '@shared/legalId'

// Published UICs of large Bulgarian companies and public bodies (from the Commercial and
// BULSTAT registers), and numbers worked out by hand for each branch of the checksum rule.
const validUics = [
  ['131071587', 'company, first weights'],
  ['131129282', 'company, first weights'],
  ['130007884', 'company, first weights'],
  ['130408101', 'company, first weights'],
  ['100000086', 'first sum 10, second weights give 6'],
  ['100000550', 'both sums 10: check digit 0'],
  ['0009039460577', 'branch of a public body'],
  ['0000568780291', 'municipality unit'],
  ['1310715870003', 'branch, first weights'],
  ['1310715870087', 'branch, first sum 10, second weights give 7'],
  ['1310715870130', 'branch, both sums 10: check digit 0'],
]

const invalidUics = [
  ['131071588', 'last digit changed'],
  ['131071578', 'two digits swapped'],
  ['100000080', 'second weights ignored'],
  ['100000551', 'both sums 10 but check digit not 0'],
  ['1310715870004', 'branch check digit wrong'],
  ['1310715880005', 'branch digits fine, company part invalid'],
  ['13107158', 'eight digits'],
  ['13107158700', 'eleven digits'],
  ['13107158A', 'a letter'],
  [' 131071587', 'not normalized'],
  ['', 'empty'],
]

describe('Bulgarian UIC/EIK', () => {
  it.each(validUics)('accepts %s (%s)', (uic) => expect(isBulgarianUic(uic)).toBe(true))
  it.each(invalidUics)('refuses %s (%s)', (uic) => expect(isBulgarianUic(uic)).toBe(false))
})

describe('EU VAT numbers', () => {
  it.each([
    'ATU12345678',
    'BE0123456789',
    'BG131071587',
    'BG1310715870',
    'CY10259033P',
    'CZ12345678',
    'DE123456789',
    'DK12345678',
    'EL123456789',
    'ESX1234567L',
    'FI12345678',
    'FR40303265045',
    'HR12345678901',
    'HU12345678',
    'IE1234567WA',
    'IE8Z49289F',
    'IT12345678901',
    'LT123456789012',
    'NL123456789B01',
    'PL1234567890',
    'PT123456789',
    'RO18547290',
    'SE123456789001',
    'SI12345678',
    'SK1234567890',
    'XI123456789',
  ])('accepts %s', (vat) => expect(isEuVatNumber(vat)).toBe(true))

  it.each([
    ['BG131071588', 'Bulgarian prefix with a bad UIC checksum'],
    ['GR123456789', 'Greece uses EL'],
    ['DE12345678', 'too short'],
    ['ATU1234567', 'too short after U'],
    ['NL123456789A01', 'NL needs B'],
    ['SE123456789012', 'SE ends in 01'],
    ['FRI0303265045', 'FR key has no I'],
    ['BE2123456789', 'BE starts with 0 or 1'],
    ['RO0123456', 'RO has no leading zero'],
    ['US123456789', 'not an EU country'],
    ['DE', 'prefix only'],
    ["DE123456789' OR 1=1--", 'SQL fragment'],
  ])('refuses %s (%s)', (vat) => expect(isEuVatNumber(vat)).toBe(false))
})

describe('legal identifiers as people type them', () => {
  it('normalizes spaces, dots, hyphens and case', () => {
    expect(normalizeLegalId(' bg 131.071-587 ')).toBe('BG131071587')
    expect(normalizeLegalId('de 123 456 789')).toBe('DE123456789')
  })
  it.each(['131 071 587', 'bg131071587', 'DE 123.456.789', 'nl123456789b01', '131071587 0003'])(
    'accepts %s',
    (id) => expect(isLegalId(id)).toBe(true),
  )
  it.each([
    '131071588',
    'BG 131 071 588',
    '123456789',
    '<script>',
    'DE12345678X',
    '\u202e131071587',
  ])('refuses %s', (id) => expect(isLegalId(id)).toBe(false))
})
