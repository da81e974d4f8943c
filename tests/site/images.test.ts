import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type Locale, localeCodes } from '@shared/locales'
import { label } from '../../site/lib/labels'
import { routeOf, urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import { decodeEntities, innerOf, parseHtml, type Tag } from '../helpers/siteHtml'

const site = loadSite()
const raster = /\.(png|jpe?g|gif|webp|avif)(\?|$)/i
const modern = /\.(webp|avif)(\?|$)/i

// Products that have an image in the seed data set: their page must show at least one, or the
// checks above would pass on a site that renders no image at all.
const seeded = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../content/products.json'), 'utf8'),
) as { slug: string; images?: unknown[] }[]
const withImages = new Set(seeded.filter((p) => p.images?.length).map((p) => p.slug))

/** The images inside <main> of a page, in document order. */
const mainImages = (file: string): Tag[] =>
  parseHtml(innerOf(site.read(file), 'main') ?? '').tags.filter((t) => t.name === 'img')

describe('images', () => {
  it('every image has alt text (empty when decorative), a width and a height', () => {
    const problems = new Set<string>()
    for (const file of site.htmlFiles) {
      for (const img of site.page(file).tags.filter((t) => t.name === 'img')) {
        const { src = '', alt, width, height } = img.attrs
        if (alt === undefined) problems.add(`${src} without alt`)
        if (!(Number(width) > 0 && Number(height) > 0))
          problems.add(`${src} without width/height (layout shift)`)
      }
    }
    expect([...problems].slice(0, 20)).toEqual([])
  })

  it('photos and screenshots come as WebP or AVIF in several sizes (srcset)', () => {
    const problems = new Set<string>()
    for (const file of site.htmlFiles) {
      for (const img of site.page(file).tags.filter((t) => t.name === 'img')) {
        const { src = '', srcset } = img.attrs
        if (!raster.test(src)) continue
        if (!modern.test(src)) problems.add(`${src}: not WebP/AVIF`)
        if (!srcset) problems.add(`${src}: no srcset`)
      }
    }
    expect([...problems].slice(0, 20)).toEqual([])
  })

  it('below the fold images load lazily: at most two eager images per page', () => {
    const eager = new Set<string>()
    for (const file of site.htmlFiles) {
      const images = mainImages(file).filter((img) => img.attrs.loading !== 'lazy')
      if (images.length > 2) eager.add(`${file}: ${images.length} images not lazy`)
    }
    expect([...eager].slice(0, 20)).toEqual([])
  })

  it('a product page shows an image when its product has one in the seed', () => {
    const pages: string[] = []
    const missing: string[] = []
    for (const locale of site.facts.locales) {
      for (const product of site.facts.docs.products[locale]) {
        if (!withImages.has(product.slug)) continue
        const file = site.fileFor(urlFor(locale as Locale, routeOf('products', product)))
        pages.push(file ?? product.slug)
        if (!file || !mainImages(file).some((img) => raster.test(img.attrs.src ?? '')))
          missing.push(file ?? `${locale}/${product.slug}: no page`)
      }
    }
    expect(pages.length, 'published products with a seeded image').toBeGreaterThan(0)
    expect(missing.slice(0, 20)).toEqual([])
  })

  it('the first product image on a product page has its alt text from the CMS', () => {
    const problems: string[] = []
    for (const locale of site.facts.locales) {
      for (const product of site.facts.docs.products[locale]) {
        const file = site.fileFor(urlFor(locale as Locale, routeOf('products', product)))
        if (!file) continue
        const first = mainImages(file).find((img) => raster.test(img.attrs.src ?? ''))
        if (first && !first.attrs.alt?.trim()) problems.push(`${file}: ${first.attrs.src}`)
      }
    }
    expect(problems.slice(0, 20)).toEqual([])
  })

  it("a postponed or cancelled event says so as HTML in the page's language, its banner has no words", () => {
    const problems: string[] = []
    let checked = 0
    for (const locale of localeCodes) {
      for (const doc of site.facts.docs.events[locale]) {
        if (doc.status !== 'postponed' && doc.status !== 'cancelled') continue
        const url = urlFor(locale, routeOf('events', doc))
        const file = site.fileFor(url)
        if (!file) {
          problems.push(`${url}: missing`)
          continue
        }
        checked++
        const main = innerOf(site.read(file), 'main') ?? ''
        const badge = new RegExp(`<span[^>]*class="[^"]*badge-${doc.status}[^"]*"[^>]*>([^<]*)<`)
        // Soft hyphens (cms/build/softHyphens.ts) show only where a line breaks.
        const text = decodeEntities(badge.exec(main)?.[1] ?? '')
          .replaceAll('\u00AD', '')
          .trim()
        const expected = label(locale, 'event.status', doc.status)
        if (text !== expected) problems.push(`${url}: badge "${text}", expected "${expected}"`)
        // The banner's alt text names the event in the page's language and describes a scene.
        const banner = mainImages(file).find((img) => img.attrs.alt?.includes(doc.title))
        if (!banner) problems.push(`${url}: no banner whose alt names "${doc.title}"`)
        if (locale !== 'en' && /postponed|cancelled/i.test(banner?.attrs.alt ?? ''))
          problems.push(`${url}: English status in the banner's alt text`)
      }
    }
    expect(problems).toEqual([])
    expect(checked).toBeGreaterThanOrEqual(localeCodes.length * 2)
  })
})
