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

type Entry = { loc: string; 'xhtml:link'?: Link[] }

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
      const home = localeCodes.some((l) => path === `/${l}/`)
      for (const link of links) {
        const target = new URL(link['@_href']).pathname
        // x-default: the language chooser for the home pages, else the default locale's page.
        const expected = link['@_hreflang'] === 'x-default' ? defaultLocale : link['@_hreflang']
        const toChooser = link['@_hreflang'] === 'x-default' && home
        if (toChooser ? target !== '/' : localeOf(target) !== expected)
          problems.push(`${path}: hreflang ${link['@_hreflang']} -> ${target}`)
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
  })

  it('lists the same hreflang set as the pages, on every page the set names (both ways)', () => {
    const entries = new Map(sitemapEntries().map((e) => [e.loc, setKey(e['xhtml:link'] ?? [])]))
    const problems: string[] = []
    for (const [loc, key] of entries) {
      const file = site.fileFor(new URL(loc).pathname)!
      const own = setKey(
        site
          .page(file)
          .tags.filter((t) => t.name === 'link' && t.attrs.rel === 'alternate' && t.attrs.hreflang)
          .map((t) => ({ '@_hreflang': t.attrs.hreflang, '@_href': t.attrs.href })),
      )
      if (key !== own) problems.push(`${loc}: sitemap ${key}, page ${own}`)
      for (const href of key.split(' ').map((pair) => pair.slice(pair.indexOf('=') + 1))) {
        if (href && entries.get(href) !== key)
          problems.push(`${loc} names ${href}, whose sitemap set is ${entries.get(href)}`)
      }
    }
    // The chooser is listed, as the home pages' x-default.
    expect(entries.get(`${origin}/`)).toBe(
      setKey([
        ...localeCodes.map((l) => ({ '@_hreflang': l, '@_href': `${origin}/${l}/` })),
        { '@_hreflang': 'x-default', '@_href': `${origin}/` },
      ]),
    )
    expect(problems.slice(0, 20)).toEqual([])
  })
})

type Link = { '@_hreflang': string; '@_href': string }

/** A hreflang set as one comparable string: `lang=href` pairs, sorted. */
const setKey = (links: Link[]) =>
  links
    .map((l) => `${l['@_hreflang']}=${l['@_href']}`)
    .sort()
    .join(' ')
