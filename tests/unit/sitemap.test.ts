import sitemap, { type SitemapItem } from '@astrojs/sitemap'
import { describe, expect, it } from 'vitest'

import { portalSitemap } from '@cms/build/sitemap'
import { defaultLocale, localeCodes } from '@shared/locales'
import { runSitemap, testSite } from '../helpers/sitemapRun'

/**
 * The sitemap as @astrojs/sitemap made it with its own i18n grouping (astro.config.mjs before
 * step 9): the reference the linear grouping must match byte for byte.
 */
const reference = () => [
  sitemap({
    i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
    filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    serialize: (item: SitemapItem) => {
      if (!item.links) return item
      const chooser = item.links.find((link) => new URL(link.url).pathname === '/')
      const localized = item.links.filter((link) => link !== chooser)
      const fallback = chooser ?? localized.find((link) => link.lang === defaultLocale)
      if (fallback) item.links = [...localized, { lang: 'x-default', url: fallback.url }]
      return item
    },
  }),
]

/** A portal-shaped page list: chooser, home pages, numbered pages, gaps, unprefixed pages, 404s. */
function pages(products: number): string[] {
  const list = ['', '404/', 'data/products.json', 'robots.txt']
  for (const locale of localeCodes) {
    list.push(`${locale}/`, `${locale}/404/`, `${locale}/search/`, `${locale}/catalogue/`)
    for (let i = 1; i <= products; i++) list.push(`${locale}/catalogue/product-${i}/`)
    for (let page = 2; page <= Math.ceil(products / 12); page++)
      list.push(`${locale}/catalogue/page/${page}/`)
  }
  // Pages one locale lacks (an event only in German), and one only the default locale has.
  list.push(
    'de/events/nur-deutsch/',
    'en/events/english-only/',
    'bg/events/both/',
    'en/events/both/',
  )
  return list
}

const urlsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])

describe('the sitemap', () => {
  it('is byte-identical to the one @astrojs/sitemap grouped itself', async () => {
    const list = pages(40)
    const before = await runSitemap(reference(), list)
    const after = await runSitemap([portalSitemap()], list)
    expect(Object.keys(after).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml'])
    expect(after).toEqual(before)
  })

  it('gives a page its versions in every locale and x-default, and leaves out the 404 pages', async () => {
    const xml = (await runSitemap([portalSitemap()], pages(3)))['sitemap-0.xml']!
    const entry = (url: string) => {
      const start = xml.indexOf(`<loc>${testSite}${url}</loc>`)
      return xml.slice(start, xml.indexOf('</url>', start))
    }
    expect(urlsOf(xml).filter((u) => u.includes('404'))).toEqual([])
    const product = entry('/bg/catalogue/product-2/')
    for (const locale of localeCodes)
      expect(product).toContain(
        `hreflang="${locale}" href="${testSite}/${locale}/catalogue/product-2/"`,
      )
    expect(product).toContain(`hreflang="x-default" href="${testSite}/en/catalogue/product-2/"`)
    // The home pages' x-default is the language chooser, which has no language of its own.
    const home = entry('/de/')
    expect(home).toContain(`hreflang="x-default" href="${testSite}/"`)
    expect(home).not.toContain(`hreflang="en" href="${testSite}/"`)
    // A page in one locale only has no alternates; one in two has those two and x-default.
    expect(entry('/de/events/nur-deutsch/')).not.toContain('hreflang')
    const both = entry('/bg/events/both/')
    expect(both.match(/hreflang="[^"]+"/g)).toEqual([
      'hreflang="bg"',
      'hreflang="en"',
      'hreflang="x-default"',
    ])
  })
})
