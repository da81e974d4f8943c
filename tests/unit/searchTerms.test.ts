import { describe, expect, it } from 'vitest'

import { prepareForIndex, readPage } from '@cms/build/searchHtml'
import { indexTerms, queryTerms, splitCompound, termOf } from '@shared/searchTerms'
import { excerptFromContent } from '../../site/lib/search'

const same = (locale: string, words: string[]) => new Set(words.map((w) => termOf(locale, w)))

describe('search terms', () => {
  it('gives every Bulgarian form of "облак" (cloud), the adjective included, one term', () => {
    const forms = ['облак', 'облака', 'облакът', 'облаци', 'облаците', 'облачен', 'облачна']
    expect(same('bg', [...forms, 'облачни', 'облачните', 'Облачно'])).toEqual(new Set(['облак']))
    expect(same('bg', ['болница', 'болници', 'болнични'])).toEqual(new Set(['болник']))
    expect(same('bg', ['услуга', 'услуги', 'услугите'])).toEqual(new Set(['услуг']))
  })

  it('gives German singular and plural one term, Latin plurals too', () => {
    expect(same('de', ['Rechenzentrum', 'Rechenzentren', 'Rechenzentrums']).size).toBe(1)
    expect(same('de', ['Plattform', 'Plattformen']).size).toBe(1)
    expect(same('de', ['Krankenhaus', 'Krankenhäuser']).size).toBe(1)
  })

  it('leaves English to Pagefind', () => {
    expect(indexTerms('en', 'clouds')).toEqual([])
    expect(queryTerms('en', 'cloud hosting')).toBe('cloud hosting')
  })

  it('splits German compounds into words the site uses, across linking elements', () => {
    const known = new Set(['rechenzentrum', 'betrieb', 'krankenhaus', 'information', 'system'])
    const isWord = (w: string) => known.has(w)
    expect(splitCompound('Rechenzentrumsbetrieb', isWord)).toEqual(['rechenzentrum', 'betrieb'])
    expect(splitCompound('Krankenhausinformationssystem', isWord)).toEqual([
      'krankenhaus',
      'information',
      'system',
    ])
    expect(splitCompound('Betriebsamkeit', isWord)).toBeUndefined()
    // A compound is indexed with its parts' terms, so that "Rechenzentrum" finds it.
    expect(indexTerms('de', 'Rechenzentrumsbetrieb', isWord)).toContain(
      termOf('de', 'Rechenzentrum'),
    )
  })

  it('turns the search words into their terms', () => {
    expect(queryTerms('bg', 'облачни услуги')).toBe('облак услуг')
    expect(queryTerms('de', 'Rechenzentren')).toBe(termOf('de', 'Rechenzentrum'))
  })
})

describe('the HTML the index reads', () => {
  const page = (body: string, lang = 'bg') =>
    prepareForIndex(
      readPage(`<html lang="${lang}"><body><main data-pagefind-body>${body}</main></body></html>`),
    )

  it('puts each word’s terms before it, in markers, in the same element', () => {
    expect(page('<h1>Облачен хостинг.</h1>')).toContain('<h1> ⟦облак⟧ Облачен хостинг.</h1>')
  })

  it('keeps a word’s terms apart from the cell before it, which Pagefind joins without a space', () => {
    // "Версия⟦документ⟧" would be one word of the excerpt (the search page showed it).
    expect(page('<table><tr><td>Версия</td><td>Документация</td></tr></table>')).toMatch(
      /<td>[^<]*Версия<\/td><td> ⟦[^⟧]+⟧ Документация<\/td>/,
    )
  })

  it('takes key facts out of the text and indexes their values as light markers', () => {
    const html = page(
      '<table class="facts"><tr><th>Внедряване</th><td><ul><li>Облак</li><li>Локално</li></ul></td></tr></table>',
    )
    // The table itself is left out of what Pagefind reads; its values follow as markers.
    expect(html).not.toContain('<table')
    expect(html).toMatch(/<div data-pagefind-weight="0\.3">⟦облак⟧ ⟦локално⟧ ⟦локалн⟧ ⟦⟧<\/div>/)
    expect(html).not.toContain('⟦внедряване⟧')
  })

  it('indexes SearchMeta’s categories as markers with their weight, and weighs the lead', () => {
    const html = page(
      '<p class="lead">Хостинг</p><div hidden><p data-search-index-only data-pagefind-weight="2">Облачен хостинг</p></div>',
    )
    expect(html).toContain('<p data-pagefind-weight="3">')
    expect(html).toContain('<div data-pagefind-weight="2">⟦облачен⟧ ⟦облак⟧ ⟦хостинг⟧ ⟦⟧</div>')
  })

  it('leaves pages without data-pagefind-body alone', () => {
    const html = '<html lang="bg"><body><p>Облачен</p></body></html>'
    expect(prepareForIndex(readPage(html))).toBe(html)
  })
})

describe('excerpts from the indexed text', () => {
  it('leaves the terms out and marks the word whose term matched', () => {
    expect(
      excerptFromContent('Управляван Kubernetes и ⟦облак⟧ облачен, хостинг.', [3], 10),
    ).toEqual([
      { text: 'Управляван Kubernetes и ', mark: false },
      { text: 'облачен,', mark: true },
      { text: ' хостинг.', mark: false },
    ])
  })

  it('shows the run of words with the most matches, and nothing of index-only blocks', () => {
    const content = 'a b c d облак e f облак g ⟦облак⟧ ⟦облак⟧ ⟦⟧. h'
    expect(excerptFromContent(content, [4, 7, 9, 10], 4)).toEqual([
      { text: '… ', mark: false },
      { text: 'облак', mark: true },
      { text: ' e f ', mark: false },
      { text: 'облак', mark: true },
      { text: ' …', mark: false },
    ])
  })
})
