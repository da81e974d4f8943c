/**
 * Legal identifiers a company may apply with: a Bulgarian UIC/EIK (ЕИК, with its checksum) or
 * an EU VAT number in its country's format. Pure, so the portal's form and the CMS endpoint
 * share it.
 */

const digits = (s: string) => [...s].map(Number)

/** Weighted sum mod 11, retried with the second weights when it is 10; 10 again counts as 0. */
function checkDigit(ds: number[], first: number[], second: number[]): number {
  const sum = (w: number[]) => ds.reduce((acc, d, i) => acc + d * w[i]!, 0) % 11
  const r = sum(first)
  if (r !== 10) return r
  const r2 = sum(second)
  return r2 === 10 ? 0 : r2
}

/**
 * True for a 9-digit UIC/EIK of a company or a 13-digit one of a branch, checksums included
 * (Bulgarian Commercial Register rules).
 *
 * @example isBulgarianUic('131071587') // true
 */
export function isBulgarianUic(value: string): boolean {
  if (!/^\d{9}(\d{4})?$/.test(value)) return false
  const ds = digits(value)
  const ninth = checkDigit(ds.slice(0, 8), [1, 2, 3, 4, 5, 6, 7, 8], [3, 4, 5, 6, 7, 8, 9, 10])
  if (ninth !== ds[8]) return false
  if (ds.length === 9) return true
  const last = checkDigit(ds.slice(8, 12), [2, 7, 3, 5], [4, 9, 5, 7])
  return last === ds[12]
}

/** Format of each EU member state's VAT number after its country prefix (VIES). */
export const vatFormats: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
}

/** Spaces, dots and hyphens people type inside identifiers; removed before checking. */
export const normalizeLegalId = (value: string): string =>
  value.toUpperCase().replace(/[\s.-]/g, '')

/**
 * True for an EU VAT number: a country prefix (EL for Greece, XI for Northern Ireland) and that
 * country's format. A Bulgarian one must also carry a valid UIC (9 digits) checksum.
 *
 * @example isEuVatNumber('DE123456789') // true
 */
export function isEuVatNumber(value: string): boolean {
  const id = normalizeLegalId(value)
  const format = vatFormats[id.slice(0, 2)]
  const rest = id.slice(2)
  if (!format || !format.test(rest)) return false
  return id.startsWith('BG') && rest.length === 9 ? isBulgarianUic(rest) : true
}

/** A UIC/EIK or an EU VAT number, after normalizing spaces, dots and hyphens. */
export const isLegalId = (value: string): boolean => {
  const id = normalizeLegalId(value)
  return isBulgarianUic(id) || isEuVatNumber(id)
}
