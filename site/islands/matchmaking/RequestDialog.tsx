import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import type { Card } from '@shared/matchmakingTypes'
import type { Client, Result } from './api'
import type { Say } from './text'

type Props = {
  say: Say
  client: Client
  /** Whom the request goes to; null when the dialog is closed. */
  to: Card | null
  onClose: () => void
  /** Called after the CMS took the request. */
  onSent: (to: Card) => void
  /** Handles a refused session or says what failed; true on failure. */
  failed: (result: Result<unknown>) => boolean
}

const maxMessage = 500

/**
 * "Request a meeting": a native modal dialog (the browser keeps focus inside it, Escape closes
 * it and focus returns to the button that opened it) with a short message.
 */
export default function RequestDialog(props: Props) {
  const { say, to } = props
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (to && !element.open) {
      setMessage('')
      setError('')
      element.showModal()
    } else if (!to && element.open) element.close()
  }, [to])

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!to) return
    setSending(true)
    const answer = await props.client.request(to.id, message.trim())
    setSending(false)
    if (answer.ok) {
      // Closed here, before the page's message takes the focus: the button that opened the
      // dialog gives way to "Meeting requested", so focus cannot go back to it.
      dialog.current?.close()
      return props.onSent(to)
    }
    const text = answer.problem?.errors?.message ?? answer.problem?.errors?._form
    if (text && answer.status !== 401) {
      setError(text)
      document.getElementById(`${id}-error`)?.focus()
    } else {
      props.onClose()
      props.failed(answer)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="mm-dialog"
      aria-labelledby={`${id}-title`}
      onClose={props.onClose}
    >
      {to && (
        <form noValidate onSubmit={submit} className="public-form">
          <h2 id={`${id}-title`}>{say('dialog.title', { name: to.name })}</h2>
          <p className="meta">{to.organisation}</p>
          <div className="form-field">
            <label htmlFor={`${id}-message`}>{say('dialog.message')}</label>
            <p id={`${id}-hint`} className="form-hint">
              {say('dialog.hint')}
            </p>
            <textarea
              id={`${id}-message`}
              name="message"
              rows={5}
              maxLength={maxMessage}
              value={message}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setMessage(e.target.value)}
            />
          </div>
          {error && (
            <div id={`${id}-error`} role="alert" tabIndex={-1} className="form-alert">
              {error}
            </div>
          )}
          <div className="mm-dialog-actions">
            <button type="submit" className="button" disabled={sending}>
              {say('dialog.send')}
            </button>
            <button type="button" className="button button-secondary" onClick={props.onClose}>
              {say('dialog.close')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
