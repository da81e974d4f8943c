/**
 * The catalogue in a browser, with and without JavaScript: the island's results are the static
 * cards (same markup, same order), it counts, sorts, searches by keyword and pages, its facet
 * lists show whole lines, and the language switch keeps the view (filters, order, words, page).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@shared/locales'
import { t } from '../../site/i18n/t'
import type { CatalogueIndex } from '../../site/lib/catalogue'
import { cataloguePageSize } from '../../site/lib/listing'
import { urlFor } from '../../site/lib/urls'
import { numberIn, openSite } from '../helpers/siteBrowser'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

const products = (locale: Locale) => ctx.site.facts.docs.products[locale]
const catalogue = (locale: Locale) => `${ctx.url}${urlFor(locale, { kind: 'catalogue' })}`
const index = (locale: Locale) =>
  JSON.parse(ctx.site.read(`${locale}/catalogue/cards.json`)) as CatalogueIndex

/**
 * Each card's markup in a form that does not depend on who wrote it: elements with their
 * attributes sorted by name (React sets `src` after `srcset` in the browser), and their text.
 */
const cardsOf = (page: Page) =>
  page.locator('main .card:visible').evaluateAll((cards) => {
    const canon = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
      if (!(node instanceof Element)) return ''
      const attrs = [...node.attributes]
        .map((a) => `${a.name.toLowerCase()}="${a.value}"`)
        .sort()
        .join(' ')
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`
    }
    return cards.map((card) => ({
      url: card.querySelector('a.card-link')?.getAttribute('href') ?? '',
      html: canon(card),
    }))
  })

const status = (page: Page) => page.locator('main [role="status"]').first()
/** Waits until the island has taken over and counts `count` results. */
const counted = (page: Page, count: number) =>
  expect
    .poll(async () => numberIn(await status(page).textContent()), { timeout: 20_000 })
    .toBe(count)

/** Opens the folded filter panel, as a visitor would. */
async function openFilters(page: Page) {
  const panel = page.locator('main details').first()
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel.locator('summary').click()
}

/** Every static card of a locale, by product URL, walking the static pages without JavaScript. */
async function staticCards(locale: Locale) {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const cards: { url: string; html: string }[] = []
  const pages = Math.ceil(products(locale).length / cataloguePageSize)
  for (let n = 1; n <= pages; n++) {
    await page.goto(`${ctx.url}${urlFor(locale, { kind: 'catalogue', page: n })}`)
    cards.push(...(await cardsOf(page)))
  }
  await context.close()
  return cards
}

describe('the catalogue with JavaScript looks like the catalogue without', () => {
  for (const locale of ['en', 'bg'] as const) {
    it(`filtered and unfiltered cards are the static cards, in the static order (${locale})`, async () => {
      const before = await staticCards(locale)
      expect(before.map((c) => c.url).sort()).toEqual(
        products(locale)
          .map((p) => urlFor(locale, { kind: 'product', slug: p.slug }))
          .sort(),
      )
      const byUrl = new Map(before.map((c) => [c.url, c.html]))
      // Every card has its badge and its maker.
      expect(before.every((c) => /class="badge badge-accent"/.test(c.html))).toBe(true)
      expect(before.every((c) => /<p class="meta">[^<]+<\/p>/.test(c.html))).toBe(true)

      const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(catalogue(locale))
      await counted(page, products(locale).length)
      // The island's plain list is page 1 of the static list, card for card.
      expect(await cardsOf(page)).toEqual(before.slice(0, cataloguePageSize))
      expect(await page.locator('#catalogue-list').isHidden()).toBe(true)

      // The first category offered (a code in the URL, a name on the page): its cards are the
      // static ones, in the same order.
      const { entries, labels } = index(locale)
      // Folded, so that the cards start where the static page has them.
      expect(await page.locator('main details').first().getAttribute('open')).toBeNull()
      await openFilters(page)
      const box = page.locator('main .pf-facet').first().getByRole('checkbox').first()
      const name = (
        await page.locator(`label[for="${await box.getAttribute('id')}"]`).innerText()
      ).replace(/\s*\([^)]*\)\s*$/, '')
      const category = Object.entries(labels.category!).find(([, n]) => n === name)![0]
      const expected = entries.filter((e) => e.facets.category?.includes(category))
      await box.check()
      await counted(page, expected.length)
      const after = await cardsOf(page)
      expect(after.map((c) => c.url)).toEqual(
        before.map((c) => c.url).filter((url) => expected.some((e) => e.card.url === url)),
      )
      for (const card of after) expect(card.html).toBe(byUrl.get(card.url))
      expect(new URL(page.url()).search).toBe(`?category=${encodeURIComponent(category)}`)
      await ctx.shoot(page, `catalogue-filtered-${locale}`)
      await page.close()
    })
  }

  it('sorts by name, newest and maker, and pages through the sorted list', async () => {
    const locale = 'en'
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(catalogue(locale))
    await counted(page, products(locale).length)
    const { entries } = index(locale)
    const created = new Map(entries.map((e) => [e.card.url, Date.parse(e.created)]))
    const maker = new Map(entries.map((e) => [e.card.url, e.card.maker ?? '']))
    const shownUrls = async () => (await cardsOf(page)).map((c) => c.url)
    const select = page.getByLabel('Sort by')

    await select.selectOption('newest')
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=newest')
    const newest = await shownUrls()
    for (let i = 1; i < newest.length; i++)
      expect(created.get(newest[i - 1]!)!).toBeGreaterThanOrEqual(created.get(newest[i]!)!)

    await select.selectOption('maker')
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=maker')
    const byMaker = await shownUrls()
    const collator = new Intl.Collator(locale)
    for (let i = 1; i < byMaker.length; i++)
      expect(
        collator.compare(maker.get(byMaker[i - 1]!)!, maker.get(byMaker[i]!)!),
      ).toBeLessThanOrEqual(0)
    // The second page of this order continues it, and says where it is in the URL.
    await page.locator('main nav.pagination a[rel="next"]:visible').click()
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=maker&page=2')
    const second = await shownUrls()
    expect(second.some((url) => byMaker.includes(url))).toBe(false)
    expect(
      collator.compare(maker.get(byMaker.at(-1)!)!, maker.get(second[0]!)!),
    ).toBeLessThanOrEqual(0)

    await select.selectOption('name')
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe(urlFor(locale, { kind: 'catalogue' }))
    expect(await shownUrls()).toEqual(entries.slice(0, cataloguePageSize).map((e) => e.card.url))
    await page.close()
  })

  it('the keyword box finds a product by a word of its summary, and counts the matches', async () => {
    const locale = 'en'
    const { entries } = index(locale)
    // A word of one summary that no other card's name, maker or summary has.
    const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{7,}/gu) ?? [])
    const text = (e: (typeof entries)[number]) => `${e.card.name} ${e.card.maker} ${e.card.summary}`
    const target = entries.find((e) =>
      [...words(e.card.summary)].some((w) =>
        entries.every((o) => o === e || !words(text(o)).has(w)),
      ),
    )!
    const word = [...words(target.card.summary)].find((w) =>
      entries.every((o) => o === target || !words(text(o)).has(w)),
    )!
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(catalogue(locale))
    await counted(page, entries.length)
    await page.getByRole('searchbox').fill(word)
    // The matches replace the whole list (the target is on the first page either way).
    await expect
      .poll(async () => numberIn(await status(page).textContent()), { timeout: 20_000 })
      .toBeLessThan(entries.length)
    const shown = await cardsOf(page)
    expect(numberIn(await status(page).textContent())).toBe(shown.length)
    expect(shown[0]!.url).toBe(target.card.url)
    expect(new URL(page.url()).searchParams.get('q')).toBe(word)
    await ctx.shoot(page, `catalogue-keyword-${locale}-phone`)
    await page.close()
  })

  it('says search is unavailable when the keyword box cannot reach the search index', async () => {
    const { entries } = index('de')
    const page = await ctx.browser.newPage()
    // As while a site's first build is still indexing: the pages are live, the index is not.
    await page.route('**/pagefind/parts.json', (route) => route.fulfill({ status: 404 }))
    await page.goto(catalogue('de'))
    await counted(page, entries.length)
    await page.getByRole('searchbox').fill('Cloud')
    await expect
      .poll(async () => (await status(page).textContent())?.trim(), { timeout: 20_000 })
      .toBe(t('de', 'search.unavailable'))
    await page.close()
  })

  it('facet lists show whole lines, long ones folded behind "Show all"', async () => {
    for (const width of [1280, 390]) {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(catalogue('bg'))
      await counted(page, products('bg').length)
      await openFilters(page)
      const lists = page.locator('main .pf-facet ul')
      // No list scrolls inside a box, so none shows a line cut in half.
      const clipped = await lists.evaluateAll(
        (uls) =>
          uls.filter(
            (ul) =>
              ul.scrollHeight > ul.clientHeight + 1 || getComputedStyle(ul).overflowY !== 'visible',
          ).length,
      )
      expect(clipped).toBe(0)
      const more = page.locator('main .pf-more-values').first()
      const before = await page.locator('main .pf-facet input').count()
      await more.click()
      expect(await more.getAttribute('aria-expanded')).toBe('true')
      expect(await page.locator('main .pf-facet input').count()).toBeGreaterThan(before)
      await ctx.shoot(page, `catalogue-facets-bg-${width}`)
      await page.close()
    }
  })
})

describe('the language switch keeps the view', () => {
  it('without JavaScript, page N leads to page N in the other language', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${ctx.url}${urlFor('en', { kind: 'catalogue', page: 2 })}`)
    await page.locator('header a[hreflang="bg"]').first().click()
    await page.waitForURL(`**${urlFor('bg', { kind: 'catalogue', page: 2 })}`)
    await context.close()
  })

  it('filters, order, words and page go along to the other language', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(catalogue('en'))
    await counted(page, products('en').length)
    await page.getByLabel('Sort by').selectOption('maker')
    await page.locator('main nav.pagination a[rel="next"]:visible').click()
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=maker&page=2')
    const secondPage = (await cardsOf(page)).map((c) => c.url.replace('/en/', '/bg/'))
    await page.locator('header a[hreflang="bg"]').first().click()
    await page.waitForURL(`**/bg/catalogue/?sort=maker&page=2`)
    await counted(page, products('bg').length)
    expect(await page.locator('main select').inputValue()).toBe('maker')
    // The same products: makers' names are not translated, so the order is the same.
    expect((await cardsOf(page)).map((c) => c.url)).toEqual(secondPage)

    // A filter (a code, whatever its name in each language) and words.
    const { entries, labels } = index('bg')
    const country = entries[0]!.facets.country![0]!
    await openFilters(page)
    await page
      .getByRole('checkbox', { name: new RegExp(`^${escape(labels.country![country]!)} \\(`) })
      .check()
    await page.getByRole('searchbox').fill('cloud')
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`?q=cloud&country=${country}&sort=maker`)
    await expect
      .poll(async () => numberIn(await status(page).textContent()), { timeout: 20_000 })
      .toBeGreaterThan(0)
    await page.locator('header a[hreflang="de"]').first().click()
    await page.waitForURL(`**/de/catalogue/?q=cloud&country=${country}&sort=maker`)
    await expect
      .poll(() => page.getByRole('searchbox').inputValue(), { timeout: 20_000 })
      .toBe('cloud')
    const deLabel = index('de').labels.country![country]!
    expect(
      await page.getByRole('checkbox', { name: new RegExp(`^${escape(deLabel)} \\(`) }).isChecked(),
    ).toBe(true)
    await ctx.shoot(page, 'catalogue-language-kept-de')
    await page.close()
  })

  it("the search page's words go along to the other language", async () => {
    const page = await ctx.browser.newPage()
    await page.goto(`${ctx.url}${urlFor('en', { kind: 'search' })}?q=cloud`)
    await expect
      .poll(() => page.locator('header a[hreflang="bg"]').first().getAttribute('href'), {
        timeout: 20_000,
      })
      .toBe(`${urlFor('bg', { kind: 'search' })}?q=cloud`)
    await page.close()
  })
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
