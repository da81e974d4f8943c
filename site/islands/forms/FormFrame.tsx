import './forms.css'

import type { FormEvent, ReactNode, RefObject } from 'react'

import { LiveRegion } from './LiveRegion'

/** What FormFrame reads of a form's state: the parts of `usePublicForm` it draws. */
type FrameState = {
  /** The form's id; the honeypot's id starts with it. */
  id: string
  mounted: boolean
  status: 'idle' | 'sending' | 'sent'
  formError: string
  /** Keeps what a bot typed into the honeypot, sent with the form. */
  onHoneypot: (value: string) => void
  refs: {
    form: RefObject<HTMLFormElement | null>
    alert: RefObject<HTMLDivElement | null>
    done: RefObject<HTMLDivElement | null>
  }
  onSubmit: (event: FormEvent) => void
  /** Called when the visitor enters the form: loads what checking it needs. */
  prepare: () => void
}

type Props = {
  form: FrameState
  /** Shown instead of the form until it works: in the server's HTML and without JavaScript. */
  fallback: ReactNode
  success: string
  submitLabel: string
  sendingLabel: string
  honeypotLabel: string
  children: ReactNode
}

/**
 * What every public form shares: the no-JavaScript fallback, the honeypot, the form-wide error
 * (an alert), the submit button that is disabled while sending, and the success message in a
 * status region that exists from the start, so that screen readers announce it.
 */
export default function FormFrame(props: Props) {
  const { id, mounted, status, formError } = props.form
  // Named …Ref, so that React's lint rules see refs handed to `ref`, not read during render.
  const { form: formRef, alert: alertRef, done: doneRef } = props.form.refs
  if (!mounted) return <div className="form-fallback">{props.fallback}</div>
  return (
    <div className="public-form">
      <LiveRegion
        ref={doneRef}
        role="status"
        text={status === 'sent' ? props.success : ''}
        className="form-done"
      />
      {status !== 'sent' && (
        <form
          ref={formRef}
          noValidate
          onSubmit={props.form.onSubmit}
          onFocus={props.form.prepare}
          aria-busy={status === 'sending'}
        >
          <div className="form-grid">{props.children}</div>
          {/* A trap for bots that fill every field; people never see or reach it. */}
          <div className="form-trap" aria-hidden="true">
            <label htmlFor={`${id}-homepage`}>{props.honeypotLabel}</label>
            <input
              id={`${id}-homepage`}
              name="homepage"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
              onChange={(event) => props.form.onHoneypot(event.target.value)}
            />
          </div>
          {formError && (
            <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
              {formError}
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={status === 'sending'}>
              {status === 'sending' ? props.sendingLabel : props.submitLabel}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
