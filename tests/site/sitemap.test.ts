import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { defaultLocale, localeCodes } from '@shared/locales'
import { loadSite } from '../helpers/siteDist'
import { urlPathOf } from '../helpers/siteHtml'

const site = loadSite()
const origin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin
const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
})

type Entry = { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }

function parse(file: string) {
  const text = site.read(file)
  expect(XMLValidator.validate(text), file).toBe(true)
  return xml.parse(text)
}

/** Every <url> of every sitemap the index lists. */
function sitemapEntries(): Entry[] {
  const index = parse('sitemap-index.xml') as { sitemapindex: { sitemap: { loc: string }[] } }
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = new URL(loc).pathname.slice(1)
    expect(site.files, loc).toContain(file)
    return (parse(file) as { urlset: { url: Entry[] } }).urlset.url
  })
}

const localeOf = (path: string) => localeCodes.find((l) => path.startsWith(`/${l}/`))

describe('sitemap and robots.txt', () => {
  it('robots.txt points crawlers at the sitemap', () => {
    expect(site.files).toContain('robots.txt')
    expect(site.read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`)
    expect(site.files).toContain('sitemap-index.xml')
  })

  it('lists every page of every locale once', () => {
    const listed = sitemapEntries().map((e) => new URL(e.loc).pathname)
    expect(listed.length).toBe(new Set(listed).size)
    const pages = site.htmlFiles
      .filter((f) => localeOf('/' + f) && !/(^|\/)404(\/index)?\.html$/.test(f))
      .map(urlPathOf)
    expect(pages.filter((p) => !listed.includes(p)).slice(0, 20)).toEqual([])
    expect(listed.filter((p) => !site.fileFor(p)).slice(0, 20)).toEqual([])
  })

  it('gives each localized page one alternate per locale, in that locale, plus x-default', () => {
    const problems: string[] = []
    for (const entry of sitemapEntries()) {
      const path = new URL(entry.loc).pathname
      if (!localeOf(path)) continue
      const links = entry['xhtml:link'] ?? []
      const langs = links.map((l) => l['@_hreflang'])
      if (langs.length !== new Set(langs).size) problems.push(`${path}: repeated hreflang ${langs}`)
      for (const locale of localeCodes)
        if (!langs.includes(locale)) problems.push(`${path}: no ${locale}`)
      if (!langs.includes('x-default')) problems.push(`${path}: no x-default`)
      for (const link of links) {
        const target = new URL(link['@_href']).pathname
        // x-default points at the default locale's version, like the pages' own <link>s.
        const expected = link['@_hreflang'] === 'x-default' ? defaultLocale : link['@_hreflang']
        if (localeOf(target) !== expected)
          problems.push(`${path}: hreflang ${link['@_hreflang']} -> ${target}`)
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
  })
})
