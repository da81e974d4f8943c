import { defaultLocale, isLocale, type Locale } from '@shared/locales'
import { bg } from './bg'
import { de } from './de'
import { en, type Templates } from './en'

export type { InquiryFacts, MailText, Templates } from './en'

const byLocale: Record<Locale, Templates> = { en, bg, de }

/** The mail texts in a locale; anything that is not one of ours gets the default locale. */
export const templatesFor = (locale: unknown): Templates =>
  byLocale[isLocale(locale) ? locale : defaultLocale]

/**
 * A country's name in the mail's language; locale first, as `countryName` on the portal
 * (site/lib/format.ts). @example countryName('bg', 'DE') // 'Германия'
 */
export function countryName(locale: Locale, code: string | null | undefined): string | null {
  if (!code) return null
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * The plain text as simple HTML: escaped, paragraphs kept, web addresses made clickable. One
 * source for both parts of a message, so they never say different things.
 */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((block) => {
    const html = escapeHtml(block)
      .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
      .replace(/\n/g, '<br>\n')
    return `<p>${html}</p>`
  })
  return `<!doctype html><html><body>\n${paragraphs.join('\n')}\n</body></html>`
}
