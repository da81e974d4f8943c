/**
 * The cluster map in Chromium: accessible (axe-core), asking no other host for anything, the
 * filter island hiding markers and rows and recounting groups, and readable without JavaScript.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { t } from '../../site/i18n/t'
import { urlFor } from '../../site/lib/urls'
import { axeViolations, openSite } from '../helpers/siteBrowser'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

const mapUrl = (locale: 'en' | 'bg' | 'de') => `${ctx.url}${urlFor(locale, { kind: 'map' })}`

/** Every request the page makes that leaves the portal's own origin. */
function foreignRequests(page: Page) {
  const foreign: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(ctx.url).origin) foreign.push(request.url())
  })
  return foreign
}

describe('the cluster map in a browser', () => {
  for (const [locale, scheme, width] of [
    ['en', 'light', 1280],
    ['bg', 'light', 390],
    ['en', 'dark', 390],
  ] as const) {
    it(`has no axe violations and loads nothing from another host (${locale}, ${scheme}, ${width} px)`, async () => {
      const page = await ctx.browser.newPage({
        colorScheme: scheme,
        viewport: { width, height: 900 },
      })
      const foreign = foreignRequests(page)
      for (const path of [
        urlFor(locale, { kind: 'map' }),
        urlFor(locale, { kind: 'partners' }),
        urlFor(locale, { kind: 'member', slug: ctx.site.facts.docs.members[locale][0]!.slug }),
      ]) {
        expect((await page.goto(`${ctx.url}${path}`))?.status(), path).toBe(200)
        await page.waitForLoadState('networkidle')
        expect(await axeViolations(page), path).toEqual([])
      }
      await page.goto(mapUrl(locale))
      await ctx.shoot(page, `map-${locale}-${scheme}-${width}`)
      expect(foreign).toEqual([])
      await page.close()
    })
  }

  it('shows one marker layer for the width: the wide one on a desktop, the phone’s on a phone', async () => {
    for (const [width, shown] of [
      [1280, 'wide'],
      [390, 'narrow'],
    ] as const) {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(mapUrl('en'))
      const visible = page.locator(`#map-home .map-layer-${shown} [data-map-marker]`).first()
      expect(await visible.isVisible(), `${width} px`).toBe(true)
      const other = shown === 'wide' ? 'narrow' : 'wide'
      expect(await page.locator(`#map-home .map-layer-${other}`).isVisible()).toBe(false)
      await page.close()
    }
  })

  it('filters by sector and kind: markers and rows hide, group counts follow, the URL keeps it', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(mapUrl('en'))
    const sofia = page.locator('#map-home .map-layer-wide [data-map-marker][data-place="Sofia"]')
    const before = Number(await sofia.locator('[data-map-count]').textContent())
    expect(before).toBeGreaterThan(1)
    const rows = page.locator('[data-map-item]:visible')
    const all = await rows.count()

    await page.getByLabel(t('en', 'map.filter.sector')).selectOption('healthtech')
    await expect.poll(() => rows.count()).toBeLessThan(all)
    // Vitosha Health IT is the one HealthTech member in Sofia; partners have no sector.
    expect(await sofia.locator('[data-map-count]').textContent()).toBe('1')
    expect(await sofia.getAttribute('aria-label')).toBe(
      t('en', 'map.marker.group', { place: 'Sofia', count: 1 }),
    )
    expect(await page.locator('[data-map-item^="partner-"]:visible').count()).toBe(0)
    expect(page.url()).toContain('?sector=healthtech')
    await expect
      .poll(() => page.locator('a[data-language-link][hreflang="bg"]').getAttribute('href'))
      .toContain('/bg/map/?sector=healthtech')

    await page.getByLabel(t('en', 'map.filter.sector')).selectOption('')
    await page.getByLabel(t('en', 'map.filter.kind')).selectOption('partner')
    await expect.poll(() => sofia.isVisible()).toBe(false)
    const partners = ctx.site.facts.docs.partners.en.length
    await expect.poll(() => rows.count()).toBe(partners)
    await ctx.shoot(page, 'map-en-partners')

    // A reload keeps the view.
    await page.reload()
    await expect.poll(() => rows.count()).toBe(partners)
    await page.close()
  })

  it('without JavaScript lists every member and partner, and shows every marker', async () => {
    const context = await ctx.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    })
    const page = await context.newPage()
    await page.goto(mapUrl('de'))
    const { members, partners } = ctx.site.facts.docs
    expect(await page.locator('[data-map-item]:visible').count()).toBe(
      members.de.length + partners.de.length,
    )
    expect(await page.locator('.map-filter').count()).toBe(0)
    // A grouped marker leads to its list section, which is on the page.
    const group = page.locator('#map-home .map-layer-narrow a[href^="#"]').first()
    const target = (await group.getAttribute('href'))!
    await group.click()
    expect(page.url()).toContain(target)
    expect(await page.locator(target).isVisible()).toBe(true)
    await ctx.shoot(page, 'nojs-map-de-phone')
    await context.close()
  })
})
