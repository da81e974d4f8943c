import { describe, expect, it } from 'vitest'

import { defaultLocale, localeCodes } from '@shared/locales'
import { loadSite } from '../helpers/siteDist'
import { type Tag, urlPathOf } from '../helpers/siteHtml'

const site = loadSite()
const origin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin

/** Every URL a tag points at: href, src, and each candidate of a srcset. */
function urlsOf(tag: Tag): string[] {
  const out: string[] = []
  for (const attr of ['href', 'src', 'poster']) if (tag.attrs[attr]) out.push(tag.attrs[attr])
  for (const attr of ['srcset', 'imagesrcset']) {
    for (const candidate of (tag.attrs[attr] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0]
      if (url) out.push(url)
    }
  }
  return out
}

/** The site path of an internal URL (root-relative or on the site's origin); else undefined. */
function internalPath(url: string, from: string): string | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(url)) return undefined
  const resolved = new URL(url, origin + from)
  return resolved.origin === origin ? resolved.pathname + resolved.hash : undefined
}

const localeOf = (urlPath: string) => localeCodes.find((l) => urlPath.startsWith(`/${l}/`))
/** Pages (not files such as feeds, data, images) are what a link may not leave its locale for. */
const isPage = (file: string) => file.endsWith('.html')
/** A 404 page is served at any address, so it has no canonical URL or alternates of its own. */
const is404 = (file: string) => /(^|\/)404(\/index)?\.html$/.test(file)

describe('links in the built site', () => {
  it('every internal href and src resolves to a file in the build', () => {
    const broken = new Map<string, string[]>()
    for (const file of site.htmlFiles) {
      const from = urlPathOf(file)
      for (const tag of site.page(file).tags) {
        for (const url of urlsOf(tag)) {
          const target = internalPath(url, from)
          if (target === undefined) continue
          const [pathPart, hash] = target.split('#')
          const targetFile = site.fileFor(pathPart)
          let problem: string | undefined
          if (!targetFile) problem = 'no such file'
          else if (
            hash &&
            targetFile.endsWith('.html') &&
            !hasId(targetFile, decodeURIComponent(hash))
          )
            problem = `no element with id "${hash}"`
          if (problem)
            broken.set(`${url} (${problem})`, [...(broken.get(`${url} (${problem})`) ?? []), from])
        }
      }
    }
    const report = [...broken].map(
      ([url, pages]) => `${url} on ${pages.length} pages, e.g. ${pages[0]}`,
    )
    expect(report).toEqual([])
  })

  it('links stay in the page language, except the language switcher and alternates', () => {
    const leaks = new Set<string>()
    for (const locale of localeCodes) {
      for (const file of site.localePages(locale)) {
        const from = urlPathOf(file)
        for (const tag of site.page(file).tags) {
          if (tag.name !== 'a' && tag.name !== 'area') continue
          // A link to this page in another language says so with hreflang (switcher, alternates).
          if (tag.attrs.hreflang) continue
          const target = internalPath(tag.attrs.href ?? '', from)
          if (target === undefined) continue
          const targetFile = site.fileFor(target.split('#')[0])
          if (targetFile && isPage(targetFile) && localeOf(target) !== locale)
            leaks.add(`${from} links ${tag.attrs.href}`)
        }
      }
    }
    expect([...leaks].slice(0, 30)).toEqual([])
  })

  it('every page has a canonical URL to itself and hreflang alternates for every locale and x-default', () => {
    const problems: string[] = []
    for (const locale of localeCodes) {
      for (const file of site.localePages(locale)) {
        if (is404(file)) continue
        const self = urlPathOf(file)
        const links = site.page(file).tags.filter((t) => t.name === 'link')
        const canonical = links.filter((t) => t.attrs.rel === 'canonical').map((t) => t.attrs.href)
        if (canonical.length !== 1 || canonical[0] !== origin + self)
          problems.push(`${self}: canonical ${JSON.stringify(canonical)}`)
        const langs = alternates(file)
        for (const l of [...localeCodes, 'x-default']) {
          if (!langs.has(l)) problems.push(`${self}: no hreflang ${l}`)
        }
        if (langs.get(locale) !== origin + self)
          problems.push(`${self}: hreflang ${locale} is ${langs.get(locale)}`)
      }
    }
    expect(problems.slice(0, 30)).toEqual([])
  })

  it('hreflang sets are symmetric: every page a set names carries the same set, x-default included', () => {
    const problems: string[] = []
    for (const file of hreflangPages()) {
      const self = origin + urlPathOf(file)
      const set = alternates(file)
      if (![...set.values()].includes(self)) problems.push(`${self}: not in its own hreflang set`)
      for (const [lang, href] of set) {
        const target = internalPath(href, '/')
        const targetFile = target === undefined ? undefined : site.fileFor(target)
        if (!targetFile) {
          problems.push(`${self}: hreflang ${lang} -> ${href} does not exist`)
          continue
        }
        if (lang !== 'x-default' && localeOf(target!) !== lang)
          problems.push(`${self}: hreflang ${lang} -> ${href}`)
        const back = alternates(targetFile)
        if (setKey(back) !== setKey(set))
          problems.push(`${self} names ${href} as ${lang}, which names ${setKey(back)}`)
      }
    }
    expect(problems.slice(0, 30)).toEqual([])
  })

  it('x-default is the language chooser for the home pages, else the default locale', () => {
    const chooser = alternates('index.html')
    expect(chooser.get('x-default')).toBe(`${origin}/`)
    for (const locale of localeCodes) expect(chooser.get(locale)).toBe(`${origin}/${locale}/`)
    const problems: string[] = []
    for (const file of hreflangPages().filter((f) => f !== 'index.html')) {
      const self = urlPathOf(file)
      const isHome = localeCodes.some((l) => self === `/${l}/`)
      const expected = isHome
        ? `${origin}/`
        : origin + self.replace(/^\/[^/]+\//, `/${defaultLocale}/`)
      const got = alternates(file).get('x-default')
      if (got !== expected) problems.push(`${self}: x-default ${got}, expected ${expected}`)
    }
    expect(problems.slice(0, 30)).toEqual([])
  })
})

/** Pages that carry hreflang alternates: the language chooser and every localized page but 404. */
function hreflangPages() {
  return site.htmlFiles.filter((f) => f === 'index.html' || (localeOf('/' + f) && !is404(f)))
}

/** A hreflang set as one comparable string, e.g. `bg=…/bg/ en=…/en/ x-default=…/`. */
function setKey(set: Map<string, string>) {
  return [...set]
    .map(([lang, href]) => `${lang}=${href}`)
    .sort()
    .join(' ')
}

function alternates(file: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const t of site.page(file).tags) {
    if (t.name === 'link' && t.attrs.rel === 'alternate' && t.attrs.hreflang)
      out.set(t.attrs.hreflang, t.attrs.href)
  }
  return out
}

function hasId(file: string, id: string): boolean {
  return site
    .page(file)
    .tags.some((t) => t.attrs.id === id || (t.name === 'a' && t.attrs.name === id))
}
