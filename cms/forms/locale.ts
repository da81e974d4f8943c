import { defaultLocale, isLocale, type Locale } from '@shared/locales'

/**
 * The first supported language of an Accept-Language header, by quality, else null.
 *
 * @example acceptedLocale('de-AT,de;q=0.9,en;q=0.5') // 'de'
 */
export function acceptedLocale(header: string | null | undefined): Locale | null {
  if (!header) return null
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean)
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q) : 1, index }
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return (ranked.find(({ lang }) => isLocale(lang))?.lang as Locale | undefined) ?? null
}

/**
 * The language to answer a form in: the `locale` the form sent when it is one of ours, else the
 * browser's Accept-Language, else the default.
 */
export function formLocale(body: unknown, acceptLanguage: string | null): Locale {
  const sent = body && typeof body === 'object' ? (body as { locale?: unknown }).locale : undefined
  return isLocale(sent) ? sent : (acceptedLocale(acceptLanguage) ?? defaultLocale)
}
