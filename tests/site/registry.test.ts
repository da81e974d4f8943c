import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { shownConnections } from '../../site/lib/registry'
import { urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'

const site = loadSite()

type Link = { slug: string; name: string; url: string }
type Line = { product: Link; member: Link | null }
type ProtocolRecord = { slug: string; name: string; providers: Line[]; consumers: Line[] }
type ConnectionRecord = {
  slug: string
  consumer: Link
  provider: Link
  reasons: { protocol: Link }[]
}

const data = <T>(locale: string, name: string) =>
  (JSON.parse(site.read(`data/${locale}/${name}.json`)) as { items: T[] }).items
const documentOf = (url: string) => {
  const file = site.fileFor(url)
  expect(file, url).toBeDefined()
  return parseDocument(site.read(file!))
}
const pathOf = (url: string) => new URL(url).pathname
/** A link as the pages write it: path and anchor, without the site's origin. */
const hrefOf = (url: string) => {
  const { pathname, hash } = new URL(url)
  return pathname + hash
}
const text = (node: Parameters<typeof DomUtils.textContent>[0]) =>
  DomUtils.textContent(node).replaceAll('\u00ad', '').replace(/\s+/g, ' ').trim()

describe('the interoperability registry page', () => {
  it.each(localeCodes)(
    '(%s) lists every protocol with the products that provide and consume it, and their makers',
    (locale) => {
      const doc = documentOf(urlFor(locale, { kind: 'integrations' }))
      const protocols = data<ProtocolRecord>(locale, 'interfaces')
      expect(protocols.length).toBeGreaterThan(0)
      for (const protocol of protocols) {
        const entry = DomUtils.findOne((e) => e.attribs.id === protocol.slug, doc.children)
        expect(entry, protocol.slug).not.toBeNull()
        const hrefs = DomUtils.findAll((e) => e.name === 'a', [entry!]).map((a) => a.attribs.href)
        for (const line of [...protocol.providers, ...protocol.consumers]) {
          expect(hrefs, `${protocol.slug}: ${line.product.slug}`).toContain(
            pathOf(line.product.url),
          )
          if (line.member) expect(hrefs).toContain(pathOf(line.member.url))
        }
        const side = (name: string) =>
          DomUtils.findOne((e) => e.attribs.class?.includes(`registry-${name}`), [entry!])!
        expect(
          DomUtils.findAll((e) => e.name === 'li', [side('providers')]).length,
          protocol.slug,
        ).toBe(protocol.providers.length)
        expect(DomUtils.findAll((e) => e.name === 'li', [side('consumers')]).length).toBe(
          protocol.consumers.length,
        )
      }
    },
  )

  it('a buyer finds at once which members speak PEPPOL: an overview link, providers and consumers', () => {
    const protocols = data<ProtocolRecord>('en', 'interfaces')
    const peppol = protocols.find((p) => /peppol/i.test(p.name))
    expect(peppol, 'the seed has a PEPPOL protocol').toBeDefined()
    expect(peppol!.providers.length).toBeGreaterThan(0)
    expect(peppol!.consumers.length).toBeGreaterThan(0)
    const makers = new Set([...peppol!.providers, ...peppol!.consumers].map((l) => l.member?.slug))
    expect(makers.size, 'PEPPOL products of several members').toBeGreaterThan(1)
    const doc = documentOf(urlFor('en', { kind: 'integrations' }))
    const glance = DomUtils.findOne((e) => e.attribs.class === 'registry-glance', doc.children)!
    const link = DomUtils.findOne(
      (e) => e.name === 'a' && e.attribs.href === `#${peppol!.slug}`,
      [glance],
    )
    expect(link, 'the overview links PEPPOL').not.toBeNull()
  })

  it.each(localeCodes)('(%s) embeds the filter island and is in the search index', (locale) => {
    const html = site.read(site.fileFor(urlFor(locale, { kind: 'integrations' }))!)
    expect(html).toMatch(/<astro-island[^>]+component-url="[^"]*RegistryFilter/)
    expect(html).toContain('data-pagefind-body')
    const index = JSON.parse(site.read(`${locale}/integrations/registry.json`)) as {
      registry: { families: { protocols: { slug: string }[] }[] }
    }
    expect(index.registry.families.flatMap((f) => f.protocols.map((p) => p.slug)).sort()).toEqual(
      data<ProtocolRecord>(locale, 'interfaces')
        .map((p) => p.slug)
        .sort(),
    )
  })

  it.each(localeCodes)('(%s) is linked from the main navigation and the sitemap', (locale) => {
    const home = documentOf(urlFor(locale, { kind: 'home' }))
    const nav = DomUtils.findOne((e) => e.attribs.class === 'main-nav', home.children)!
    const hrefs = DomUtils.findAll((e) => e.name === 'a', [nav]).map((a) => a.attribs.href)
    expect(hrefs).toContain(urlFor(locale, { kind: 'integrations' }))
    const sitemap = site.files
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => site.read(f))
      .join('')
    expect(sitemap).toContain(`/${locale}/integrations/</loc>`)
  })
})

