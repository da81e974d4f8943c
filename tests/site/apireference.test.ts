import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { localeCodes } from '@shared/locales'
import { apiReferenceOf } from '../../site/lib/apiReference'
import { apiSlugOf } from '../../site/lib/apiReference/route'
import { urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import { innerOf, tagsNamed, textOf } from '../helpers/siteHtml'

const site = loadSite()
const content = path.resolve(import.meta.dirname, '..', '..', 'content')

/**
 * The seed's products and the API description files their interfaces name (content/products.json,
 * content/api-descriptions/): what the built site must have a reference page for.
 */
function seededApis() {
  const products = JSON.parse(fs.readFileSync(path.join(content, 'products.json'), 'utf8')) as {
    slug: string
    interfaces?: { apiDescription?: string }[]
  }[]
  return products.flatMap((product) =>
    [...new Set((product.interfaces ?? []).map((i) => i.apiDescription))]
      .filter((file): file is string => Boolean(file))
      .map((file) => ({
        product: product.slug,
        file,
        reference: apiReferenceOf(
          parse(fs.readFileSync(path.join(content, 'api-descriptions', file), 'utf8')),
        ),
      })),
  )
}

describe('API reference pages', () => {
  const apis = seededApis()

  it('the seed names at least five API descriptions that the portal can render', () => {
    expect(apis.length).toBeGreaterThanOrEqual(5)
    for (const api of apis) expect(api.reference, api.file).toBeDefined()
  })

  it('every seeded API of a published product has its page in every locale, with every operation', () => {
    const problems: string[] = []
    for (const locale of localeCodes) {
      const published = new Set(site.facts.docs.products[locale].map((p) => p.slug))
      for (const { product, file, reference } of apis) {
        if (!published.has(product) || !reference) continue
        const url = urlFor(locale, {
          kind: 'apiReference',
          product,
          api: apiSlugOf({ id: 0, filename: file }),
        })
        const built = site.fileFor(url)
        if (!built) {
          problems.push(`${url}: missing`)
          continue
        }
        const page = site.page(built)
        const html = site.read(built)
        if (tagsNamed(page, 'html')[0]?.attrs.lang !== locale) problems.push(`${url}: lang`)
        const h1 = textOf(innerOf(html, 'h1') ?? '')
        if (h1 !== reference.title) problems.push(`${url}: <h1> "${h1}"`)
        // Searchable: the page's main content is the Pagefind body.
        if (!tagsNamed(page, 'main').some((m) => 'data-pagefind-body' in m.attrs))
          problems.push(`${url}: not in the search index`)
        const ids = new Set(page.tags.map((t) => t.attrs.id).filter(Boolean))
        for (const group of reference.groups) {
          if (!ids.has(group.anchor)) problems.push(`${url}: no section #${group.anchor}`)
          for (const operation of group.operations)
            if (!ids.has(operation.anchor))
              problems.push(`${url}: no operation #${operation.anchor}`)
        }
        // Nothing runs on the page: no script of its own, no third-party source.
        const scripts = tagsNamed(page, 'script').filter(
          (s) => s.attrs.type !== 'application/ld+json',
        )
        const foreign = scripts.filter((s) => s.attrs.src && !s.attrs.src.startsWith('/'))
        if (foreign.length) problems.push(`${url}: third-party script`)
      }
    }
    expect(problems).toEqual([])
  })

  it('the page speaks the reader’s language around the API’s own words', () => {
    const first = apis.find((a) => a.reference)!
    const headings = Object.fromEntries(
      localeCodes.map((locale) => {
        const url = urlFor(locale, {
          kind: 'apiReference',
          product: first.product,
          api: apiSlugOf({ id: 0, filename: first.file }),
        })
        const html = site.read(site.fileFor(url)!)
        return [locale, textOf(innerOf(html, 'h2') ?? '')]
      }),
    )
    // The table of contents' heading, in each language.
    expect(headings).toEqual({ en: 'On this page', bg: 'На тази страница', de: 'Auf dieser Seite' })
  })

  it('offers the original file to download, from the portal itself', () => {
    const first = apis.find((a) => a.reference)!
    const file = site.fileFor(`/files/api/${first.file}`)
    expect(file, `/files/api/${first.file}`).toBeDefined()
  })
})
