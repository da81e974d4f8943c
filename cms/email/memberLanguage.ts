import { defaultLocale, isLocale, type Locale, localeCodes } from '@shared/locales'

type MemberLanguageFacts = { country?: string | null; languages?: string[] | null }

/**
 * The language in which the portal writes to a member company: the portal language whose home
 * country is the company's (CLDR likely subtags: bg → BG, de → DE), so a Bulgarian company reads
 * Bulgarian whatever language the buyer wrote in; else the first portal language the company
 * says it works in (its profile's languages); else the default locale. Derived rather than
 * stored: every profile already has a country, and no member has to fill in one more field.
 *
 * @example memberLanguage({ country: 'BG' }) // 'bg'
 * @example memberLanguage({ country: 'AT', languages: ['de', 'en'] }) // 'de'
 */
export function memberLanguage(member: MemberLanguageFacts): Locale {
  const country = member.country?.toUpperCase()
  const national = localeCodes.find((l) => new Intl.Locale(l).maximize().region === country)
  if (national) return national
  return (member.languages ?? []).find(isLocale) ?? defaultLocale
}
