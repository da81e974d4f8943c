import { useEffect, useRef } from 'react'

import type { Notice } from './useParticipant'

/**
 * The island's messages: a status region for news and an alert region for problems, both in
 * the page from the start (a live region added together with its text is often not read out).
 * Focus moves to a new message, so that keyboard and screen-reader users land on it.
 */
export default function Notices({ notice }: { notice: Notice | null }) {
  const status = useRef<HTMLDivElement>(null)
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!notice) return
    ;(notice.tone === 'danger' ? alert : status).current?.focus()
  }, [notice])
  const tone = notice?.tone ?? 'ok'
  return (
    <div className="mm-notices">
      <div
        ref={status}
        role="status"
        tabIndex={-1}
        className={notice && tone !== 'danger' ? `notice mm-notice-${tone}` : undefined}
      >
        {notice && tone !== 'danger' ? notice.text : ''}
      </div>
      <div
        ref={alert}
        role="alert"
        tabIndex={-1}
        className={notice && tone === 'danger' ? 'notice notice-danger' : undefined}
      >
        {notice && tone === 'danger' ? notice.text : ''}
      </div>
    </div>
  )
}
