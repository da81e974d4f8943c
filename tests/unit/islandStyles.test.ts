import { describe, expect, it } from 'vitest'

import { islandStyleInHead } from '@site/lib/islandStyles'

const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'
const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`

describe('the islands’ style element', () => {
  it('moves from before the first island in <body> to the end of <head>', () => {
    const html = page(
      '',
      `<div><noscript>no JS</noscript>${style}<astro-island></astro-island></div>`,
    )
    expect(islandStyleInHead(html)).toBe(
      page(style, '<div><noscript>no JS</noscript><astro-island></astro-island></div>'),
    )
  })

  it('ends up in <head> once when Astro wrote it more than once', () => {
    const html = page('', `${style}<astro-island></astro-island><p>${style}</p>`)
    expect(islandStyleInHead(html)).toBe(page(style, '<astro-island></astro-island><p></p>'))
    expect(islandStyleInHead(page(style, style))).toBe(page(style, ''))
  })

  it('leaves a page without islands, or already right, as it is', () => {
    for (const html of [page('', '<p>text</p>'), page(style, '<astro-island></astro-island>')])
      expect(islandStyleInHead(html)).toBe(html)
  })
})
