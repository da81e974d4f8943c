/**
 * The cluster map as built: every member and partner listed (no JavaScript needed), every
 * located one inside a marker that is inside its drawing, known cities where the projection
 * puts them, grouped markers labelled with their count, locator maps on member pages and
 * partner entries, and nothing loaded from another host.
 */
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { t } from '../../site/i18n/t'
import { mapWidths } from '../../site/lib/mapView'
import { urlFor } from '../../site/lib/urls'
import { countryMap, type LngLat } from '../../site/lib/worldMap'
import members from '../../content/members.json'
import { loadSite } from '../helpers/siteDist'
import { decodeEntities, type Tag, tagsNamed } from '../helpers/siteHtml'

const site = loadSite()
const { facts } = site

const mapFile = (locale: string) => site.fileFor(urlFor(locale as 'en', { kind: 'map' }))!

/** The markers of one panel (a <figure id=…>) as attributes, with their circle's geometry. */
function markersOf(html: string, panel: string) {
  const figure = html.slice(html.indexOf(`<figure class="map-panel" id="${panel}"`))
  const svg = figure.slice(0, figure.indexOf('</svg>'))
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!
  const markers = [...svg.matchAll(/<a ([^>]*data-map-marker[^>]*)>([\s\S]*?)<\/a>/g)].map(
    ([, attrs, inner]) => {
      const attr = (name: string) =>
        decodeEntities(new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1] ?? '')
      const circle = /<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/.exec(inner!)!
      const count = /data-map-count[^>]*>([^<]*)</.exec(inner!)?.[1]
      return {
        href: attr('href'),
        label: attr('aria-label'),
        items: attr('data-items').split(' '),
        place: attr('data-place'),
        x: Number(circle[1]),
        y: Number(circle[2]),
        r: Number(circle[3]),
        count,
      }
    },
  )
  return { width: Number(viewBox[1]), height: Number(viewBox[2]), markers }
}

const located = members.filter((m) => m.location?.lat != null)

describe('the cluster map page', () => {
  for (const locale of localeCodes) {
    it(`lists every member and partner, each linked to its profile (${locale})`, () => {
      const file = mapFile(locale)
      expect(file, `/${locale}/map/`).toBeDefined()
      const rows = new Map(
        tagsNamed(site.page(file), 'li')
          .filter((tag: Tag) => tag.attrs['data-map-item'])
          .map((tag: Tag) => [tag.attrs.id, tag]),
      )
      const html = site.read(file)
      for (const m of facts.docs.members[locale]) {
        expect(rows.has(`member-${m.slug}`), m.slug).toBe(true)
        expect(html).toContain(`href="${urlFor(locale, { kind: 'member', slug: m.slug })}"`)
      }
      for (const p of facts.docs.partners[locale]) {
        expect(rows.has(`partner-${p.slug}`), p.slug).toBe(true)
        expect(html).toContain(`href="${urlFor(locale, { kind: 'partners', anchor: p.slug })}"`)
      }
      expect(rows.size).toBe(facts.docs.members[locale].length + facts.docs.partners[locale].length)
    })
  }

  it('puts every located member in a marker inside the home panel, and every partner on Europe', () => {
    const html = site.read(mapFile('en'))
    const home = markersOf(html, 'map-home')
    const onHome = new Set(home.markers.flatMap((m) => m.items))
    for (const m of located) expect(onHome.has(`member-${m.slug}`), m.slug).toBe(true)
    const europe = markersOf(html, 'map-europe')
    const onEurope = new Set(europe.markers.flatMap((m) => m.items))
    for (const p of facts.docs.partners.en) expect(onEurope.has(`partner-${p.slug}`)).toBe(true)
    for (const panel of [home, europe])
      for (const m of panel.markers) {
        expect(m.x - m.r, m.label).toBeGreaterThanOrEqual(0)
        expect(m.y - m.r, m.label).toBeGreaterThanOrEqual(0)
        expect(m.x + m.r, m.label).toBeLessThanOrEqual(panel.width)
        expect(m.y + m.r, m.label).toBeLessThanOrEqual(panel.height)
      }
  })

  it('draws Sofia and Varna where the projection puts the mean of their members', () => {
    const bg = countryMap('BG', { width: mapWidths.home })!
    const home = markersOf(site.read(mapFile('en')), 'map-home')
    for (const city of ['Sofia', 'Varna']) {
      const points = located
        .filter((m) => m.city === city)
        .map((m) => bg.project([m.location.lng, m.location.lat] as LngLat)!)
      const mean = [0, 1].map((i) => points.reduce((s, p) => s + p[i]!, 0) / points.length)
      const marker = home.markers.find((m) => m.place === city)!
      expect(marker.x).toBeCloseTo(mean[0]!, 0)
      expect(marker.y).toBeCloseTo(mean[1]!, 0)
    }
  })

  it('labels a grouped marker with its place and count, and links it to its list section', () => {
    for (const locale of localeCodes) {
      const html = site.read(mapFile(locale))
      const sofia = markersOf(html, 'map-home').markers.find((m) => m.place === 'Sofia')!
      const count = located.filter((m) => m.city === 'Sofia').length
      expect(sofia.count).toBe(String(count))
      expect(sofia.label).toBe(t(locale, 'map.marker.group', { place: 'Sofia', count }))
      expect(sofia.href).toMatch(/^#map-/)
      expect(html).toContain(`<section id="${sofia.href.slice(1)}"`)
    }
  })

  it('loads nothing from another host', () => {
    for (const file of [mapFile('en'), site.fileFor('/bg/partners/')!]) {
      const page = site.page(file)
      // What a browser fetches by itself: scripts, styles, fonts, images, frames.
      const fetched = (tag: Tag) =>
        tag.name === 'link'
          ? /\b(stylesheet|preload|modulepreload|icon|prefetch)\b/.test(tag.attrs.rel ?? '')
          : ['script', 'img', 'source', 'iframe', 'image', 'use', 'video', 'audio'].includes(
              tag.name,
            )
      const sources = page.tags
        .filter(fetched)
        .flatMap((tag: Tag) => [tag.attrs.src, tag.attrs.href, tag.attrs.srcset].filter(Boolean))
      expect(sources.length, file).toBeGreaterThan(0)
      for (const source of sources) expect(source, file).not.toMatch(/^(https?:)?\/\//)
    }
  })
})

describe('locator maps', () => {
  it('on every located member’s page, linking to its row on the cluster map', () => {
    for (const m of located) {
      const html = site.read(site.fileFor(urlFor('de', { kind: 'member', slug: m.slug }))!)
      expect(html, m.slug).toContain('class="locator-map"')
      expect(html).toContain(`href="/de/map/#member-${m.slug}"`)
    }
  })

  it('on every located partner’s entry', () => {
    const html = site.read(site.fileFor('/en/partners/')!)
    for (const p of facts.docs.partners.en)
      expect(html, p.slug).toContain(`href="/en/map/#partner-${p.slug}"`)
  })
})
