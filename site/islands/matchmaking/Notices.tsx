import { useEffect, useRef } from 'react'

import { LiveRegion } from '../forms/LiveRegion'
import type { Notice } from './useParticipant'

/**
 * The island's messages: a status region for news and an alert region for problems, both in
 * the page from the start. Focus moves to a new message, so that keyboard and screen-reader
 * users land on it.
 */
export default function Notices({ notice }: { notice: Notice | null }) {
  const status = useRef<HTMLDivElement>(null)
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!notice) return
    ;(notice.tone === 'danger' ? alert : status).current?.focus()
  }, [notice])
  const danger = notice?.tone === 'danger'
  return (
    <div className="mm-notices">
      <LiveRegion
        ref={status}
        role="status"
        text={notice && !danger ? notice.text : ''}
        className={`notice mm-notice-${notice?.tone ?? 'ok'}`}
      />
      <LiveRegion
        ref={alert}
        role="alert"
        text={notice && danger ? notice.text : ''}
        className="notice notice-danger"
      />
    </div>
  )
}
