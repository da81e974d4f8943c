import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { Me } from '@shared/matchmakingTypes'
import { type Client, matchmakingClient, type Result, storedSession, storeSession } from './api'
import type { Say } from './text'

export type Notice = { text: string; tone: 'ok' | 'warn' | 'danger' }

type State =
  { phase: 'starting' } | { phase: 'signedOut' } | { phase: 'signedIn'; session: string; me: Me }

/** The link kinds a mail carries in the page's fragment: …/matchmaking/#confirm=<token>. */
const linkPattern = /^#(confirm|signin)=([^&]+)$/

/**
 * The participant's session on this page: from a mail's link (the fragment, spent once and
 * removed from the address bar so that it is neither bookmarked nor shared), else from
 * localStorage; a session the CMS no longer knows signs the participant out.
 */
export function useParticipant(options: {
  cmsUrl: string
  locale: string
  event: string
  say: Say
}) {
  const { cmsUrl, locale, event, say } = options
  const [state, setState] = useState<State>({ phase: 'starting' })
  const [notice, setNotice] = useState<Notice | null>(null)
  const session = state.phase === 'signedIn' ? state.session : null
  const client: Client = useMemo(
    () => matchmakingClient(cmsUrl, locale, session),
    [cmsUrl, locale, session],
  )
  const started = useRef(false)

  const signedOut = useCallback(
    (message?: Notice) => {
      storeSession(event, null)
      setState({ phase: 'signedOut' })
      setNotice(message ?? null)
    },
    [event],
  )

  /** The server's own words for a failed answer (its `errors._form`), else ours. */
  const problemText = useCallback(
    (result: Result<unknown>): string => {
      if (result.ok) return ''
      if (result.status === 0) return say('error.network')
      const errors = result.problem?.errors ?? {}
      return errors._form ?? Object.values(errors)[0] ?? say('error.generic')
    },
    [say],
  )

  /**
   * Handles a failed answer: a refused session ends it (401), anything else is said. Returns
   * true when there was a failure.
   */
  const failed = useCallback(
    (result: Result<unknown>): result is Exclude<Result<unknown>, { ok: true }> => {
      if (result.ok) return false
      if (result.status === 401) signedOut({ text: say('signin.ended'), tone: 'warn' })
      else setNotice({ text: problemText(result), tone: 'danger' })
      return true
    },
    [problemText, say, signedOut],
  )

  /** Spends a mail's link from the fragment: confirm (first use) or a one-time sign-in. */
  const spendLink = useCallback(
    async (kind: string, token: string) => {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      )
      const anonymous = matchmakingClient(cmsUrl, locale, null)
      const answer = await (kind === 'confirm'
        ? anonymous.confirm(decodeURIComponent(token))
        : anonymous.signIn(decodeURIComponent(token)))
      if (answer.ok) {
        storeSession(event, answer.data.session)
        setState({ phase: 'signedIn', session: answer.data.session, me: answer.data.participant })
        setNotice(kind === 'confirm' ? { text: say('signin.confirmed'), tone: 'ok' } : null)
      } else if (answer.status === 400 || answer.status === 404 || answer.status === 410) {
        signedOut({ text: say('signin.expired'), tone: 'warn' })
      } else {
        signedOut({ text: problemText(answer), tone: 'danger' })
      }
    },
    [cmsUrl, event, locale, problemText, say, signedOut],
  )

  useEffect(() => {
    // A link opened in a tab that already shows this page changes only the fragment.
    const onHash = () => {
      const link = linkPattern.exec(window.location.hash)
      if (link) void spendLink(link[1]!, link[2]!)
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [spendLink])

  useEffect(() => {
    // React's development mode mounts twice; a link can be spent only once.
    if (started.current) return
    started.current = true
    const link = linkPattern.exec(window.location.hash)
    if (link) {
      void Promise.resolve().then(() => spendLink(link[1]!, link[2]!))
      return
    }
    const stored = storedSession(event)
    if (!stored) {
      // After hydration (not during it): the server's HTML said "Loading…".
      void Promise.resolve().then(() => setState({ phase: 'signedOut' }))
      return
    }
    void matchmakingClient(cmsUrl, locale, stored)
      .me()
      .then((me) => {
        if (me.ok) setState({ phase: 'signedIn', session: stored, me: me.data })
        else if (me.status === 401) signedOut({ text: say('signin.ended'), tone: 'warn' })
        else {
          setState({ phase: 'signedOut' })
          setNotice({ text: problemText(me), tone: 'danger' })
        }
      })
  }, [cmsUrl, event, locale, problemText, say, signedOut, spendLink])

  const signOut = useCallback(async () => {
    // Ended on the server too (a stolen copy of the session dies with it); the page forgets it
    // even when the server cannot be reached.
    await client.signOut()
    signedOut({ text: say('signedOut'), tone: 'ok' })
  }, [client, say, signedOut])

  const setMe = useCallback(
    (me: Me) => setState((s) => (s.phase === 'signedIn' ? { ...s, me } : s)),
    [],
  )

  return { state, client, notice, setNotice, failed, problemText, signOut, setMe }
}
