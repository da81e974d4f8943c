/** Country codes, pure: the CMS's country fields and the portal's forms check them alike. */
import isoCodes from 'i18n-iso-countries/codes.json'

/**
 * The current ISO 3166-1 alpha-2 codes, from i18n-iso-countries (kept up to date with the ISO
 * maintenance agency's list). Not Intl: Intl.DisplayNames names withdrawn codes too (DD, YU,
 * SU, CS, ZR, UK…) through CLDR's aliases, so a check built on it let 25 of them in and the
 * form offered "Deutschland" twice. XK (Kosovo) is in the package but is a user-assigned code,
 * not ISO 3166-1, so it is left out like every other X* code.
 */
export const countryCodes: readonly string[] = isoCodes
  .map(([alpha2]) => alpha2)
  .filter((code) => code !== 'XK')
  .sort()

const current = new Set(countryCodes)

/** True for a current ISO 3166-1 alpha-2 code, in capitals. @example isCountryCode('DD') // false */
export const isCountryCode = (value: string): boolean => current.has(value)
