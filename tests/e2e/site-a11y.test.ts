import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@shared/locales'
import { routeOf, urlFor } from '../../site/lib/urls'
import { axeViolations, mainLinks, openSite } from '../helpers/siteBrowser'
import { urlPathOf } from '../helpers/siteHtml'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

/** The pages a buyer goes through, and a partner cluster's events and open data, in one locale. */
function journey(locale: Locale): [string, string][] {
  const { docs, untranslated } = ctx.site.facts
  // A fully written product with images (the English-only test product has neither).
  const product = docs.products[locale].find((p) => p.slug !== untranslated.slug)!
  // A cancelled or postponed event shows the most states at once.
  const event = docs.events[locale].find((e) => e.status !== 'scheduled') ?? docs.events[locale][0]
  // An API reference page: method badges, nested schemas, tables (step 8).
  const apiReference = ctx.site.htmlFiles.find((f) =>
    new RegExp(`^${locale}/catalogue/[^/]+/api/[^/]+/index\\.html$`).test(f),
  )
  return [
    ['home', urlFor(locale, { kind: 'home' })],
    ['catalogue', urlFor(locale, { kind: 'catalogue' })],
    ['registry', urlFor(locale, { kind: 'integrations' })],
    ['product', urlFor(locale, routeOf('products', product))],
    ['event', urlFor(locale, routeOf('events', event))],
    ['events', urlFor(locale, { kind: 'events' })],
    ['developers', urlFor(locale, { kind: 'developers' })],
    ...(apiReference ? [['API reference', urlPathOf(apiReference)] as [string, string]] : []),
    ['member', urlFor(locale, routeOf('members', docs.members[locale][0]))],
    ['search', `${urlFor(locale, { kind: 'search' })}?q=${encodeURIComponent(product.title)}`],
  ]
}

describe('accessibility (axe-core)', () => {
  for (const [locale, scheme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['bg', 'light'],
  ] as const) {
    it(`no violations on home, catalogue, registry, product, API reference, event(s), developers, member and search (${locale}, ${scheme})`, async () => {
      const page = await ctx.browser.newPage({ colorScheme: scheme })
      const found: string[] = []
      for (const [name, path] of journey(locale)) {
        const response = await page.goto(`${ctx.url}${path}`)
        expect(response?.status(), path).toBe(200)
        // Islands render their results first: axe checks what the visitor ends up with.
        await page.waitForLoadState('networkidle')
        if (name === 'search' || name === 'catalogue') await page.waitForTimeout(500)
        for (const v of await axeViolations(page)) found.push(`${name} ${path}: ${v}`)
        if (locale === 'en') await ctx.shoot(page, `${name}-${locale}-${scheme}`)
      }
      expect(found).toEqual([])
      await page.close()
    })
  }
})

describe('without JavaScript', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`pages are readable and their links work (${locale})`, async () => {
      const context = await ctx.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      })
      const page = await context.newPage()
      for (const [name, path] of journey(locale)) {
        const response = await page.goto(`${ctx.url}${path}`)
        expect(response?.status(), path).toBe(200)
        const h1 = page.locator('main h1').first()
        expect(await h1.isVisible(), `${path}: heading visible`).toBe(true)
        expect((await h1.innerText()).trim().length, `${path}: heading text`).toBeGreaterThan(2)
        const text = await page.locator('main').innerText()
        if (name !== 'search') expect(text.length, `${path}: readable content`).toBeGreaterThan(200)
        if (locale === 'de') await ctx.shoot(page, `nojs-${name}-${locale}-phone`)
      }
      await context.close()
    })
  }

  it('the catalogue lists every product, and following a link opens it', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const products = ctx.site.facts.docs.products.en
    await page.goto(`${ctx.url}${urlFor('en', { kind: 'catalogue' })}`)
    // The list is paged: walk it through its "next page" links, as a visitor would.
    const visible = new Set<string>()
    for (;;) {
      const links = await page
        .locator('main a[href^="/en/catalogue/"]:visible')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      // Product pages only: not the list's own pages (page 1 is the catalogue itself).
      for (const path of links)
        if (!path.startsWith('/en/catalogue/page/') && path !== '/en/catalogue/') visible.add(path)
      const next = page.locator('main a[rel="next"]')
      if ((await next.count()) === 0) break
      await next.click()
      await page.waitForLoadState()
    }
    expect([...visible].sort()).toEqual(
      products.map((p) => urlFor('en', routeOf('products', p))).sort(),
    )
    await page.goto(`${ctx.url}${urlFor('en', { kind: 'catalogue' })}`)
    const target = products.find((p) => urlFor('en', routeOf('products', p)) === [...visible][5])!
    await page
      .locator(`main a[href="${urlFor('en', routeOf('products', target))}"]`)
      .first()
      .click()
    await page.waitForURL(`**${urlFor('en', routeOf('products', target))}`)
    expect(await page.locator('h1').first().innerText()).toContain(target.title)
    // The language switcher is a plain link too.
    await page.locator('header a[hreflang="bg"]').first().click()
    await page.waitForURL(`**${urlFor('bg', routeOf('products', target))}`)
    await context.close()
  })

  it('the search page says search needs JavaScript and links to the catalogue instead', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${ctx.url}${urlFor('en', { kind: 'search' })}`)
    expect(await mainLinks(page)).toContain(urlFor('en', { kind: 'catalogue' }))
    expect(
      await page
        .locator(`main a[href="${urlFor('en', { kind: 'catalogue' })}"]`)
        .first()
        .isVisible(),
    ).toBe(true)
    await context.close()
  })
})
