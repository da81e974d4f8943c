import { countryCodes } from '@shared/countries'

export type CountryOption = { value: string; label: string }

/** The country select's two groups: a short list of likely countries, then all the others. */
export type CountryGroups = { likely: CountryOption[]; others: CountryOption[] }

/**
 * The countries a visitor most likely picks, most likely first: the regions of the browser's
 * languages ("de-AT" → AT, a bare "de" → DE through CLDR's likely subtags), the page locale's
 * region, then the cluster's own markets (`markets`, worked out from the published members at
 * build time, see site/lib/markets.ts). Only current codes, each once.
 *
 * @example likelyCountries({ locale: 'de', languages: ['de-AT'], markets: ['BG', 'RO'] })
 * // ['AT', 'DE', 'BG', 'RO']
 */
export function likelyCountries(input: {
  locale: string
  languages: readonly string[]
  markets: readonly string[]
}): string[] {
  const regions = [...input.languages.slice(0, 3), input.locale].map(regionOf)
  const codes = [...regions, ...input.markets].filter(
    (code): code is string => !!code && countryCodes.includes(code),
  )
  return [...new Set(codes)]
}

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().region
  } catch {
    return undefined // a malformed navigator.languages entry costs a suggestion, not the form
  }
}

/**
 * Every country the server accepts (current ISO 3166-1 alpha-2, the same list), named in the
 * page's language and sorted by its collation; the `likely` ones form their own short group
 * and are not repeated below it, so each country is in the select once. Names come from Intl,
 * as everywhere else on the portal and in the mails, so a country reads the same in the form
 * as on a member's page.
 */
export function countryOptions(locale: string, likely: readonly string[]): CountryGroups {
  const names = new Intl.DisplayNames([locale], { type: 'region' })
  const collator = new Intl.Collator(locale)
  const option = (code: string) => ({ value: code, label: names.of(code) ?? code })
  const sorted = (codes: readonly string[]) =>
    codes.map(option).sort((x, y) => collator.compare(x.label, y.label))
  const top = new Set(likely.filter((code) => countryCodes.includes(code)))
  return { likely: sorted([...top]), others: sorted(countryCodes.filter((c) => !top.has(c))) }
}
