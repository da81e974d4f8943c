import type { Locale } from '@shared/locales'
import { isLocale } from '../lib/catalogue'

/**
 * Points the header's language links (site/layouts/Base.astro, `data-language-link`) at the
 * same view in each language, e.g. the filtered, sorted third page of the catalogue: an island
 * that keeps its state in the URL calls this whenever it changes the URL. Without JavaScript
 * the links lead to the same static page, which is all the state a static page has.
 */
export function keepStateInLanguageLinks(hrefIn: (locale: Locale) => string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
    if (isLocale(link.hreflang)) link.href = hrefIn(link.hreflang)
  }
}
