import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { pairsPerProduct } from '../../site/lib/compare'
import { urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import { tagsNamed, textOf } from '../helpers/siteHtml'

const site = loadSite()
const { facts } = site
const seed = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../content/products.json'), 'utf8'),
) as { slug: string; draft?: boolean; references?: { outcome: Record<string, string> }[] }[]

/** The hrefs of a page's links that lead to pair comparisons. */
const pairLinks = (file: string) =>
  tagsNamed(site.page(file), 'a')
    .map((a) => a.attrs.href ?? '')
    .filter((href) => /\/compare\/[a-z0-9-]+--[a-z0-9-]+\/$/.test(href))

const productFile = (locale: string, slug: string) =>
  site.fileFor(urlFor(locale as 'en', { kind: 'product', slug }))!

describe('comparing products', () => {
  it('every product page offers up to three ready-made comparisons, and each exists', () => {
    for (const locale of localeCodes) {
      const pairs = new Set<string>()
      for (const { slug } of facts.docs.products[locale]) {
        const links = pairLinks(productFile(locale, slug))
        expect(links.length, `${locale}/${slug}`).toBeLessThanOrEqual(pairsPerProduct)
        for (const href of links) {
          expect(site.fileFor(href), href).toBeDefined()
          pairs.add(href)
        }
      }
      expect(pairs.size, locale).toBeGreaterThan(facts.docs.products[locale].length / 2)
      // One page per pair, not per product and direction: linear in the catalogue.
      const built = site.localePages(locale).filter((f) => /^[a-z]+\/compare\/.+--/.test(f))
      expect(built.length, locale).toBe(pairs.size)
      expect(built.length).toBeLessThanOrEqual(pairsPerProduct * facts.docs.products[locale].length)
    }
  })

  it('a pair page shows both products side by side, with price and certifications, without JavaScript', () => {
    const file = site.fileFor(
      urlFor('de', { kind: 'comparePair', a: 'orbitsoft-erp-flow', b: 'orbitsoft-erp-flow' }),
    )
    expect(file).toBeUndefined() // never a product with itself
    const href = pairLinks(productFile('de', 'orbitsoft-crm-forge'))[0]
    const page = site.read(site.fileFor(href)!)
    const columns = [...page.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/gs)].map((m) =>
      textOf(m[1]),
    )
    expect(columns).toHaveLength(2)
    expect(columns).toContain('OrbitSoft CRM Forge')
    const rows = [...page.matchAll(/<th scope="row"[^>]*>(.*?)<\/th>/gs)].map((m) => textOf(m[1]))
    expect(rows).toEqual(expect.arrayContaining(['Bereitstellung', 'Preis', 'Zertifizierungen']))
    expect(textOf(page)).toMatch(/ab 29 € pro Nutzer und Monat/)
    expect(page).not.toMatch(/<script[^>]*type="module"/)
  })

  it('each product has its comparison column as JSON, in each language', () => {
    for (const locale of localeCodes)
      for (const { slug } of facts.docs.products[locale]) {
        const file = `${locale}/compare/${slug}.json`
        expect(site.files, file).toContain(file)
      }
    const card = JSON.parse(site.read('en/compare/orbitsoft-erp-flow.json'))
    expect(card).toMatchObject({
      slug: 'orbitsoft-erp-flow',
      url: '/en/catalogue/orbitsoft-erp-flow/',
    })
    expect(card.cells.price).toEqual(['from €24,000 one-off'])
    expect(card.alternatives.length).toBeGreaterThan(0)
  })

  it('the comparison page carries its island and says what to do without JavaScript', () => {
    for (const locale of localeCodes) {
      const page = site.read(site.fileFor(urlFor(locale, { kind: 'compare' }))!)
      expect(page).toContain('<astro-island')
      expect(page).toMatch(/<noscript>/)
    }
  })
})

describe('a product page helps a buyer decide', () => {
  it('shows the price the locale’s way, "on request" where asked', () => {
    const de = textOf(site.read(productFile('de', 'orbitsoft-erp-flow')))
    expect(de).toMatch(/Preis\s*ab 24\.000 € einmalig/)
    const bg = textOf(site.read(productFile('bg', 'orbitsoft-crm-forge')))
    expect(bg).toMatch(/от 29 € на потребител на месец/)
    const en = textOf(site.read(productFile('en', 'vitosha-health-it-his')))
    expect(en).toMatch(/Price on request/)
  })

  it('shows its references and certifications, and a member its references, in the page’s language', () => {
    const erp = seed.find((p) => p.slug === 'orbitsoft-erp-flow')!
    for (const locale of localeCodes) {
      const text = textOf(site.read(productFile(locale, 'orbitsoft-erp-flow')))
      expect(text).toContain(erp.references![0].outcome[locale])
      expect(text).toContain('ISO/IEC 27001:2022')
    }
    const member = textOf(
      site.read(site.fileFor(urlFor('de', { kind: 'member', slug: 'orbitsoft' }))!),
    )
    expect(member).toMatch(/Referenzen/)
    expect(member).toMatch(/elf deutschen und österreichischen Mittelständlern/)
  })

  it('puts the facts before the inquiry form in reading order (first on a phone)', () => {
    for (const locale of localeCodes)
      for (const { slug } of facts.docs.products[locale]) {
        const html = site.read(productFile(locale, slug))
        const factsAt = html.indexOf('id="facts"')
        const formAt = html.indexOf('id="inquiry"')
        expect(factsAt, `${locale}/${slug}`).toBeGreaterThan(0)
        expect(formAt, `${locale}/${slug}`).toBeGreaterThan(factsAt)
      }
  })

  it('has a brochure to download for every seeded product, marked as English', () => {
    for (const { slug } of seed.filter((p) => !p.draft)) {
      const links = tagsNamed(site.page(productFile('de', slug)), 'a').filter(
        (a) => a.attrs.type === 'application/pdf',
      )
      expect(links.length, slug).toBe(1)
      expect(links[0].attrs.hreflang, slug).toBe('en')
    }
  })
})
