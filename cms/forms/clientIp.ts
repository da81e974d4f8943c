/**
 * The visitor's address, for the forms' rate limit and the login throttle. The CMS's own server
 * (cms/server.ts) appends the address of the connection it accepted to X-Forwarded-For, as a
 * reverse proxy does, so the rightmost entry is always what this machine saw; every entry to
 * its left was written by someone else, the client included.
 *
 * FORMS_TRUSTED_PROXIES (default 0) says how many of those writers are your own proxies:
 * - 0, the CMS exposed directly: the socket's address; a header the client sent changes nothing;
 * - 1, behind nginx or a load balancer: the address that proxy accepted the connection from;
 * - 2, a CDN in front of nginx: the address the CDN saw; and so on.
 *
 * Set it to the number of proxies really in front: one too many lets a client pick its key by
 * sending the header itself, one too few counts all visitors as the proxy.
 */
export function clientIp(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  // Past the leftmost entry there is nobody left to trust: that is the client's own claim.
  const ip = hops[Math.max(0, hops.length - 1 - trustedProxies())] ?? 'unknown'
  return rateLimitKey(ip)
}

/** FORMS_TRUSTED_PROXIES as a whole number of proxies, 0 when unset or not a number. */
export const trustedProxies = () =>
  Math.max(0, Math.trunc(Number(process.env.FORMS_TRUSTED_PROXIES) || 0))

/**
 * X-Forwarded-For with the address of the connection appended, as a proxy writes it. The CMS
 * server (and the tests' REST server) sets the header to this before anything reads it; Node
 * joins repeated header lines with commas, so `existing` is one string or a list.
 *
 * @example withPeerAddress('10.6.6.6', '::ffff:192.0.2.7') // '10.6.6.6, ::ffff:192.0.2.7'
 */
export function withPeerAddress(
  existing: string | string[] | undefined,
  peer: string | undefined,
): string {
  const claimed = [existing ?? []].flat().join(', ').trim()
  const seen = peer || 'unknown'
  return claimed ? `${claimed}, ${seen}` : seen
}

/**
 * The key one visitor is counted under: an IPv4 address as is (also when IPv4-mapped), an IPv6
 * address by its /64 network, since one subscriber gets a whole /64 to pick addresses from.
 *
 * @example rateLimitKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function rateLimitKey(raw: string): string {
  const ip = raw
    .replace(/^\[|\](:\d+)?$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)
  if (mapped) return mapped[1]!
  if (!ip.includes(':')) return ip.slice(0, 64)
  const [head = '', tail] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros =
    tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0')
  const groups = [...left, ...zeros, ...right].slice(0, 4).map((g) => g.replace(/^0+(?=.)/, ''))
  return `${groups.join(':')}::/64`
}