describe('interfaces and computed connections on product pages', () => {
  it.each(localeCodes)(
    '(%s) every connection shows on both products, the first few each way by name and then how many more, with its protocol linked to the registry',
    (locale) => {
      const connections = data<ConnectionRecord>(locale, 'connections')
      expect(connections.length, 'the seed has connections across members').toBeGreaterThan(0)
      const sides = new Map<
        string,
        { url: string; uses: ConnectionRecord[]; usedBy: ConnectionRecord[] }
      >()
      const sideOf = (p: Link) => {
        if (!sides.has(p.slug)) sides.set(p.slug, { url: p.url, uses: [], usedBy: [] })
        return sides.get(p.slug)!
      }
      for (const c of connections) {
        sideOf(c.consumer).uses.push(c)
        sideOf(c.provider).usedBy.push(c)
      }
      let capped = 0
      for (const [slug, side] of sides) {
        const doc = documentOf(pathOf(side.url))
        const items = DomUtils.findAll(
          (e) => e.attribs['data-connection'] !== undefined,
          doc.children,
        )
        const more = DomUtils.findAll((e) => e.attribs.class === 'connection-more', doc.children)
        for (const [key, list] of [
          ['uses', side.uses],
          ['usedBy', side.usedBy],
        ] as const) {
          const listed = items.filter((e) =>
            key === 'uses'
              ? e.attribs['data-connection']!.startsWith(`${slug}--`)
              : e.attribs['data-connection']!.endsWith(`--${slug}`),
          )
          // The others by name in the page's language: the first ones are listed, in that order.
          const otherOf = (c: ConnectionRecord) => (key === 'uses' ? c.provider : c.consumer)
          const collator = new Intl.Collator(locale)
          const byName = [...list].sort((a, b) =>
            collator.compare(otherOf(a).name, otherOf(b).name),
          )
          expect(
            listed.map((e) => e.attribs['data-connection']),
            `${slug}: ${key}`,
          ).toEqual(byName.slice(0, shownConnections).map((c) => c.slug))
          if (list.length > shownConnections) {
            capped++
            expect(more.map(text).join(' ')).toContain(String(list.length - shownConnections))
          }
          for (const item of listed) {
            const c = list.find((x) => x.slug === item.attribs['data-connection'])
            expect(c, `${slug}: ${item.attribs['data-connection']}`).toBeDefined()
            const other = otherOf(c!)
            const hrefs = DomUtils.findAll((e) => e.name === 'a', [item]).map((a) => a.attribs.href)
            expect(hrefs).toContain(pathOf(other.url))
            for (const r of c!.reasons) expect(hrefs).toContain(hrefOf(r.protocol.url))
          }
        }
      }
      if (locale === 'en')
        console.log(`${sides.size} products with connections, ${capped} lists capped`)
    },
  )

  it('a product page names its interfaces in a table and in its JSON-LD', () => {
    const protocols = data<ProtocolRecord>('en', 'interfaces')
    const line = protocols.flatMap((p) => p.providers.map((l) => ({ p, l })))[0]
    expect(line).toBeDefined()
    const file = site.fileFor(pathOf(line.l.product.url))!
    const doc = parseDocument(site.read(file))
    const table = DomUtils.findOne((e) => e.attribs.class === 'interfaces-table', doc.children)
    expect(table).not.toBeNull()
    expect(text(table!)).toContain(line.p.name)
    const ld = site
      .page(file)
      .scripts.filter((s) => s.attrs.type === 'application/ld+json')
      .map(
        (s) =>
          JSON.parse(s.body) as {
            additionalProperty?: { valueReference: Link & { termCode: string } }[]
          },
      )
    const terms = ld
      .flatMap((n) => n.additionalProperty ?? [])
      .map((p) => p.valueReference.termCode)
    expect(terms).toContain(line.p.slug)
  })
})
