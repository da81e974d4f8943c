import type { SanitizedConfig } from 'payload'

import { startRestServer } from './http'
import { startPayload } from './payload'
import { createWorld } from './world'

/**
 * Payload's REST API and its GraphQL endpoint over real HTTP on a loopback port (see
 * startRestServer), with JSON calls for the auth tests.
 */
export async function startApiServer(config: SanitizedConfig | Promise<SanitizedConfig>) {
  const server = await startRestServer(config)
  return { url: server.url, ...clientFor(server.url), close: server.close }
}

/**
 * What every auth test starts with: Payload on its own database, the access world (users of
 * each role, two member companies) and the API over HTTP. `stop` undoes all three.
 */
export async function startAuthWorld(label: string) {
  const ctx = await startPayload(label)
  const world = await createWorld(ctx.payload)
  const api = await startApiServer(ctx.payload.config)
  const stop = async () => {
    await api.close()
    await ctx.stop()
  }
  return { ctx, world, api, stop }
}

export type Answer = { status: number; body: Record<string, unknown>; headers: Headers }

/** JSON calls against one server, with or without a user's token. */
export function clientFor(url: string) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    token?: string,
    extra: Record<string, string> = {},
  ): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extra }
    if (token) headers.authorization = `JWT ${token}`
    const res = await fetch(url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let parsed: Record<string, unknown> = {}
    try {
      parsed = JSON.parse(text) as Record<string, unknown>
    } catch {
      parsed = { text }
    }
    return { status: res.status, body: parsed, headers: res.headers }
  }
  const login = (email: string, password: string, extra?: Record<string, string>) =>
    call('POST', '/api/users/login', { email, password }, undefined, extra)
  /** The token of a good login; throws otherwise. */
  const tokenOf = async (email: string, password: string) => {
    const answer = await login(email, password)
    if (answer.status !== 200) throw new Error(`login ${email}: ${JSON.stringify(answer.body)}`)
    return String(answer.body.token)
  }
  const gql = (query: string, token?: string, variables?: Record<string, unknown>) =>
    call('POST', '/api/graphql', { query, variables }, token)
  return { call, login, tokenOf, gql }
}

/** The first error message of a REST or GraphQL answer. */
export const errorOf = (answer: Answer): string =>
  String((answer.body.errors as { message?: string }[] | undefined)?.[0]?.message ?? '')
