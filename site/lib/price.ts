/**
 * The price indication of a product, as a buyer reads it: "from €49 per user per month",
 * "ab 49 € pro Nutzer und Monat", "от 49 € на потребител на месец", or "Price on request".
 * Pure (the words come in as a function), so the portal, the comparison island and the seed's
 * brochures (content/media-tools, plain node) write a price the same way.
 */

export type Price = {
  amount?: number | null
  currency?: string | null
  unit?: string | null
  onRequest?: boolean | null
}

/** The catalogue keys a price is written with; `unit` is one of cms/shared/options priceUnits. */
export type PriceWords = (
  key: 'price.from' | 'price.onRequest' | `price.unit.${string}`,
  vars?: Record<string, string>,
) => string

const formats = new Map<string, Intl.NumberFormat>()

/**
 * An amount of money the locale's way, without cents when it is whole.
 *
 * @example formatMoney('de', 4900) // '4.900 €'
 * @example formatMoney('en', 12.5, 'USD') // '$12.50'
 */
export function formatMoney(locale: string, amount: number, currency = 'EUR'): string {
  const whole = Number.isInteger(amount)
  const key = `${locale}/${currency}/${whole}`
  let format = formats.get(key)
  if (!format)
    formats.set(
      key,
      (format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2,
      })),
    )
  return format.format(amount)
}

/**
 * The price as a phrase, or undefined when the member gives none. An amount without its unit
 * is not shown: "from €49" alone would mislead (the CMS refuses it; older data may have it).
 *
 * @example priceText('en', { amount: 49, unit: 'per-user-month' }, words) // 'from €49 per user per month'
 */
export function priceText(
  locale: string,
  price: Price | null | undefined,
  words: PriceWords,
): string | undefined {
  if (!price) return undefined
  if (typeof price.amount === 'number' && price.unit)
    return words('price.from', {
      amount: formatMoney(locale, price.amount, price.currency ?? 'EUR'),
      unit: words(`price.unit.${price.unit}`),
    })
  return price.onRequest ? words('price.onRequest') : undefined
}
