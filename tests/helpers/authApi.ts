import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type SanitizedConfig } from 'payload'

type Config = SanitizedConfig | Promise<SanitizedConfig>

/**
 * Payload's REST API and its GraphQL endpoint over real HTTP on a loopback port: the handlers
 * the Next.js routes `/api/[...slug]` and `/api/graphql` call, without building the admin app.
 */
export async function startApiServer(config: Config) {
  const graphql = GRAPHQL_POST(config)
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      const headers = { ...req.headers } as Record<string, string>
      headers['x-forwarded-for'] ??= req.socket.remoteAddress ?? ''
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      })
      const response = req.url?.startsWith('/api/graphql')
        ? await graphql(request)
        : await handleEndpoints({ config, request })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return { url, ...clientFor(url), close: () => new Promise((r) => server.close(() => r(null))) }
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
