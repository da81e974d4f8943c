/** Pure checks shared by field validators, seed and (later) the public forms. */

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Turns a name into a URL slug: transliterates Cyrillic and German letters, lower-cases, and
 * joins words with single hyphens.
 *
 * @example slugify('Черно море Cloud GmbH') // 'cherno-more-cloud-gmbh'
 */
export function slugify(input: string): string {
  return transliterate(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

// Bulgarian streamlined system (official since 2009), plus German sharp s and umlauts.
const translit: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
}

const transliterate = (input: string) =>
  [...input.toLowerCase()].map((ch) => translit[ch] ?? ch).join('')

export const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

// Deliberately plain: one @, no spaces, a dot in the domain. The mail server has the last word.
export const isEmail = (value: string): boolean =>
  value.length <= 254 && /^[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+\.[a-z]{2,}$/i.test(value)

export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.includes('/') || value === 'UTC'
  } catch {
    return false
  }
}

/** True when both dates are given and `later` is strictly before `earlier`. */
export const isBefore = (later: unknown, earlier: unknown): boolean => {
  if (!later || !earlier) return false
  const a = new Date(later as string).getTime()
  const b = new Date(earlier as string).getTime()
  return Number.isFinite(a) && Number.isFinite(b) && a < b
}
