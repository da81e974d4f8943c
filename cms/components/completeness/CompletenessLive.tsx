'use client'
/**
 * The edit view's completeness card, kept current: after each save of the document (Payload's
 * `lastUpdateTime` changes) it asks the completeness endpoint again, which scores the saved
 * version. The server rendered the first state, so nothing is fetched on load.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { CompletenessView } from '../../completeness/view'
import { CompletenessCard } from './CompletenessCard'

type Props = { initial: CompletenessView; url: string; failed: string; self: string }

export function CompletenessLive({ initial, url, failed, self }: Props) {
  const { lastUpdateTime } = useDocumentInfo()
  const [view, setView] = useState(initial)
  const [error, setError] = useState(false)
  const first = useRef(lastUpdateTime)
  useEffect(() => {
    if (lastUpdateTime === first.current) return
    const abort = new AbortController()
    fetch(url, { credentials: 'include', signal: abort.signal })
      .then((res) => (res.ok ? (res.json() as Promise<CompletenessView>) : Promise.reject()))
      .then((next) => {
        setView(next)
        setError(false)
      })
      .catch(() => {
        if (!abort.signal.aborted) setError(true)
      })
    return () => abort.abort()
  }, [lastUpdateTime, url])
  return (
    <div className="completeness--field" aria-live="polite">
      <CompletenessCard
        view={view}
        compact
        headingLevel={3}
        testId="completeness-field"
        limit={3}
        fullGroup={self}
      />
      {error && <p role="alert">{failed}</p>}
    </div>
  )
}
