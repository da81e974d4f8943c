import http from 'node:http'

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })

/**
 * One HTTP request with the path sent exactly as given: `fetch` would normalise `..` and
 * re-encode escapes, which is what a hostile client does not do. A status of 0 means the
 * connection failed or timed out.
 */
export function rawRequest(
  base: string,
  request: {
    method: string
    path: string
    headers?: Record<string, string>
    body?: string | Buffer
  },
  timeoutMs = 60_000,
): Promise<RawResponse> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body)
    const req = http.request(
      {
        agent,
        hostname,
        port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(body ? { 'content-length': body.length } : {}) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', () => resolve({ status: 0, headers: {}, body: 'response error' }))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error) => resolve({ status: 0, headers: {}, body: String(error) }))
    req.end(body)
  })
}
