/**
 * The admin's build panel says when a build's pages are live but its search index is still
 * being built, and when the index failed and the previous one stays (cms/build/buildSite.ts).
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { BuildHistoryEntry, SearchIndexRecord } from '../../cms/build/buildRecord'
import { SearchIndexNotice } from '../../cms/components/SearchIndexNotice'
import { withIndexState } from '../../cms/jobs/latestBuild'

const build = (searchIndex?: SearchIndexRecord): BuildHistoryEntry => ({
  result: 'succeeded',
  by: 'job',
  startedAt: '2026-12-06T20:00:00.000Z',
  finishedAt: '2026-12-06T20:00:20.000Z',
  durationMs: 20_000,
  pages: 35_144,
  ...(searchIndex ? { searchIndex } : {}),
})

const shown = (latest: BuildHistoryEntry | undefined, language: string) =>
  renderToStaticMarkup(createElement(SearchIndexNotice, { latest, language }))

describe('the build panel’s line about the search index', () => {
  it('says the pages are live while the index is updating, in the admin’s language', () => {
    const updating = build({ result: 'updating' })
    expect(shown(updating, 'en')).toContain('Pages are live; the search index is updating.')
    expect(shown(updating, 'bg')).toContain(
      'Страниците са публикувани; индексът за търсене се обновява.',
    )
    expect(shown(updating, 'de')).toContain(
      'Die Seiten sind online; der Suchindex wird aktualisiert.',
    )
  })

  it('says a failed index left the previous one in place, and why it failed', () => {
    const failed = build({ result: 'failed', error: 'pagefind writeFiles: disk full' })
    const html = shown(failed, 'en')
    expect(html).toContain('The search index failed; the previous index stays.')
    expect(html).toContain('pagefind writeFiles: disk full')
    expect(shown(failed, 'de')).toContain('der bisherige bleibt')
    expect(shown(failed, 'bg')).toContain('остава предишният')
  })

  it('says nothing once the index is up to date, or for builds from before the index phase', () => {
    expect(shown(build({ result: 'succeeded' }), 'en')).toBe('')
    expect(shown(build(), 'en')).toBe('')
    expect(shown(undefined, 'en')).toBe('')
  })

  it('shows an index left "updating" by a build that no longer runs as interrupted', () => {
    const history = [build({ result: 'updating' }), build({ result: 'updating' })]
    expect(withIndexState(history, true).map((b) => b.searchIndex?.result)).toEqual([
      'updating',
      'interrupted',
    ])
    const [latest] = withIndexState(history, false)
    expect(latest!.searchIndex?.result).toBe('interrupted')
    expect(shown(latest, 'en')).toContain(
      'The search index was interrupted; the previous index stays.',
    )
  })
})
