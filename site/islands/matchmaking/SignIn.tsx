import { type FormEvent, useId, useState } from 'react'

import type { Client, Result } from './api'
import type { Say } from './text'
import type { Notice } from './useParticipant'

type Props = {
  say: Say
  client: Client
  event: string
  /** The event's page, where people register. */
  eventUrl: string
  setNotice: (notice: Notice | null) => void
  problemText: (result: Result<unknown>) => string
}

/**
 * What a visitor without a session sees: what the page is for, and the form that mails a
 * one-time sign-in link (the CMS answers the same whether or not the address is registered,
 * so the page cannot be used to find out who takes part).
 */
export default function SignIn(props: Props) {
  const { say, client, event } = props
  const id = useId()
  const [email, setEmail] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)
  async function submit(e: FormEvent) {
    e.preventDefault()
    const address = email.trim()
    if (!address) {
      setError(say('signin.emailMissing'))
      document.getElementById(`${id}-email`)?.focus()
      return
    }
    setError('')
    setSending(true)
    const answer = await client.requestSignIn(event, address)
    setSending(false)
    if (answer.ok) props.setNotice({ text: say('signin.sent', { email: address }), tone: 'ok' })
    else {
      const fieldError = answer.problem?.errors?.email
      if (fieldError) {
        setError(fieldError)
        document.getElementById(`${id}-email`)?.focus()
      } else props.setNotice({ text: props.problemText(answer), tone: 'danger' })
    }
  }
  return (
    <div className="mm-signin">
      <section aria-labelledby={`${id}-intro`} className="mm-intro">
        <h2 id={`${id}-intro`}>{say('intro.heading')}</h2>
        <p>{say('intro.text')}</p>
        <p>
          <a href={props.eventUrl}>{say('signin.register')}</a>
        </p>
      </section>
      <section aria-labelledby={`${id}-heading`} className="mm-panel">
        <h2 id={`${id}-heading`}>{say('signin.heading')}</h2>
        <p>{say('signin.text')}</p>
        <form noValidate onSubmit={submit} className="public-form mm-signin-form">
          <div className={`form-field${error ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-email`}>{say('signin.email')}</label>
            {error && (
              <p id={`${id}-error`} className="form-error">
                {error}
              </p>
            )}
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={sending}>
              {sending ? say('signin.sending') : say('signin.submit')}
            </button>
          </div>
        </form>
      </section>
    </div>
  )
}
