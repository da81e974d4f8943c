import { describe, expect, it } from 'vitest'

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
