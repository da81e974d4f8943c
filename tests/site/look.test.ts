/**
 * The membership page sells in every language, and long words carry soft hyphens that change
 * nothing a visitor reads.
 */
import fs from 'node:fs'
import path from 'node:path'

import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { routeOf, urlFor } from '../../site/lib/urls'
import { projectRoot } from '../helpers/siteBuild'
import { loadSite } from '../helpers/siteDist'
import { textOf } from '../helpers/siteHtml'

const site = loadSite()
const settings = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'content', 'settings.json'), 'utf8'),
) as {
  membership: Record<'fees' | 'steps' | 'testimonials' | 'faq', Record<string, unknown[]>>
}

type Elem = NonNullable<ReturnType<typeof DomUtils.findOne>>

const htmlOf = (url: string) => site.read(site.fileFor(url)!)
const byId = (html: string, id: string) =>
  DomUtils.findOne((e) => e.attribs.id === id, parseDocument(html).children)

describe('the membership page', () => {
  for (const locale of localeCodes) {
    it(`has benefits on computed figures, logos, quotes, fees, steps, FAQ and the form (${locale})`, () => {
      const html = htmlOf(urlFor(locale, { kind: 'membership' }))
      const section = (id: string) => {
        const heading = byId(html, id)
        expect(heading, `#${id} on /${locale}/membership/`).toBeTruthy()
        return heading!.parent as Elem
      }
      // Benefits: the figures are the published counts, not typed numbers.
      const figures = DomUtils.findAll(
        (e) => e.name === 'strong' && (e.parent as Elem | null)?.attribs.class === 'benefit-figure',
        section('benefits').children,
      ).map((e) => Number(DomUtils.textContent(e).replace(/\D/g, '')))
      const members = site.facts.docs.members[locale].length
      const products = site.facts.docs.products[locale].length
      expect(figures.slice(0, 2)).toEqual([members, products])
      expect(figures).toHaveLength(4)
      // One logo per member, each linking to its profile.
      const logos = DomUtils.findAll(
        (e) => e.name === 'a' && e.attribs.class === 'logo-tile',
        section('members').children,
      )
      expect(logos).toHaveLength(members)
      const m = settings.membership
      const count = (id: string, name: string) =>
        DomUtils.findAll((e) => e.name === name, section(id).children).length
      expect(count('testimonials', 'blockquote')).toBe(m.testimonials[locale]!.length)
      expect(count('steps', 'h3')).toBe(m.steps[locale]!.length)
      expect(count('faq', 'details')).toBe(m.faq[locale]!.length)
      const fees = byId(html, 'fees')!
      expect(DomUtils.findAll((e) => e.name === 'tr', fees.children)).toHaveLength(
        m.fees[locale]!.length + 1,
      )
      // The application form (its island) is still there.
      const apply = byId(html, 'apply')!
      const islands = DomUtils.findAll((e) => e.name === 'astro-island', apply.children)
      expect(islands.map((e) => e.attribs['component-url'])).toEqual([
        expect.stringMatching(/ApplicationForm/),
      ])
    })
  }
})

describe('soft hyphens', () => {
  const word = 'Dienstleistungen'
  const pages = site.localePages('de').filter((f) => textOf(site.read(f)).includes(word))

  it('break long German words in the built pages at legal points, only in the text', () => {
    expect(pages.length).toBeGreaterThan(0)
    const html = site.read(pages[0]!)
    expect(html).toContain('Dienst&shy;leis&shy;tun&shy;gen')
    // Never inside an attribute or a script.
    expect(html).not.toMatch(/="[^"]*&shy;/)
    expect(html).not.toMatch(/<script[^>]*>[^<]*&shy;/)
  })

  it('change nothing a visitor reads: every product title and summary reads whole on its page', () => {
    for (const product of site.facts.docs.products.de) {
      const text = textOf(htmlOf(urlFor('de', routeOf('products', product))))
      expect(text).toContain(product.title)
      if (product.summary) expect(text).toContain(product.summary)
    }
  })
})
