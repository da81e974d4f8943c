import type { GroupField, PayloadRequest } from 'payload'

import { labels, message, optionsOf } from '../i18n/messages'

type Price = { amount?: number | null; unit?: string | null; onRequest?: boolean | null }

/**
 * The price indication a buyer compares by: "from €49 per user per month", or "on request". All
 * optional: a member that gives no price shows none. An amount needs its unit, and an amount
 * together with "on request" would say two things, so either is refused.
 */
export const priceField = (): GroupField => ({
  name: 'price',
  type: 'group',
  admin: { description: labels('admin.field.price.description') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'amount',
          type: 'number',
          min: 0,
          validate: (
            _value: unknown,
            { siblingData, req }: { siblingData: unknown; req: PayloadRequest },
          ) => priceIsConsistent(siblingData as Price) || message(req, 'priceIncomplete'),
        },
        {
          name: 'currency',
          type: 'select',
          options: optionsOf('currencies'),
          defaultValue: 'EUR',
        },
        { name: 'unit', type: 'select', options: optionsOf('priceUnits') },
      ],
    },
    {
      name: 'onRequest',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: labels('admin.field.onRequest.description') },
    },
  ],
})

/** Either nothing, an amount with its unit, or "on request" alone. */
export function priceIsConsistent(price: Price | undefined): boolean {
  const hasAmount = typeof price?.amount === 'number'
  const hasUnit = Boolean(price?.unit)
  if (price?.onRequest) return !hasAmount && !hasUnit
  return hasAmount === hasUnit
}
