import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

import type { Card } from '@shared/matchmakingTypes'
import BrowseFilters, { type Filters, noFilters } from './BrowseFilters'
import type { Shared } from './shared'

type Page = { docs: Card[]; totalDocs: number; totalPages: number }

/** Every other validated participant of the event, filtered and a page at a time. */
export default function Browse(props: Shared & { render: (c: Card) => ReactNode }) {
  const { client, failed, say } = props
  const id = useId()
  const [draft, setDraft] = useState<Filters>(noFilters)
  const [applied, setApplied] = useState<Filters>(noFilters)
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<Page | null>(null)
  const results = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let current = true
    void client
      .participants({ ...applied, page: page > 1 ? String(page) : undefined })
      .then((answer) => {
        if (current && !failed(answer) && answer.ok) setResult(answer.data)
      })
    return () => {
      current = false
    }
  }, [client, failed, applied, page])

  const apply = (filters: Filters) => {
    setApplied(filters)
    setPage(1)
  }
  // Turning a page moves the focus to the count above the list, where reading starts again.
  function turn(to: number) {
    setPage(to)
    results.current?.focus()
  }
  const totalPages = result?.totalPages ?? 1

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{say('tabs.browse')}</h2>
      <BrowseFilters
        {...props}
        draft={draft}
        onDraft={(change) => setDraft((d) => ({ ...d, ...change }))}
        onApply={() => apply(draft)}
        onReset={() => {
          setDraft(noFilters)
          apply(noFilters)
        }}
      />
      <h3 ref={results} tabIndex={-1} className="mm-results" aria-live="polite">
        {result ? say('browse.results', { count: result.totalDocs }) : say('loading')}
      </h3>
      {result && result.docs.length === 0 && <p>{say('browse.none')}</p>}
      {result && <div className="mm-cards">{result.docs.map(props.render)}</div>}
      {totalPages > 1 && (
        <nav className="mm-pager" aria-label={say('browse.pages')}>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={page <= 1}
            onClick={() => turn(page - 1)}
          >
            {say('browse.previous')}
          </button>
          <span>{say('browse.page', { page, pages: totalPages })}</span>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={page >= totalPages}
            onClick={() => turn(page + 1)}
          >
            {say('browse.next')}
          </button>
        </nav>
      )}
    </section>
  )
}
