import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { blocksToLexical } from '../../cms/seed/richText'
import { compactRichText, type RichText, richTextToHtml, uploadsIn } from '../../site/lib/richtext'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})
const doc = (...children: unknown[]): RichText => ({ root: el('root', children) as never })
const link = (fields: Record<string, unknown>, label: string) =>
  el('link', [text(label)], { fields: { newTab: false, ...fields } })

describe('richTextToHtml', () => {
  it('renders paragraphs, headings one level below the page title, lists and quotes', () => {
    const html = richTextToHtml(
      doc(
        el('heading', [text('Title')], { tag: 'h1' }),
        el('heading', [text('Section')], { tag: 'h3' }),
        el('paragraph', [text('Bold', 1), text(' and '), text('italic', 2)]),
        el('list', [el('listitem', [text('one')], { value: 1 }), el('listitem', [text('two')])], {
          listType: 'number',
          tag: 'ol',
        }),
        el('quote', [text('Said')]),
      ),
      { locale: 'en' },
    )
    expect(html).toContain('<h2>Title</h2>')
    expect(html).toContain('<h3>Section</h3>')
    expect(html).toContain('<p><strong>Bold</strong> and <em>italic</em></p>')
    expect(html).toContain('<ol class="list-number"><li>one</li><li>two</li></ol>')
    expect(html).toContain('<blockquote>Said</blockquote>')
  })

  it('escapes text', () => {
    const html = richTextToHtml(doc(el('paragraph', [text('<script>alert("x")</script> & co')])), {
      locale: 'en',
    })
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>')
  })

  it('resolves internal links to the page in the reader’s locale', () => {
    const html = richTextToHtml(
      doc(
        el('paragraph', [
          link(
            {
              linkType: 'internal',
              doc: { relationTo: 'products', value: { id: 1, slug: 'erp-flow' } },
            },
            'ERP',
          ),
          link({ linkType: 'internal', doc: { relationTo: 'members', value: 7 } }, 'Maker'),
          link(
            {
              linkType: 'internal',
              doc: { relationTo: 'pages', value: { id: 2, slug: 'membership' } },
            },
            'Join',
          ),
          link(
            {
              linkType: 'internal',
              doc: { relationTo: 'partners', value: { id: 3, slug: 'elbe' } },
            },
            'P',
          ),
        ]),
      ),
      {
        locale: 'de',
        slugOf: (collection, id) =>
          collection === 'members' && id === 7 ? 'orbitsoft' : undefined,
      },
    )
    expect(html).toContain('<a href="/de/catalogue/erp-flow/">ERP</a>')
    expect(html).toContain('<a href="/de/members/orbitsoft/">Maker</a>')
    expect(html).toContain('<a href="/de/membership/">Join</a>')
    expect(html).toContain('<a href="/de/partners/#elbe">P</a>')
  })

  it('keeps external links and neutralises script URLs', () => {
    const html = richTextToHtml(
      doc(
        el('paragraph', [
          link({ linkType: 'custom', url: 'https://example.org/?a=1&b="2"', newTab: true }, 'Out'),
          link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'Bad'),
        ]),
      ),
      { locale: 'en' },
    )
    expect(html).toContain(
      'href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer" target="_blank">Out</a>',
    )
    expect(html).not.toContain('javascript:')
  })

  it('renders uploads through the caller and finds them beforehand', () => {
    const data = doc(el('paragraph', [text('Before')]), {
      type: 'upload',
      version: 3,
      relationTo: 'media',
      value: { id: 9, filename: 'a.png' },
      fields: null,
    })
    expect(uploadsIn(data).map((u) => u.value)).toEqual([{ id: 9, filename: 'a.png' }])
    const html = richTextToHtml(data, {
      locale: 'en',
      upload: (node) => `<img data-id="${(node.value as { id: number }).id}">`,
    })
    expect(html).toBe('<p>Before</p><img data-id="9">')
    // Without a renderer an upload is left out rather than linked to the CMS.
    expect(richTextToHtml(data, { locale: 'en' })).toBe('<p>Before</p>')
  })

  it('returns an empty string for empty or missing rich text', () => {
    expect(richTextToHtml(null, { locale: 'en' })).toBe('')
    expect(richTextToHtml(doc(el('paragraph', [])), { locale: 'en' })).toBe('')
  })
})

describe('compactRichText', () => {
  const contentDir = path.join(import.meta.dirname, '../../content')
  /** Every rich text of the seed content (descriptions and bodies, every locale), as stored. */
  const seedRichTexts = fs
    .readdirSync(contentDir)
    .filter((file) => file.endsWith('.json') && file !== 'tsconfig.json')
    .flatMap((file) => {
      const records = JSON.parse(fs.readFileSync(path.join(contentDir, file), 'utf8')) as unknown
      return (Array.isArray(records) ? records : [records]).flatMap((record) =>
        ['description', 'body'].flatMap((field) => {
          const value = (record as Record<string, unknown>)[field] as
            Record<string, unknown> | undefined
          return Object.values(value ?? {})
            .filter((blocks) => Array.isArray(blocks))
            .map((blocks) => blocksToLexical(blocks as string[]) as RichText)
        }),
      )
    })
  /** What the editor writes besides the seed's shapes: alignment, indent, marks, a check list. */
  const edited = doc(
    el('paragraph', [text('Centred', 1), text(' code', 16)], { format: 'center', indent: 2 }),
    el('heading', [text('Right')], { tag: 'h2', format: 'right' }),
    el('list', [el('listitem', [text('done')], { checked: true, value: 1 })], {
      listType: 'check',
      tag: 'ul',
    }),
    el('paragraph', [
      link(
        {
          linkType: 'internal',
          doc: {
            relationTo: 'api-descriptions',
            value: { id: 4, slug: 'api', format: '', version: 1 },
          },
        },
        'API',
      ),
      { type: 'linebreak', version: 1 },
      text('after', 0),
    ]),
  )

  it('gives the same HTML for every seed text and an edited one, from less JSON', () => {
    expect(seedRichTexts.length).toBeGreaterThan(100)
    let before = 0
    let after = 0
    for (const data of [...seedRichTexts, edited]) {
      const compact = compactRichText(data)
      expect(richTextToHtml(compact, { locale: 'en' })).toBe(richTextToHtml(data, { locale: 'en' }))
      before += JSON.stringify(data).length
      after += JSON.stringify(compact).length
    }
    expect(after).toBeLessThan(before * 0.6)
  })

  it('drops only keys that hold their silent default, and never inside a node’s fields', () => {
    const json = JSON.stringify(compactRichText(edited))
    for (const kept of [
      '"format":"center"',
      '"indent":2',
      '"format":1',
      '"format":16',
      '"format":"right"',
      '"checked":true',
      '"value":{"id":4,"slug":"api","format":"","version":1}',
    ])
      expect(json).toContain(kept)
    for (const dropped of ['"version":1,"direction"', '"detail"', '"mode"', '"direction"'])
      expect(json).not.toContain(dropped)
    expect(compactRichText(null)).toBeNull()
  })
})
