import { isCountryCode } from '@shared/countries'

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/**
 * Every country the server accepts (ISO 3166-1 alpha-2, the same check), named and sorted in
 * the page's language. Built in the browser from Intl, so the page carries no country list.
 */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' })
  const options: { value: string; label: string }[] = []
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b
      if (isCountryCode(code)) options.push({ value: code, label: names.of(code) ?? code })
    }
  }
  const collator = new Intl.Collator(locale)
  return options.sort((x, y) => collator.compare(x.label, y.label))
}
