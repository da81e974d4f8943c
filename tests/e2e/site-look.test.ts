/**
 * How the portal looks and reads on a phone and a desktop: the compact header and its menu
 * (which must work with JavaScript off), the self-hosted fonts (Latin and Cyrillic, nothing
 * from another host) and that soft hyphens leave search alone. Screenshots in test-results/.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Locale, localeCodes } from '@shared/locales'
import { routeOf, urlFor } from '../../site/lib/urls'
import { openSite } from '../helpers/siteBrowser'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 900 }

async function openPage(
  viewport: { width: number; height: number },
  url: string,
  javaScriptEnabled = true,
) {
  const context = await ctx.browser.newContext({ viewport, javaScriptEnabled })
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`${ctx.url}${url}`)
  return { page, requests, close: () => context.close() }
}

const mainNav = (page: Page) => page.locator('nav.main-nav')
const headerHeight = (page: Page) =>
  page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height)

describe('the header', () => {
  for (const locale of localeCodes) {
    it(`takes at most 80 px on a 390 px phone and its menu opens without JavaScript (${locale})`, async () => {
      const { page, close } = await openPage(phone, urlFor(locale, { kind: 'home' }), false)
      expect(await headerHeight(page)).toBeLessThanOrEqual(80)
      // Languages stay one tap away; the navigation waits behind the menu button.
      expect(await page.locator('.lang-switcher a').first().isVisible()).toBe(true)
      expect(await mainNav(page).isVisible()).toBe(false)
      await page.locator('summary.menu-button').click()
      const catalogue = mainNav(page).locator(`a[href="${urlFor(locale, { kind: 'catalogue' })}"]`)
      expect(await catalogue.isVisible()).toBe(true)
      await ctx.shoot(page, `menu-open-phone-${locale}`)
      // The open menu lies over the page; the header itself does not grow.
      expect(await headerHeight(page)).toBeLessThanOrEqual(80)
      await catalogue.click()
      await page.waitForURL(`**${urlFor(locale, { kind: 'catalogue' })}`)
      await close()
    })
  }

  it('shows the whole navigation without a menu button at 1280 px', async () => {
    const { page, close } = await openPage(desktop, urlFor('de', { kind: 'home' }))
    expect(await page.locator('summary.menu-button').isVisible()).toBe(false)
    expect(await mainNav(page).locator('a').count()).toBeGreaterThanOrEqual(8)
    for (const link of await mainNav(page).locator('a').all())
      expect(await link.isVisible()).toBe(true)
    await close()
  })
})

describe('the fonts', () => {
  it('are woff2 files from the portal itself, with Latin and Cyrillic drawn in Inter', async () => {
    for (const locale of ['bg', 'de'] as Locale[]) {
      const { page, requests, close } = await openPage(desktop, urlFor(locale, { kind: 'home' }))
      await page.evaluate(() => document.fonts.ready)
      const fonts = requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url))
      expect(fonts.length, locale).toBeGreaterThan(0)
      expect(fonts.every((url) => url.startsWith(ctx.url) && url.endsWith('.woff2'))).toBe(true)
      // Nothing at all from another host.
      expect(
        requests.filter((url) => !url.startsWith(ctx.url) && !url.startsWith('data:')),
      ).toEqual([])
      const drawn = await page.evaluate(async () => {
        await document.fonts.load('16px "Inter Variable"', 'Жж Ää')
        return {
          cyrillic: document.fonts.check('16px "Inter Variable"', 'Жж'),
          latin: document.fonts.check('16px "Inter Variable"', 'Ää'),
          loaded: [...document.fonts].filter((f) => f.status === 'loaded').length,
          body: getComputedStyle(document.body).fontFamily,
        }
      })
      expect(drawn.body).toMatch(/^"Inter Variable"/)
      expect(drawn.cyrillic && drawn.latin, locale).toBe(true)
      expect(drawn.loaded).toBeGreaterThan(0)
      if (locale === 'bg') expect(fonts.some((url) => /cyrillic/.test(url))).toBe(true)
      await close()
    }
  })
})

describe('soft hyphens', () => {
  it('leave search alone: "Rechenzentrum" finds the product that names it', async () => {
    const product = ctx.site.facts.docs.products.de.find((p) =>
      /Rechenzentrum/.test(p.summary ?? ''),
    )!
    expect(product).toBeDefined()
    const { page, close } = await openPage(desktop, urlFor('de', { kind: 'search' }))
    await page.getByRole('searchbox').fill('Rechenzentrum')
    const target = urlFor('de', routeOf('products', product))
    await page.locator(`main a[href="${target}"]`).first().waitFor({ timeout: 20_000 })
    await close()
  })
})

describe('on a phone', () => {
  /** Every kind of page a visitor lands on, with the words of a search that finds something. */
  const pages = (locale: Locale) => {
    const { docs } = ctx.site.facts
    const product = docs.products[locale][0]!
    return [
      urlFor(locale, { kind: 'home' }),
      urlFor(locale, { kind: 'catalogue' }),
      urlFor(locale, routeOf('products', product)),
      urlFor(locale, routeOf('members', docs.members[locale][0]!)),
      urlFor(locale, { kind: 'events' }),
      urlFor(locale, routeOf('events', docs.events[locale][0]!)),
      urlFor(locale, { kind: 'integrations' }),
      `${urlFor(locale, { kind: 'search' })}?q=${encodeURIComponent(product.title)}`,
    ]
  }

  for (const locale of localeCodes)
    it(`no page is wider than a 360 or 390 px screen (${locale})`, async () => {
      const wide: string[] = []
      for (const width of [360, 390])
        for (const url of pages(locale)) {
          const { page, close } = await openPage({ width, height: 800 }, url)
          // Islands render after the page has loaded; the search answers after them.
          await page.waitForLoadState('networkidle')
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
          if (scrollWidth > width) wide.push(`${url} at ${width} px: ${scrollWidth} px wide`)
          await close()
        }
      expect(wide).toEqual([])
    })
})
