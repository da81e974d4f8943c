import { describe, expect, it } from 'vitest'

import { DomUtils } from 'htmlparser2'

import { pageWords, prepareForIndex, readPage } from '@cms/build/searchHtml'

const page = (body: string, lang = 'en', head = '') =>
  readPage(
    `<html lang="${lang}"><head>${head}</head><body><main data-pagefind-body>${body}</main></body></html>`,
  )

describe('soft hyphens (the pages are hyphenated as they render)', () => {
  it('are not in what Pagefind reads, whether written as characters or as entities', () => {
    const html = prepareForIndex(
      page(
        '<h1>Kuber\u00ADnetes</h1><p>Rechen&shy;zentrum, Cloud&#173;hosting, Spei&#xad;cher</p>',
      ),
    )
    expect(html).not.toMatch(/\u00AD|&shy;|&#173;|&#xad;/i)
    expect(html).toContain('Kubernetes')
    expect(html).toContain('Rechenzentrum, Cloudhosting, Speicher')
  })

  it('leave whole words for the dictionary German compounds are split against', () => {
    expect(pageWords(page('<p>Rechen\u00ADzentrum</p>', 'de'))).toEqual(['Rechenzentrum'])
  })

  it('are dropped from the metadata a result shows', () => {
    const html = prepareForIndex(
      page('<h1>x</h1><span data-pagefind-meta="title:Kuber\u00ADnetes"></span>'),
    )
    expect(html).toContain('title:Kubernetes')
  })
})

describe('what Pagefind is given of a page', () => {
  const product = readPage(
    `<!doctype html><html lang="en"><head><title>Kube | Portal</title>` +
      `<style>.x{color:red}</style><script>var tracking = 1</script></head><body>` +
      `<header data-pagefind-ignore><nav><a href="/en/">Home</a><a href="/en/catalogue/">Catalogue</a></nav></header>` +
      `<main id="main" class="page" data-pagefind-body>` +
      `<div hidden><span data-pagefind-filter="type:Product"></span><span data-pagefind-meta="title:Kube"></span></div>` +
      `<h1 id="title" class="title">Kube</h1><p class="lead">Managed clusters.</p>` +
      `<section data-pagefind-ignore><h2>Works with</h2><article class="card"><h3>Other product</h3><span data-pagefind-filter="category:Cloud"></span></article></section>` +
      `<img src="/a.webp" alt="A cluster" srcset="/a-2.webp 2x" class="wide">` +
      `<table class="facts"><tr><th>Deployment</th><td>Cloud</td></tr></table>` +
      `<table class="facts" data-pagefind-ignore><tr><th>Email</th><td>maker@example.com</td></tr></table>` +
      `</main>` +
      `<footer data-pagefind-ignore><p>© The cluster · Privacy · Imprint</p></footer>` +
      `<script type="module">import('/pagefind/pagefind.js')</script></body></html>`,
  )
  const html = prepareForIndex(product)

  it('holds the page’s own prose, its facts as markers, its filters and metadata', () => {
    expect(html).toContain('<h1 id="title">Kube</h1>')
    expect(html).toContain('<p data-pagefind-weight="3">Managed clusters.</p>')
    expect(html).toContain('<span data-pagefind-filter="type:Product"></span>')
    expect(html).toContain('<span data-pagefind-meta="title:Kube"></span>')
    expect(html).toContain('<img src="/a.webp" alt="A cluster">')
    expect(html).toMatch(/<div data-pagefind-weight="0\.3">⟦cloud⟧ ⟦⟧<\/div>/)
    expect(html).toContain('<html lang="en"><head><title>Kube | Portal</title></head>')
  })

  it('leaves out navigation, cards of other documents, boilerplate and what the page ignores', () => {
    for (const absent of [
      'Home',
      'Catalogue',
      'Works with',
      'Other product',
      'Privacy',
      'maker@example.com',
      'Deployment',
      'tracking',
      'pagefind.js',
      'color:red',
      'class=',
      'href=',
    ])
      expect(html, absent).not.toContain(absent)
    // A filter inside an ignored part still counts, as Pagefind reads it there.
    expect(html).toContain('<span data-pagefind-filter="category:Cloud"></span>')
  })

  it('is a fraction of the page’s HTML', () => {
    expect(html.length).toBeLessThan(
      DomUtils.getOuterHTML(product.document, { encodeEntities: 'utf8' }).length / 2,
    )
  })
})
