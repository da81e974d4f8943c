/** Country codes, pure: the CMS's country fields and the portal's forms check them alike. */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

// Codes Intl names that are groupings, not countries.
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ'])

/** True for an ISO 3166-1 alpha-2 code of a country (Intl echoes unknown codes back). */
export const isCountryCode = (value: string): boolean =>
  /^[A-Z]{2}$/.test(value) && !notCountries.has(value) && regionNames.of(value) !== value
