import { decodeHTML } from 'entities'
import { describe, expect, it } from 'vitest'

import { hyphenateHtml } from '@site/lib/softHyphens'
import { hyphenatePlainText, hyphenateText, softHyphen } from '../../cms/shared/hyphenate'

const strip = (html: string) => html.replaceAll(softHyphen, '')

describe('soft hyphens at build time', () => {
  it('breaks a long German compound at its legal points only', () => {
    const out = hyphenateText('Unser Dienstleistungskatalog', 'de')
    expect(out.split(softHyphen)).toEqual(['Unser Dienst', 'leis', 'tungs', 'ka', 'ta', 'log'])
    expect(strip(out)).toBe('Unser Dienstleistungskatalog')
  })

  it('hyphenates Bulgarian with Bulgarian patterns and leaves unknown languages alone', () => {
    const out = hyphenateText('киберсигурността', 'bg')
    expect(out).toContain(softHyphen)
    expect(strip(out)).toBe('киберсигурността')
    expect(hyphenateText('Dienstleistungskatalog', 'fr')).toBe('Dienstleistungskatalog')
  })

  it('leaves short words, addresses, numbers and identifiers whole', () => {
    for (const text of [
      'Katalog der Firma',
      'https://dienstleistungskatalog.example/Rechenzentrum',
      'info@dienstleistungskatalog.example',
      'Rechenzentrum2025',
      'rechenzentrum_config',
    ])
      expect(hyphenateText(text, 'de')).toBe(text)
  })

  it('touches only the text of <main>, never attributes, code, scripts or other languages', () => {
    const page = [
      '<html lang="de"><head><title>Dienstleistungskatalog</title></head><body>',
      '<nav>Veröffentlichungen</nav>',
      '<main><h1 title="Dienstleistungskatalog">Dienstleistungskatalog</h1>',
      '<p>Ein <a href="/de/dienstleistungskatalog/">Rechenzentrum</a> in Warna.</p>',
      '<code>Dienstleistungskatalog</code><pre>Rechenzentrum</pre>',
      '<script>const Dienstleistungskatalog = 1</script><style>.Rechenzentrum{}</style>',
      '<p lang="en">Rechenzentrum</p><svg><text>Rechenzentrum</text></svg></main>',
      '</body></html>',
    ].join('')
    const out = hyphenateHtml(page)
    expect(strip(out)).toBe(page)
    expect(out).toContain(`<h1 title="Dienstleistungskatalog">Dienst${softHyphen}leis`)
    expect(out).toContain(`>Re${softHyphen}chen${softHyphen}zen${softHyphen}trum</a>`)
    expect(out).toContain('<title>Dienstleistungskatalog</title>')
    expect(out).toContain('<nav>Veröffentlichungen</nav>')
    expect(out).toContain('<code>Dienstleistungskatalog</code><pre>Rechenzentrum</pre>')
    expect(out).toContain('<script>const Dienstleistungskatalog = 1</script>')
    expect(out).toContain('<svg><text>Rechenzentrum</text></svg>')
    // The browser shows the same text: a soft hyphen is invisible unless a line breaks there.
    expect(decodeHTML(out).replaceAll('\u00ad', '')).toBe(decodeHTML(page))
  })
})

describe('soft hyphens in the catalogue island’s card data', () => {
  // The island draws cards from cards.json; the static cards get their hyphens from the pass
  // over the built HTML. The same text must break at the same points in both.
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!,
    )
  for (const [lang, text] of [
    ['de', 'Dienstleistung für Rechenzentren & Cloud-Infrastruktur'],
    ['de', 'Die „Datenplattform“ des Anbieters: Echtzeitüberwachung, 24/7'],
    ['bg', 'Управлявани Kubernetes клъстери в собствените ни центрове за данни'],
    ['en', "Europe's interoperability platform for hospital information systems"],
  ] as const)
    it(`puts U+00AD where the HTML pass puts &shy; (${lang}: ${text.slice(0, 24)}…)`, () => {
      const html = `<main><p lang="${lang}">${escape(text)}</p></main>`
      const fromHtml = decodeHTML(
        hyphenateHtml(html).replace(/^<main><p[^>]*>|<\/p><\/main>$/g, ''),
      )
      expect(hyphenatePlainText(text, lang)).toBe(fromHtml)
      expect(fromHtml).not.toBe(text)
    })
})

describe('soft hyphens and islands', () => {
  it('leave an island’s server-rendered HTML as React renders it, so hydration matches', () => {
    const island =
      '<astro-island uid="x"><label>Ergebnisse eingrenzen nach Dienstleistungskatalog</label></astro-island>'
    const html = `<main><p lang="de">Dienstleistungskatalog</p>${island}</main>`
    const out = hyphenateHtml(html.replace('<main>', '<main lang="de">'))
    expect(out).toContain(island)
    expect(out).toContain(`Dienst${softHyphen}leis`)
  })
})
