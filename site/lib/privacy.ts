import type { Locale } from '@shared/locales'
import { entryBySlug } from './entries'
import { urlFor } from './urls'

/**
 * Address of the privacy notice in a locale: a CMS page with the slug `privacy`
 * (content/pages.json); undefined where there is none, and the forms then name no link.
 */
export async function privacyUrl(locale: Locale): Promise<string | undefined> {
  const page = await entryBySlug('pages', locale, 'privacy')
  return page ? urlFor(locale, { kind: 'page', slug: page.slug }) : undefined
}
