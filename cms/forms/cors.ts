/**
 * Cross-origin rules of the public form endpoints: the portal (SITE_URL, by default
 * http://localhost:4321) may post to them from the browser; any other web page may not.
 * Payload's own `cors` setting stays empty, so it adds no Access-Control-Allow-Origin itself.
 */
export const siteOrigin = (): string =>
  new URL(process.env.SITE_URL || 'http://localhost:4321').origin

/**
 * Whether a request may use the form: no Origin (not a browser posting across sites, e.g.
 * curl or a server) or the portal's own origin.
 */
export const originAllowed = (origin: string | null): boolean =>
  origin === null || origin === siteOrigin()

/** Headers that let the portal's page read the answer (and Retry-After) of a form post. */
export function corsHeaders(origin: string | null): Headers {
  const headers = new Headers({ Vary: 'Origin' })
  if (origin !== null && origin === siteOrigin()) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Expose-Headers', 'Retry-After')
  }
  return headers
}

/** The answer to a browser's preflight: POST with a JSON body, cached for ten minutes. */
export function preflightHeaders(origin: string | null): Headers {
  const headers = corsHeaders(origin)
  headers.set('Allow', 'POST, OPTIONS')
  if (headers.has('Access-Control-Allow-Origin')) {
    headers.set('Access-Control-Allow-Methods', 'POST, OPTIONS')
    headers.set('Access-Control-Allow-Headers', 'Content-Type, Accept-Language')
    headers.set('Access-Control-Max-Age', '600')
  }
  return headers
}
