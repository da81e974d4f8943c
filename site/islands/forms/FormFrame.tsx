import './forms.css'

import type { FormEvent, MutableRefObject, ReactNode, RefObject } from 'react'

/** What FormFrame reads of a form's state: the parts of `usePublicForm` it draws. */
type FrameState = {
  /** The form's id; the honeypot's id starts with it. */
  id: string
  mounted: boolean
  status: 'idle' | 'sending' | 'sent'
  formError: string
  honeypot: MutableRefObject<string>
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
  const { id, mounted, status, formError, refs } = props.form
  if (!mounted) return <div className="form-fallback">{props.fallback}</div>
  return (
    <div className="public-form">
      <div
        ref={refs.done}
        role="status"
        tabIndex={-1}
        className={status === 'sent' ? 'form-done' : undefined}
      >
        {status === 'sent' ? props.success : ''}
      </div>
      {status !== 'sent' && (
        <form
          ref={refs.form}
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
              onChange={(event) => (props.form.honeypot.current = event.target.value)}
            />
          </div>
          {formError && (
            <div ref={refs.alert} role="alert" tabIndex={-1} className="form-alert">
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
