import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@shared/locales'
import { t } from '../../site/i18n/t'
import { routeOf, urlFor } from '../../site/lib/urls'
import { mainLinks, numberIn, openSite } from '../helpers/siteBrowser'
import type { SiteDoc } from '../helpers/siteFacts'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

const facts = () => ctx.site.facts

/**
 * A word of at least 8 letters from one product's summary in that language that no other
 * document's title or summary contains, and no English text: searching for it must find that
 * product.
 */
function distinctiveWord(locale: string): { word: string; product: SiteDoc } {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{8,}/gu) ?? [])
  const textOf = (doc: SiteDoc) => `${doc.title} ${doc.summary ?? ''}`
  const docsIn = (l: string) => Object.values(facts().docs).flatMap((byLocale) => byLocale[l])
  const english = words(docsIn('en').map(textOf).join(' '))
  const frequency = new Map<string, number>()
  for (const doc of docsIn(locale))
    for (const w of words(textOf(doc))) frequency.set(w, (frequency.get(w) ?? 0) + 1)
  for (const product of facts().docs.products[locale]) {
    const candidates = [...words(product.summary ?? '')]
    const word = candidates.find((w) => frequency.get(w) === 1 && !english.has(w))
    if (word) return { word, product }
  }
  throw new Error(`no distinctive word in the ${locale} product summaries`)
}

const status = (page: Page) => page.locator('main [role="status"]').first()

describe('the built site in a browser', () => {
  for (const locale of ['bg', 'de'] as const) {
    it(`search in ${locale} finds the product whose summary has the word, only in ${locale}`, async () => {
      const { word, product } = distinctiveWord(locale)
      const page = await ctx.browser.newPage()
      await page.goto(`${ctx.url}${urlFor(locale, { kind: 'search' })}`)
      await page.getByRole('searchbox').fill(word)
      const target = urlFor(locale, routeOf('products', product))
      await page.locator(`main a[href="${target}"]`).first().waitFor({ timeout: 20_000 })
      const results = (await mainLinks(page)).filter(
        (href) => href !== urlFor(locale, { kind: 'catalogue' }),
      )
      expect(
        results.every((href) => href.startsWith(`/${locale}/`)),
        results.join(' '),
      ).toBe(true)
      // The words are kept in the URL: a reload shows the same search.
      expect(new URL(page.url()).searchParams.get('q')).toBe(word)
      await page.reload()
      await page.locator(`main a[href="${target}"]`).first().waitFor({ timeout: 20_000 })
      await ctx.shoot(page, `search-${locale}`)
      await page.close()
    })
  }

  it('words typed before the search page has loaded its script are searched, not wiped', async () => {
    const { word, product } = distinctiveWord('de')
    const page = await ctx.browser.newPage()
    // Scripts arrive late, as on a phone on a slow line: the field is typed in first.
    await page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      await route.continue()
    })
    await page.goto(`${ctx.url}${urlFor('de', { kind: 'search' })}`, {
      waitUntil: 'domcontentloaded',
    })
    await page.getByRole('searchbox').fill(word)
    const target = urlFor('de', routeOf('products', product))
    await page.locator(`main a[href="${target}"]`).first().waitFor({ timeout: 20_000 })
    expect(await page.getByRole('searchbox').inputValue()).toBe(word)
    expect(new URL(page.url()).searchParams.get('q')).toBe(word)
    await page.close()
  })

  it('while there is no search index yet, the search page says search is unavailable', async () => {
    // A site's first build serves its pages before Pagefind has indexed them.
    const page = await ctx.browser.newPage()
    await page.route('**/pagefind/parts.json', (route) => route.fulfill({ status: 404 }))
    await page.goto(`${ctx.url}${urlFor('bg', { kind: 'search' })}`)
    await page.getByRole('searchbox').fill(distinctiveWord('bg').word)
    await expect
      .poll(async () => (await status(page).textContent())?.trim(), { timeout: 20_000 })
      .toBe(t('bg', 'search.unavailable'))
    await page.close()
  })

  it('catalogue filters narrow the results and survive a reload', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${ctx.url}${urlFor('en', { kind: 'catalogue' })}`)
    await expect
      .poll(async () => numberIn(await status(page).textContent()), { timeout: 20_000 })
      .toBe(facts().docs.products.en.length)
    const total = facts().docs.products.en.length
    // The catalogue's filters start folded, above the cards: open them as a visitor would.
    await page.locator('main details summary').first().click()
    const boxes = page.locator('main input[type="checkbox"]')
    let chosen: { label: string; count: number } | undefined
    for (let i = 0; i < (await boxes.count()) && !chosen; i++) {
      const label = (
        await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).innerText()
      ).trim()
      const count = numberIn(label.match(/\(([\d\s.,\u00a0]+)\)\s*$/)?.[1] ?? '')
      if (count > 0 && count < total)
        chosen = { label: label.replace(/\s*\([^)]*\)\s*$/, ''), count }
    }
    expect(chosen, 'a filter value that narrows the catalogue').toBeDefined()
    const box = () =>
      page.getByRole('checkbox', { name: new RegExp(`^${escape(chosen!.label)}\\s*\\(`) })
    await box().check()
    await expect.poll(async () => numberIn(await status(page).textContent())).toBe(chosen!.count)
    const query = new URL(page.url()).search
    expect(query).toMatch(/^\?(category|country|technology|industry)=/)
    const shown = (await mainLinks(page)).filter((href) => /^\/en\/catalogue\/[^/]+\/$/.test(href))
    expect(new Set(shown).size).toBe(Math.min(chosen!.count, 24))
    await ctx.shoot(page, 'catalogue-filtered-en')

    await page.reload()
    await expect
      .poll(async () => numberIn(await status(page).textContent()), { timeout: 20_000 })
      .toBe(chosen!.count)
    expect(await box().isChecked()).toBe(true)
    expect(new URL(page.url()).search).toBe(query)
    await page.close()
  })

  it('the language switcher lands on the same document in the other language', async () => {
    const page = await ctx.browser.newPage()
    const cases = [
      ['products', facts().docs.products.en[3]],
      ['members', facts().docs.members.en[2]],
      ['events', facts().docs.events.en[1]],
    ] as const
    for (const [collection, doc] of cases) {
      for (const to of ['bg', 'de'] as Locale[]) {
        await page.goto(`${ctx.url}${urlFor('en', routeOf(collection, doc))}`)
        await page.locator(`header a[hreflang="${to}"]`).first().click()
        await page.waitForURL(`**${urlFor(to, routeOf(collection, doc))}`)
        const title = facts().docs[collection][to].find((d) => d.slug === doc.slug)!.title
        // Read as shown: the build's soft hyphens (cms/build/softHyphens.ts) are invisible.
        const heading = await page.locator('h1').first().innerText()
        expect(heading.replaceAll('\u00ad', '')).toContain(title)
        expect(await page.locator('html').getAttribute('lang')).toBe(to)
      }
    }
    await page.close()
  })

  it('/ sends a browser to its preferred language', async () => {
    const context = await ctx.browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(`${ctx.url}/`)
    await page.waitForURL(`**/de/`, { timeout: 10_000 })
    await context.close()
  })
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
