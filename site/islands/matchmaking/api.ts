import type { Card, FreeSlot, Me, MeetingView, Problem, Suggestion } from '@shared/matchmakingTypes'

/**
 * The portal's client of /api/matchmaking/ (cms/matchmaking/endpoints/): the participant's
 * session lives in localStorage per event, so the agenda opened in a new tab or the next morning
 * is still signed in (the CMS ends it after 7 days, on sign-out, or when staff end it); never a
 * cookie, so no other site can ride on it. It travels in the X-Matchmaking-Session header.
 */
export const sessionHeader = 'X-Matchmaking-Session'

const storageKey = (event: string) => `matchmaking:${event}`

export function storedSession(event: string): string | null {
  try {
    return localStorage.getItem(storageKey(event))
  } catch {
    return null
  }
}

export function storeSession(event: string, session: string | null) {
  try {
    if (session) localStorage.setItem(storageKey(event), session)
    else localStorage.removeItem(storageKey(event))
  } catch {
    // Storage refused (private mode): the session lasts as long as the page.
  }
}

/** An answer: the body, or the server's words for what went wrong (or `network`). */
export type Result<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; problem: Problem | null }

export type Client = ReturnType<typeof matchmakingClient>

/** A client for one event, in one locale, with the session when there is one. */
export function matchmakingClient(cmsUrl: string, locale: string, session: string | null) {
  const base = `${cmsUrl.replace(/\/+$/, '')}/api/matchmaking`
  async function call<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': locale,
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (session) headers[sessionHeader] = session
    let response: Response
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify({ locale, ...(body as object) }),
      })
    } catch {
      return { ok: false, status: 0, problem: null }
    }
    const data = response.status === 204 ? null : await response.json().catch(() => null)
    return response.ok
      ? { ok: true, status: response.status, data: data as T }
      : { ok: false, status: response.status, problem: data as Problem | null }
  }
  const q = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams({ locale })
    for (const [k, v] of Object.entries(params)) if (v) search.set(k, v)
    return `?${search}`
  }
  return {
    register: (form: Record<string, unknown>) =>
      call<{ ok: true; message: string }>('POST', '/register', form),
    confirm: (token: string) =>
      call<{ session: string; participant: Me }>('POST', '/confirm', { token }),
    requestSignIn: (event: string, email: string) =>
      call<{ ok: true; message: string }>('POST', '/signin', { event, email }),
    signIn: (token: string) =>
      call<{ session: string; participant: Me }>('POST', '/session', { token }),
    signOut: () => call<null>('DELETE', '/session'),
    me: () => call<Me>('GET', `/me${q({})}`),
    updateMe: (changes: Partial<Me>) => call<Me>('PATCH', '/me', changes),
    participants: (filters: Record<string, string | undefined>) =>
      call<{ docs: Card[]; totalDocs: number; page: number; totalPages: number }>(
        'GET',
        `/participants${q(filters)}`,
      ),
    suggestions: () => call<{ docs: Suggestion[] }>('GET', `/suggestions${q({})}`),
    meetings: () => call<{ docs: MeetingView[] }>('GET', `/meetings${q({})}`),
    request: (withId: Card['id'], message: string) =>
      call<MeetingView>('POST', '/meetings', { with: withId, message }),
    freeSlots: (meeting: MeetingView['id']) =>
      call<{ slots: FreeSlot[] }>('GET', `/meetings/${meeting}/slots${q({})}`),
    accept: (meeting: MeetingView['id'], start?: string) =>
      call<MeetingView>('POST', `/meetings/${meeting}/accept`, { start }),
    decline: (meeting: MeetingView['id']) =>
      call<MeetingView>('POST', `/meetings/${meeting}/decline`, {}),
    cancel: (meeting: MeetingView['id']) =>
      call<MeetingView>('POST', `/meetings/${meeting}/cancel`, {}),
  }
}
