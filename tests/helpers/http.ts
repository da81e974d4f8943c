import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints, type SanitizedConfig } from 'payload'

import { withPeerAddress } from '../../cms/forms/clientIp'

/**
 * Serves Payload's REST API over real HTTP on a loopback port: the same request handler the
 * Next.js route `/api/[...slug]` calls, without building the admin app. `POST /api/graphql` goes
 * to the handler of the Next.js route `/api/graphql` (GRAPHQL_POST), as in the admin app.
 */
export async function startRestServer(config: SanitizedConfig | Promise<SanitizedConfig>) {
  let graphql: Promise<(request: Request) => Promise<Response>> | undefined
  // Loaded on the first GraphQL request only: most tests never make one.
  const graphqlPost = () =>
    (graphql ??= import('@payloadcms/next/routes').then(({ GRAPHQL_POST }) =>
      GRAPHQL_POST(config as Promise<SanitizedConfig>),
    ))
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      // As the CMS server does (cms/server.ts): the socket's address appended, so a test
      // that plays a proxy sends X-Forwarded-For and sets FORMS_TRUSTED_PROXIES=1.
      const headers = { ...req.headers } as Record<string, string>
      headers['x-forwarded-for'] = withPeerAddress(
        req.headers['x-forwarded-for'],
        req.socket.remoteAddress,
      )
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      })
      const response =
        req.method === 'POST' && req.url?.split('?')[0] === '/api/graphql'
          ? await (
              await graphqlPost()
            )(request)
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
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
