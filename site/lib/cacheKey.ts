import crypto from 'node:crypto'

import type { Locale } from '@shared/locales'
import { getSettings } from './cms'
import { digestOf, entriesOf } from './entries'
import { cmsUrl } from '../islands/forms/build'

/**
 * The `cacheKey` a page returns from getStaticPaths for Astro's incremental build
 * (astro.config.mjs, `experimental.incrementalBuild`): Astro copies a page from the last build,
 * instead of rendering it, when its key and its code are both unchanged. Astro hashes the code
 * itself (the page's module graph, the UI catalogues with it); the key must cover every piece
 * of content the page shows: its own document, the documents it copies from (maker, categories,
 * images, other products in a list), anything computed across documents (connections, counts),
 * and any value read from the clock (an event's phase, not the date: a page must come out
 * exactly as a full build would make it).
 *
 * Every key also covers what every page shows or is built with: the settings global of the
 * page's locale (cluster name, contacts, footer links), the standing pages the footer links by
 * title, and the CMS address the forms post to.
 *
 * An input that is an entry as read from the store (a product, a member) enters as the digest
 * the loader stored with it, which covers all its data, instead of the whole document as JSON,
 * stringified again for each of its pages. Anything else enters as its JSON.
 *
 * @example cacheKey('en', product, maker, categories) // 'f3a1…' (64 hex digits)
 */
export async function cacheKey(locale: Locale, ...inputs: unknown[]): Promise<string> {
  const texts = inputs.map((input) => {
    if (typeof input !== 'object' || input === null) return JSON.stringify(input) ?? 'undefined'
    const digest = digestOf(input)
    // A digest cannot pass for a JSON text: no JSON value starts with a letter but true, false
    // and null.
    if (digest !== undefined) return `entry ${digest}`
    let text = stringified.get(input)
    if (text === undefined) stringified.set(input, (text = JSON.stringify(input) ?? 'undefined'))
    return text
  })
  // The same bytes as an update per input and separator, hashed in one call.
  return crypto.hash('sha256', [await siteInputs(locale), ...texts].join('\0'))
}

/**
 * The JSON of each object input, by the object: one object is often an input of thousands of
 * keys (the forms' inputs of a locale, the API reference shared by every product that names the
 * same description). At 50,000 products, stringifying inputs took 30 s of getStaticPaths.
 * Inputs are what the pages read, made once per build and not changed after.
 */
const stringified = new WeakMap<object, string>()

const siteInputsByLocale = new Map<Locale, Promise<string>>()

/**
 * What every page of a locale shows besides its own content, read once per build, as its
 * digest: hashed into 130,000 keys at 10,000 products, the settings themselves would be hashed
 * 130,000 times.
 */
function siteInputs(locale: Locale): Promise<string> {
  let inputs = siteInputsByLocale.get(locale)
  if (!inputs) {
    inputs = Promise.all([getSettings(locale), entriesOf('pages', locale)]).then(
      ([settings, pages]) =>
        crypto
          .createHash('sha256')
          .update(
            JSON.stringify({
              settings,
              cmsUrl: cmsUrl(),
              // The footer links every standing page by its title (layouts/Base.astro).
              footer: pages.map((page) => [page.slug, page.title]),
            }),
          )
          .digest('hex'),
    )
    siteInputsByLocale.set(locale, inputs)
  }
  return inputs
}
