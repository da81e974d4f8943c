import { describe, expect, it } from 'vitest'

import { priceIsConsistent } from '@cms/fields/price'
import { localeCodes } from '@shared/locales'
import { priceUnits } from '@shared/options'
import { t } from '@site/i18n/t'
import { formatMoney, type PriceWords, priceText } from '@site/lib/price'

const words =
  (locale: 'en' | 'bg' | 'de'): PriceWords =>
  (key, vars) =>
    t(locale, key as Parameters<typeof t>[1], vars as never)
// Intl writes a no-break space (U+00A0) or narrow no-break space between amount and symbol.
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ')

describe('price indication', () => {
  it('reads "from €49 per user per month" in each language, numbers the locale’s way', () => {
    const price = { amount: 49, unit: 'per-user-month' }
    expect(plain(priceText('en', price, words('en')))).toBe('from €49 per user per month')
    expect(plain(priceText('de', price, words('de')))).toBe('ab 49 € pro Nutzer und Monat')
    expect(plain(priceText('bg', price, words('bg')))).toBe('от 49 € на потребител на месец')
  })

  it('groups thousands and keeps cents only when there are some', () => {
    expect(plain(formatMoney('de', 24000))).toBe('24.000 €')
    expect(plain(formatMoney('en', 24000))).toBe('€24,000')
    expect(plain(formatMoney('bg', 24000))).toBe('24 000 €')
    expect(plain(formatMoney('en', 12.5, 'USD'))).toBe('$12.50')
    expect(plain(priceText('de', { amount: 4900, unit: 'one-off' }, words('de')))).toBe(
      'ab 4.900 € einmalig',
    )
  })

  it('says "on request" when the member asks buyers to ask, and nothing when it gives nothing', () => {
    expect(priceText('en', { onRequest: true }, words('en'))).toBe('Price on request')
    expect(priceText('de', { onRequest: true }, words('de'))).toBe('Preis auf Anfrage')
    expect(priceText('en', {}, words('en'))).toBeUndefined()
    expect(priceText('en', null, words('en'))).toBeUndefined()
    // An amount without what it is counted per would mislead.
    expect(priceText('en', { amount: 49 }, words('en'))).toBeUndefined()
  })

  it('has words for every unit in every language, with nothing left unfilled', () => {
    for (const locale of localeCodes)
      for (const unit of priceUnits) {
        const text = priceText(locale, { amount: 10, unit }, words(locale))
        expect(text, `${locale} ${unit}`).toBeTruthy()
        expect(text, `${locale} ${unit}`).not.toMatch(/[{}]|price\.unit/)
      }
  })

  it('the CMS accepts an amount with its unit, or on request alone', () => {
    expect(priceIsConsistent({})).toBe(true)
    expect(priceIsConsistent({ amount: 49, unit: 'per-month' })).toBe(true)
    expect(priceIsConsistent({ onRequest: true })).toBe(true)
    expect(priceIsConsistent({ amount: 49 })).toBe(false)
    expect(priceIsConsistent({ unit: 'per-month' })).toBe(false)
    expect(priceIsConsistent({ amount: 49, unit: 'per-month', onRequest: true })).toBe(false)
  })
})
