/**
 * What a partner cluster does with the portal, in Chromium against the portal's own server
 * (`npm start`'s): read the open data and the calendar from a script on its own web site
 * (CORS), and open a feed in the browser as a page of the portal (XSLT), under the site's
 * Content-Security-Policy.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Locale } from '@shared/locales'
import { t } from '../../site/i18n/t'
import { watchCsp } from '../helpers/cspWatch'
import { axeViolations, openSite } from '../helpers/siteBrowser'

let ctx: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  ctx = await openSite()
})
afterAll(async () => ctx?.close())

describe("a partner's web page on another origin", () => {
  it('reads the open data and the calendar with fetch(), but not the pages', async () => {
    const partner = http.createServer((_, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Partner cluster</h1>'),
    )
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
    const page = await ctx.browser.newPage()
    try {
      // Another port is another origin: what a partner's own site is to the portal.
      await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`)
      const read = (url: string) =>
        page.evaluate(async (u) => {
          try {
            const res = await fetch(u)
            return `${res.status} ${(await res.text()).slice(0, 15)}`
          } catch {
            return 'blocked'
          }
        }, url)
      expect(await read(`${ctx.url}/data/en/events.json`)).toMatch(/^200 \{/)
      expect(await read(`${ctx.url}/bg/events.ics`)).toBe('200 BEGIN:VCALENDAR')
      expect(await read(`${ctx.url}/de/publications.xml`)).toMatch(/^200 <\?xml/)
      expect(await read(`${ctx.url}/en/`)).toBe('blocked')
    } finally {
      await page.close()
      partner.close()
    }
  })
})

describe('a feed opened in the browser', () => {
  for (const [locale, feed] of [
    ['en', 'events'],
    ['bg', 'publications'],
  ] as const satisfies [Locale, string][]) {
    it(`reads as a page of the portal: /${locale}/${feed}.xml`, async () => {
      const page = await ctx.browser.newPage()
      const { violations } = await watchCsp(page)
      await page.goto(`${ctx.url}/${locale}/${feed}.xml`)
      const docs = ctx.site.facts.docs[feed][locale]
      await expect(page.locator('h1').textContent()).resolves.toContain(t(locale, `${feed}.title`))
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      expect(await page.getByText(t(locale, 'rss.about')).count()).toBe(1)
      // The field holds the feed's own address, for a feed reader.
      expect(await page.locator('#feed-url').inputValue()).toMatch(
        new RegExp(`/${locale}/${feed}\\.xml$`),
      )
      // One linked heading per item, to its page on the portal.
      const links = await page
        .locator('main h2 a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link).toMatch(new RegExp(`^/${locale}/${feed}/[^/]+/$`))
      if (feed === 'publications') expect(links.length).toBe(docs.length)
      // The site's design applies: the header is laid out as on every page.
      expect(
        await page.locator('.site-header').evaluate((h) => getComputedStyle(h).borderBottomStyle),
      ).not.toBe('none')
      // Dates spelt out in the locale's words.
      const dates = await page.locator('.rss-date').allTextContents()
      if (locale === 'bg') expect(dates.join(' ')).toMatch(/[а-я]{3,} \d{4}\sг\./)
      // Accessible as any page of the portal; Chromium's deprecation banner (see below) aside.
      const axe = await axeViolations(page)
      expect(axe.filter((v) => !v.includes('xslt-warning-banner'))).toEqual([])
      await ctx.shoot(page, `feed-${locale}-${feed}`)
      // Chromium's own banner that announces XSLT's deprecation carries inline styles and an
      // inline handler, which the site's policy blocks; nothing of the feed page itself may be.
      const ours = violations.filter(
        (v) => !/(style|script)-src-attr|inline style|inline event handler/i.test(v),
      )
      expect(ours).toEqual([])
      await page.close()
    })
  }
})
