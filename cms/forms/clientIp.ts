/**
 * The visitor's address as the nearest proxy saw it. `next start` fills X-Forwarded-For from
 * the socket when the request has none (next/dist/server/base-server.js); a reverse proxy in
 * front appends the address it accepted the connection from. Either way the rightmost entry
 * is the one this machine's side wrote; entries to its left are whatever the client claimed.
 * Behind a chain of proxies (a CDN, then nginx), FORMS_TRUSTED_PROXIES says how many
 * rightmost entries are your own proxies to skip.
 *
 * Exposed directly, `next start` keeps an X-Forwarded-For the client sent itself, so a client
 * could choose its own key: serve the CMS behind a reverse proxy that sets the header.
 */
export function clientIp(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const skip = Math.max(0, Math.trunc(Number(process.env.FORMS_TRUSTED_PROXIES) || 0))
  const ip = hops[Math.max(0, hops.length - 1 - skip)] ?? headers.get('x-real-ip') ?? 'unknown'
  return rateLimitKey(ip)
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
