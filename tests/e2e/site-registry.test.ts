/**
 * The interoperability registry in a browser: without JavaScript every protocol is there with
 * its providers and consumers; the filter island narrows by words, role and member, keeps the
 * filter in the URL, and gives the full list (and its anchors) back when cleared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { urlFor } from '../../site/lib/urls'
import { openSite } from '../helpers/siteBrowser'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

type Line = { member: { slug: string; name: string } | null; product: { name: string } }
type Protocol = { slug: string; name: string; providers: Line[]; consumers: Line[] }
const protocols = () =>
  (JSON.parse(ctx.site.read('data/en/interfaces.json')) as { items: Protocol[] }).items
const registry = () => `${ctx.url}${urlFor('en', { kind: 'integrations' })}`

describe('the registry', () => {
  it('without JavaScript lists every protocol entry, and an anchor opens one', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${registry()}#peppol-bis`)
    const entries = page.locator('main article.registry-protocol')
    expect(await entries.count()).toBe(protocols().length)
    await expect.poll(() => page.locator('#peppol-bis').isVisible()).toBe(true)
    await context.close()
  })

  it('the filter narrows by words and member, keeps them in the URL, and clears', async () => {
    const page = await ctx.browser.newPage()
    await page.goto(registry())
    const keyword = page.getByLabel('Search the registry', { exact: true })
    await keyword.waitFor()
    await keyword.fill('peppol')
    const results = page.locator('main .registry-filter article.registry-protocol')
    await expect.poll(() => results.count()).toBe(1)
    await expect.poll(() => page.locator('#registry-list').isHidden()).toBe(true)
    expect(page.url()).toContain('?q=peppol')
    const peppol = protocols().find((p) => p.slug === 'peppol-bis')!
    const text = await results.first().innerText()
    for (const line of [...peppol.providers, ...peppol.consumers])
      expect(text).toContain(line.product.name)

    // One member's PEPPOL products only.
    const maker = peppol.providers[0].member!
    await page.getByLabel('Member', { exact: true }).selectOption(maker.slug)
    expect(page.url()).toContain(`member=${maker.slug}`)
    const mine = [...peppol.providers, ...peppol.consumers].filter(
      (l) => l.member?.slug === maker.slug,
    )
    await expect.poll(() => results.first().locator('.registry-line').count()).toBe(mine.length)

    await page.getByRole('button', { name: 'Show everything' }).click()
    await expect.poll(() => page.locator('#registry-list').isVisible()).toBe(true)
    expect(new URL(page.url()).search).toBe('')
    await page.close()
  })
})
